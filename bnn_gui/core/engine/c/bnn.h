/* bnn.h: a binarized network's inference in C99, bit for bit as bnn-gui's packed engine.
 * No heap, nothing beyond the standard headers. The model is data (<model>.h, written by
 * `bnn-gui export MODEL --c DIR`); the caller passes the 28x28 input as 8-bit levels (0 =
 * background, 255 = ink, as the app's pipeline makes them) and a scratch buffer of the
 * model's BNN_..._SCRATCH_BYTES. */
#ifndef BNN_H
#define BNN_H

#include <stdint.h>

enum { BNN_CONV = 0, BNN_DENSE = 1, BNN_OUT = 2 };
enum { BNN_OUT_SCALE = 0, BNN_OUT_AFFINE = 1 };

typedef struct {
    int kind;           /* BNN_CONV, BNN_DENSE or BNN_OUT */
    int n_in;           /* inputs per unit: C * k * k for conv, features for dense */
    int units;          /* output channels (conv) or units */
    int words;          /* 64-bit words per row of `bits` */
    int real_input;     /* 1: reads the 8-bit levels (the first layer), 0: +-1 bits */
    int kernel, padding, pool;
    int in_c, in_h, in_w;           /* conv: the input map's shape */
    const uint64_t *bits;           /* units x words, bit j of unit u's row is input j, LSB
                                     * first (a conv layer's inputs in (row, column, channel)
                                     * order); a real-input dense layer's n_in x words, bit u
                                     * of input j's row is unit u's weight on it */
    const int32_t *threshold;       /* per unit: bit = (dot >= t), inverted where flip */
    const uint8_t *flip;
} bnn_layer;

typedef struct {
    int n_layers;                   /* hidden layers, then the output layer last */
    const bnn_layer *layers;
    int binarize_input;             /* 1: the input is sign(level - 127.5) first */
    int out_kind;                   /* BNN_OUT_SCALE or BNN_OUT_AFFINE */
    int n_scales;                   /* rows of 10 scales, multiplied one after the other */
    const float *out_scale;         /* n_scales x 10 (scale) or 10 (affine) */
    const float *out_shift;         /* 10 (affine) or NULL */
} bnn_model;

/* bnn_predict's working memory: one array of each element type, so that no memory is ever
 * read or written through a pointer of another type (C's strict aliasing rule). A model's
 * header sizes it: BNN_<MODEL>_SCRATCH(name) defines the arrays and a bnn_scratch `name`
 * pointing at them (BNN_<MODEL>_SCRATCH_BYTES is their total size, the RAM it takes). */
typedef struct {
    uint64_t *words;   /* 2 x the most weight words of a unit: input bits, or a window's
                          bits and mask */
    uint64_t *pixels;  /* a binary conv layer's input, each pixel in words of channels */
    int32_t *dots;     /* one layer's counts */
    uint16_t *taps;    /* a real-input layer's inked inputs, with their levels */
    int8_t *signs;     /* a real-input conv layer's weights as +1/-1 */
    uint8_t *maps;     /* two activation maps of the largest size, one after the other */
} bnn_scratch;

/* The digit 0..9; with `scores` non-NULL also the ten integer scores (agreeing minus
 * disagreeing bits with each class's weights). `scratch`: the model's, as its header's
 * BNN_<MODEL>_SCRATCH makes it. Returns -1 if `scratch` or one of its arrays is NULL. */
int bnn_predict(const bnn_model *model, const uint8_t input[784], const bnn_scratch *scratch,
                int32_t scores[10]);

#endif
