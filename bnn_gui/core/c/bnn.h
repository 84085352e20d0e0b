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

/* The digit 0..9; with `scores` non-NULL also the ten integer scores (agreeing minus
 * disagreeing bits with each class's weights). `scratch`: at least the model's
 * BNN_..._SCRATCH_BYTES, aligned for uint64_t. Returns -1 if `scratch` is NULL. */
int bnn_predict(const bnn_model *model, const uint8_t input[784], void *scratch,
                int32_t scores[10]);

#endif
