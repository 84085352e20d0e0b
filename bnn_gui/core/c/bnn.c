/* bnn.c: see bnn.h. Activations are kept as one byte per unit (0 = -1, 1 = +1) between
 * layers and packed 64 to a word for each dot product:
 *   dot = (number of agreeing bits) - (number disagreeing) = n - 2 * popcount(x XOR w).
 * Zero padding of a conv layer counts neither way: padded taps are masked out. BatchNorm and
 * sign are one integer threshold per unit; max-pooling a +-1 map is OR (AND where flip). */
#include "bnn.h"

#include <stddef.h>

#if defined(__GNUC__) || defined(__clang__)
#define BNN_POPCOUNT(x) __builtin_popcountll(x)
#else
static int bnn_popcount_portable(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (int)((x * 0x0101010101010101ULL) >> 56);
}
#define BNN_POPCOUNT(x) bnn_popcount_portable(x)
#endif

static int fires(const bnn_layer *L, int unit, int32_t dot) {
    return (dot >= L->threshold[unit]) != (L->flip[unit] != 0);
}

/* dot of a real-input unit: sum of levels times +-1 weights over the inputs marked inside */
static int32_t real_dot(const bnn_layer *L, int unit, const uint8_t *x, const int *index,
                        int n) {
    const uint64_t *w = L->bits + (size_t)unit * L->words;
    int32_t dot = 0;
    int j;
    for (j = 0; j < n; j++) {
        if (index[j] >= 0) {
            int32_t level = x[index[j]];
            dot += ((w[(unsigned)j >> 6] >> ((unsigned)j & 63u)) & 1u) ? level : -level;
        }
    }
    return dot;
}

/* dot of a binary unit over packed inputs `x` (1 = +1) and a mask of the inputs that count */
static int32_t bit_dot(const bnn_layer *L, int unit, const uint64_t *x, const uint64_t *mask) {
    const uint64_t *w = L->bits + (size_t)unit * L->words;
    int32_t agree = 0, counted = 0;
    int k;
    for (k = 0; k < L->words; k++) {
        agree += BNN_POPCOUNT(~(x[k] ^ w[k]) & mask[k]);
        counted += BNN_POPCOUNT(mask[k]);
    }
    return 2 * agree - counted;
}

/* Gathers the inputs of one unit (a conv window or the whole dense input) into `index`:
 * index[j] is the position of input j in the layer's input, or -1 for a padded tap. */
static void window(const bnn_layer *L, int oy, int ox, int *index) {
    int c, ky, kx, j = 0;
    for (c = 0; c < L->in_c; c++) {
        for (ky = 0; ky < L->kernel; ky++) {
            for (kx = 0; kx < L->kernel; kx++, j++) {
                int y = oy + ky - L->padding, x = ox + kx - L->padding;
                index[j] = (y < 0 || y >= L->in_h || x < 0 || x >= L->in_w)
                               ? -1 : (c * L->in_h + y) * L->in_w + x;
            }
        }
    }
}

static void pack(const uint8_t *in, const int *index, int n, uint64_t *x, uint64_t *mask,
                 int words) {
    int j, k;
    for (k = 0; k < words; k++) {
        x[k] = 0;
        mask[k] = 0;
    }
    for (j = 0; j < n; j++) {
        if (index[j] >= 0) {
            uint64_t bit = (uint64_t)1 << ((unsigned)j & 63u);
            mask[(unsigned)j >> 6] |= bit;
            if (in[index[j]]) {
                x[(unsigned)j >> 6] |= bit;
            }
        }
    }
}

/* The 8-bit levels of a dense layer's input as 8 bit-planes of `words` words each (plane b
 * holds bit b of every level); returns the sum of the levels. */
static int32_t planes(const uint8_t *x, int n, uint64_t *plane, int words) {
    int32_t total = 0;
    int j, b;
    for (j = 0; j < 8 * words; j++) {
        plane[j] = 0;
    }
    for (j = 0; j < n; j++) {
        unsigned v = x[j];
        uint64_t bit = (uint64_t)1 << ((unsigned)j & 63u);
        total += (int32_t)v;
        for (b = 0; b < 8; b++) {
            if ((v >> b) & 1u) {
                plane[b * words + ((unsigned)j >> 6)] |= bit;
            }
        }
    }
    return total;
}

/* sum of level * (+-1 weight) = 2 * (sum of levels where the weight is +1) - sum of levels,
 * and the first sum is sum over bit-planes b of 2^b * popcount(plane_b AND w) */
static int32_t plane_dot(const bnn_layer *L, int unit, const uint64_t *plane, int32_t total) {
    const uint64_t *w = L->bits + (size_t)unit * L->words;
    int32_t on = 0;
    int b, k;
    for (b = 0; b < 8; b++) {
        int32_t count = 0;
        for (k = 0; k < L->words; k++) {
            count += BNN_POPCOUNT(plane[b * L->words + k] & w[k]);
        }
        on += count << b;
    }
    return 2 * on - total;
}

int bnn_predict(const bnn_model *model, const uint8_t input[784], void *scratch,
                int32_t scores[10]) {
    /* scratch, in order: two activation buffers, the full-size conv map before pooling, the
     * index of one window, its packed bits and mask (sizes: see the model header) */
    uint64_t *words;
    int *index;
    uint8_t *cur, *next, *full;
    int i, u, n, biggest = 784, max_in = 784, max_words = 1, best;
    int32_t local[10];
    float logits[10];
    if (scratch == NULL) {
        return -1;
    }
    for (i = 0; i < model->n_layers; i++) {
        const bnn_layer *L = &model->layers[i];
        int out = L->kind == BNN_CONV
                      ? L->units * (L->in_h + 2 * L->padding - L->kernel + 1)
                            * (L->in_w + 2 * L->padding - L->kernel + 1)
                      : L->units;
        if (out > biggest) biggest = out;
        if (L->n_in > max_in) max_in = L->n_in;
        if (L->words > max_words) max_words = L->words;
    }
    words = (uint64_t *)scratch; /* a window's bits and mask, or a dense input's 8 planes */
    index = (int *)(words + 8 * max_words);
    cur = (uint8_t *)(index + max_in);
    next = cur + biggest;
    full = next + biggest;
    for (i = 0; i < 784; i++) {
        cur[i] = model->binarize_input ? (uint8_t)(input[i] >= 128) : input[i];
    }
    if (scores == NULL) {
        scores = local;
    }
    for (i = 0; i < model->n_layers; i++) {
        const bnn_layer *L = &model->layers[i];
        if (L->kind == BNN_CONV) {
            int oh = L->in_h + 2 * L->padding - L->kernel + 1;
            int ow = L->in_w + 2 * L->padding - L->kernel + 1;
            int ph = oh / L->pool, pw = ow / L->pool, oy, ox, py, px, dy, dx;
            for (oy = 0; oy < oh; oy++) {
                for (ox = 0; ox < ow; ox++) {
                    window(L, oy, ox, index);
                    if (!L->real_input) {
                        pack(cur, index, L->n_in, words, words + max_words, L->words);
                    }
                    for (u = 0; u < L->units; u++) {
                        int32_t dot = L->real_input
                                          ? real_dot(L, u, cur, index, L->n_in)
                                          : bit_dot(L, u, words, words + max_words);
                        full[(u * oh + oy) * ow + ox] = (uint8_t)fires(L, u, dot);
                    }
                }
            }
            for (u = 0; u < L->units; u++) { /* OR of each pool window, AND where flip */
                for (py = 0; py < ph; py++) {
                    for (px = 0; px < pw; px++) {
                        int any = 0, all = 1;
                        for (dy = 0; dy < L->pool; dy++) {
                            for (dx = 0; dx < L->pool; dx++) {
                                int b = full[(u * oh + py * L->pool + dy) * ow
                                             + px * L->pool + dx];
                                any |= b;
                                all &= b;
                            }
                        }
                        next[(u * ph + py) * pw + px] = (uint8_t)(L->flip[u] ? all : any);
                    }
                }
            }
        } else {
            int32_t total = 0;
            n = L->n_in;
            for (u = 0; u < n; u++) {
                index[u] = u;
            }
            if (L->real_input) {
                total = planes(cur, n, words, L->words);
            } else {
                pack(cur, index, n, words, words + max_words, L->words);
            }
            for (u = 0; u < L->units; u++) {
                int32_t dot = L->real_input ? plane_dot(L, u, words, total)
                                            : bit_dot(L, u, words, words + max_words);
                if (L->kind == BNN_OUT) {
                    scores[u] = dot;
                } else {
                    next[u] = (uint8_t)fires(L, u, dot);
                }
            }
        }
        if (L->kind != BNN_OUT) {
            uint8_t *t = cur;
            cur = next;
            next = t;
        }
    }
    /* the model's own float32 operations on the scores, in its order, then the first max */
    for (u = 0; u < 10; u++) {
        float y = (float)scores[u];
        if (model->out_kind == BNN_OUT_SCALE) {
            for (i = 0; i < model->n_scales; i++) {
                y = y * model->out_scale[i * 10 + u];
            }
        } else {
            y = y * model->out_scale[u] + model->out_shift[u];
        }
        logits[u] = y;
    }
    best = 0;
    for (u = 1; u < 10; u++) {
        if (logits[u] > logits[best]) {
            best = u;
        }
    }
    return best;
}
