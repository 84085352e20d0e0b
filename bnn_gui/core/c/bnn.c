/* bnn.c: see bnn.h. Activations are kept as one byte per unit (0 = -1, 1 = +1) between
 * layers and packed 64 to a word for each dot product:
 *   dot = (number of agreeing bits) - (number disagreeing) = n - 2 * popcount(x XOR w).
 * Zero padding of a conv layer counts neither way: padded taps are masked out. BatchNorm and
 * sign are one integer threshold per unit; max-pooling a +-1 map is OR (AND where flip).
 *
 * Where the time goes: popcounts. On x86-64 the compiler's builtin becomes one instruction
 * only where the CPU is known to have it (-mpopcnt, -march=native); elsewhere it is a library
 * call, so the counting kernels are compiled twice and the CPU is asked once which to use. */
#include "bnn.h"

#include <stddef.h>

#if defined(__GNUC__) || defined(__clang__)
#define BNN_HAS_BUILTIN 1
#else
#define BNN_HAS_BUILTIN 0
#endif
#if BNN_HAS_BUILTIN && defined(__x86_64__) && !defined(__POPCNT__)
#define BNN_DISPATCH 1
#else
#define BNN_DISPATCH 0
#endif

#if !BNN_HAS_BUILTIN || BNN_DISPATCH
static int bnn_popcount_portable(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (int)((x * 0x0101010101010101ULL) >> 56);
}
#endif

#if BNN_HAS_BUILTIN
#define BNN_POPCOUNT(x) __builtin_popcountll(x)
#else
#define BNN_POPCOUNT(x) bnn_popcount_portable(x)
#endif

/* The two counting kernels, over every unit of a layer (units x words weight bits):
 *   xor_counts: out[u] = popcount((x XOR w_u) AND mask), the disagreeing bits;
 *   plane_counts: out[u] = sum over the listed nonzero plane words i (value[i], bit-plane
 *   shift[i], word at[i]) of 2^shift * popcount(value AND w_u[at]): the sum of the levels
 *   whose weight is +1 (an all-zero word of a plane adds nothing, so it is not listed). */
/* Every unit's count: out[u] = sum over k < N of TERM(POP, w_u, k), w_u unit u's weight words.
 * Four units a pass, so that what TERM reads besides the weights (the input word, the mask)
 * is loaded once for four. */
#define BNN_COUNT_UNITS(N, TERM, POP)                                                       \
    for (; u + 3 < units; u += 4) {                                                         \
        const uint64_t *w0 = bits + (size_t)u * (size_t)words, *w1 = w0 + words;            \
        const uint64_t *w2 = w1 + words, *w3 = w2 + words;                                  \
        int32_t c0 = 0, c1 = 0, c2 = 0, c3 = 0;                                             \
        for (k = 0; k < (N); k++) {                                                         \
            c0 += TERM(POP, w0, k);                                                         \
            c1 += TERM(POP, w1, k);                                                         \
            c2 += TERM(POP, w2, k);                                                         \
            c3 += TERM(POP, w3, k);                                                         \
        }                                                                                   \
        out[u] = c0;                                                                        \
        out[u + 1] = c1;                                                                    \
        out[u + 2] = c2;                                                                    \
        out[u + 3] = c3;                                                                    \
    }                                                                                       \
    for (; u < units; u++) {                                                                \
        const uint64_t *w = bits + (size_t)u * (size_t)words;                               \
        int32_t c = 0;                                                                      \
        for (k = 0; k < (N); k++) {                                                         \
            c += TERM(POP, w, k);                                                           \
        }                                                                                   \
        out[u] = c;                                                                         \
    }

#define BNN_XOR_MASKED(POP, W, K) ((int32_t)POP((x[K] ^ (W)[K]) & mask[K]))
#define BNN_XOR_ALL(POP, W, K) ((int32_t)POP(x[K] ^ (W)[K]))
#define BNN_PLANE(POP, W, K) ((int32_t)POP(value[K] & (W)[at[K]]) << shift[K])

/* mask NULL: no mask, for inputs and weights whose bits past n_in are 0 (a conv window clear
 * of the padding: c_library writes conv weights with those bits cleared). */
#define BNN_KERNELS(SUFFIX, ATTR, POP)                                                      \
    ATTR static void xor_counts_##SUFFIX(const uint64_t *x, const uint64_t *mask,          \
                                         const uint64_t *bits, int units, int words,        \
                                         int32_t *out) {                                    \
        int u = 0, k;                                                                       \
        if (mask != NULL) {                                                                 \
            BNN_COUNT_UNITS(words, BNN_XOR_MASKED, POP)                                     \
        } else {                                                                            \
            BNN_COUNT_UNITS(words, BNN_XOR_ALL, POP)                                        \
        }                                                                                   \
    }                                                                                       \
    ATTR static void plane_counts_##SUFFIX(const uint64_t *value, const int32_t *at,        \
                                           const int32_t *shift, int n, const uint64_t *bits,\
                                           int units, int words, int32_t *out) {            \
        int u = 0, k;                                                                       \
        BNN_COUNT_UNITS(n, BNN_PLANE, POP)                                                  \
    }

#if BNN_DISPATCH
BNN_KERNELS(hw, __attribute__((target("popcnt"))), __builtin_popcountll)
BNN_KERNELS(sw, , bnn_popcount_portable)
#else
BNN_KERNELS(hw, , BNN_POPCOUNT)
#endif

typedef struct {
    void (*xor_counts)(const uint64_t *, const uint64_t *, const uint64_t *, int, int,
                       int32_t *);
    void (*plane_counts)(const uint64_t *, const int32_t *, const int32_t *, int,
                         const uint64_t *, int, int, int32_t *);
} bnn_kernels;

static bnn_kernels kernels(void) {
    bnn_kernels k;
#if BNN_DISPATCH
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("popcnt")) {
        k.xor_counts = xor_counts_sw;
        k.plane_counts = plane_counts_sw;
        return k;
    }
#endif
    k.xor_counts = xor_counts_hw;
    k.plane_counts = plane_counts_hw;
    return k;
}

static int fires(const bnn_layer *L, int unit, int32_t dot) {
    return (dot >= L->threshold[unit]) != (L->flip[unit] != 0);
}

static int conv_out(const bnn_layer *L, int in) {
    return in + 2 * L->padding - L->kernel + 1;
}

/* Thresholding and max-pooling in one pass. A unit's bit is (dot >= t) XOR flip, and the max
 * of +-1 values is their OR, so a pooled bit is OR(dot >= t over the window) XOR flip (an AND
 * of the bits where flip): `out` gathers the ORs, `pooled_bits` then applies the flips. A
 * conv position outside the last whole pool window is dropped, as the pooling drops it. */
typedef struct {
    int oh, ow, ph, pw;
} bnn_geometry;

static bnn_geometry geometry(const bnn_layer *L) {
    bnn_geometry g;
    g.oh = conv_out(L, L->in_h);
    g.ow = conv_out(L, L->in_w);
    g.ph = g.oh / L->pool;
    g.pw = g.ow / L->pool;
    return g;
}

static void pooled_bits(const bnn_layer *L, bnn_geometry g, uint8_t *out) {
    int u, i;
    for (u = 0; u < L->units; u++) {
        for (i = 0; i < g.ph * g.pw; i++) {
            out[u * g.ph * g.pw + i] ^= (uint8_t)(L->flip[u] != 0);
        }
    }
}

/* Appends the low `n` bits of `v` (n <= 64) at bit `j` of a zeroed word array. */
static void append(uint64_t *words, int j, uint64_t v, int n) {
    unsigned at = (unsigned)j & 63u;
    words[j >> 6] |= v << at;
    if (at + (unsigned)n > 64u) {
        words[(j >> 6) + 1] |= v >> (64u - at);
    }
}

/* A real-input conv layer (the first, reading 8-bit levels): each window's inked taps are
 * gathered once (a padded tap reads 0, which adds nothing either way), then each unit sums
 * them times its +-1 weights (`signs`, tap-major, built once per call); a window with no
 * ink gives every unit the dot 0. */
static void conv_real(const bnn_layer *L, const uint8_t *in, int32_t *taps, int8_t *signs,
                      int32_t *dots, uint8_t *out) {
    /* the layer's fields in locals: a store through a byte pointer could alias them, and
     * the compiler would read them again at every step */
    const bnn_geometry g = geometry(L);
    const int k = L->kernel, units = L->units, in_c = L->in_c, in_h = L->in_h, in_w = L->in_w;
    const int pad = L->padding, pool = L->pool, map = g.ph * g.pw, n_in = L->n_in;
    const int32_t *threshold = L->threshold;
    int py, px, oy, ox, c, ky, kx, u, i;
    for (i = 0; i < n_in; i++) {
        for (u = 0; u < units; u++) {
            const uint64_t *w = L->bits + (size_t)u * (size_t)L->words;
            signs[i * units + u] = (int8_t)(((w[i >> 6] >> (i & 63)) & 1u) ? 1 : -1);
        }
    }
    for (i = 0; i < units * map; i++) {
        out[i] = 0;
    }
    /* pool window by pool window: a window with no ink gives every unit the dot 0, so the
     * first such window of a pool window sets those bits and the others add nothing */
    for (py = 0; py < g.ph; py++) {
        for (px = 0; px < g.pw; px++) {
            const int at = py * g.pw + px;
            int blank_seen = 0;
            for (oy = py * pool; oy < (py + 1) * pool; oy++) {
                for (ox = px * pool; ox < (px + 1) * pool; ox++) {
                    int n = 0;
                    for (ky = 0; ky < k; ky++) {
                        int y = oy + ky - pad;
                        for (kx = 0; kx < k; kx++) {
                            int x = ox + kx - pad;
                            if (y < 0 || y >= in_h || x < 0 || x >= in_w) {
                                continue;
                            }
                            for (c = 0; c < in_c; c++) { /* input j = (row, column, channel) */
                                int32_t v = in[(c * in_h + y) * in_w + x];
                                if (v != 0) {
                                    taps[2 * n] = (ky * k + kx) * in_c + c;
                                    taps[2 * n + 1] = v;
                                    n++;
                                }
                            }
                        }
                    }
                    if (n == 0) {
                        if (!blank_seen) {
                            for (u = 0; u < units; u++) {
                                out[u * map + at] |= (uint8_t)(0 >= threshold[u]);
                            }
                            blank_seen = 1;
                        }
                        continue;
                    }
                    for (u = 0; u < units; u++) {
                        dots[u] = 0;
                    }
                    for (i = 0; i < n; i++) { /* tap by tap over every unit: a row of signs */
                        const int8_t *s = signs + taps[2 * i] * units;
                        const int32_t v = taps[2 * i + 1];
                        int j;
                        for (u = 0; u + 8 <= units; u += 8) { /* 8 at a time: vectorisable */
                            for (j = 0; j < 8; j++) {
                                dots[u + j] += v * s[u + j];
                            }
                        }
                        for (; u < units; u++) {
                            dots[u] += v * s[u];
                        }
                    }
                    for (u = 0; u < units; u++) {
                        out[u * map + at] |= (uint8_t)(dots[u] >= threshold[u]);
                    }
                }
            }
        }
    }
    pooled_bits(L, g, out);
}

/* A binary conv layer: each input pixel's channels as `cw` words (bit c is channel c), then
 * each window's bits, in the weights' (row, column, channel) order, are its taps' channel
 * words one after the other. A tap in the padding adds no bits and is masked out; a window
 * clear of the padding needs no mask (its bits and the weights' past n_in are all 0). */
static void conv_bits(const bnn_layer *L, const uint8_t *in, uint64_t *pixels, uint64_t *xbits,
                      uint64_t *mask, int32_t *counts, const bnn_kernels *kern, uint8_t *out) {
    const bnn_geometry g = geometry(L);
    const int k = L->kernel, cw = (L->in_c + 63) / 64, in_h = L->in_h, in_w = L->in_w;
    const int hw = in_h * in_w, in_c = L->in_c, pad = L->padding, pool = L->pool;
    const int units = L->units, n_words = L->words, map = g.ph * g.pw;
    const int32_t *threshold = L->threshold;
    int oy, ox, c, ky, kx, u, i;
    for (i = 0; i < hw * cw; i++) {
        pixels[i] = 0;
    }
    for (c = 0; c < L->in_c; c++) {
        for (i = 0; i < hw; i++) {
            pixels[i * cw + c / 64] |= (uint64_t)(in[c * hw + i] != 0) << (c & 63);
        }
    }
    for (i = 0; i < L->units * g.ph * g.pw; i++) {
        out[i] = 0;
    }
    for (oy = 0; oy < g.ph * pool; oy++) {
        for (ox = 0; ox < g.pw * pool; ox++) {
            int at = (oy / pool) * g.pw + ox / pool, taps_in = 0;
            int inside = oy >= pad && oy + k - pad <= in_h && ox >= pad && ox + k - pad <= in_w;
            for (u = 0; u < n_words; u++) {
                xbits[u] = 0;
                mask[u] = 0;
            }
            for (ky = 0; ky < k; ky++) {
                int y = oy + ky - pad;
                for (kx = 0; kx < k; kx++) {
                    int x = ox + kx - pad, j = (ky * k + kx) * in_c;
                    if (y < 0 || y >= in_h || x < 0 || x >= in_w) {
                        continue;
                    }
                    taps_in++;
                    for (i = 0; i < cw; i++) {
                        int n = i + 1 < cw ? 64 : in_c - 64 * i;
                        append(xbits, j + 64 * i, pixels[(y * in_w + x) * cw + i], n);
                        if (!inside) {
                            append(mask, j + 64 * i,
                                   n == 64 ? ~(uint64_t)0 : (((uint64_t)1 << n) - 1), n);
                        }
                    }
                }
            }
            kern->xor_counts(xbits, inside ? NULL : mask, L->bits, units, n_words, counts);
            for (u = 0; u < units; u++) {
                out[u * map + at] |= (uint8_t)(taps_in * in_c - 2 * counts[u] >= threshold[u]);
            }
        }
    }
    pooled_bits(L, g, out);
}

/* A dense layer's dots: over 8 bit-planes of the levels (the first layer: sum of level *
 * (+-1 weight) = 2 * (sum of levels where the weight is +1) - sum of levels), or over the
 * packed +-1 inputs. */
static void dense_dots(const bnn_layer *L, const uint8_t *in, uint64_t *words,
                       int32_t *nonzero, int32_t *dots, const bnn_kernels *kern) {
    int n = L->n_in, W = L->words, j, b, u;
    for (j = 0; j < 8 * W; j++) {
        words[j] = 0;
    }
    if (L->real_input) {
        int32_t total = 0;
        int n_nonzero = 0;
        for (j = 0; j < n; j++) {
            unsigned v = in[j];
            total += (int32_t)v;
            for (b = 0; b < 8; b++) {
                words[b * W + (j >> 6)] |= (uint64_t)((v >> b) & 1u) << ((unsigned)j & 63u);
            }
        }
        for (j = 0; j < 8 * W; j++) { /* the nonzero words moved to the front, in order */
            if (words[j] != 0) {
                words[n_nonzero] = words[j];
                nonzero[n_nonzero] = j % W;
                nonzero[8 * W + n_nonzero] = j / W;
                n_nonzero++;
            }
        }
        kern->plane_counts(words, nonzero, nonzero + 8 * W, n_nonzero, L->bits, L->units, W,
                           dots);
        for (u = 0; u < L->units; u++) {
            dots[u] = 2 * dots[u] - total;
        }
    } else {
        uint64_t *mask = words + W;
        for (j = 0; j < n; j++) {
            words[j >> 6] |= (uint64_t)(in[j] != 0) << ((unsigned)j & 63u);
            mask[j >> 6] |= (uint64_t)1 << ((unsigned)j & 63u);
        }
        kern->xor_counts(words, mask, L->bits, L->units, W, dots);
        for (u = 0; u < L->units; u++) {
            dots[u] = n - 2 * dots[u];
        }
    }
}

int bnn_predict(const bnn_model *model, const uint8_t input[784], void *scratch,
                int32_t scores[10]) {
    /* scratch, in order (the model header's BNN_..._SCRATCH_BYTES adds up the same parts):
     * 8 * max_words words (a dense input's 8 planes, or a window's bits and mask),
     * max_pixels words (a binary conv input's pixels, in words of channels), 2 * 8 *
     * max_words ints (the planes' nonzero words: each one's word and plane), max_units ints (one layer's dots), 2 * max_real_in ints (a window's inked taps),
     * max_real_in * max_units bytes (a real-input conv layer's weights as +-1), then two
     * byte buffers of the largest activation map */
    bnn_kernels kern = kernels();
    uint64_t *words, *pixels;
    int8_t *signs;
    int32_t *nonzero, *dots, *taps;
    uint8_t *cur, *next;
    int i, u, biggest = 784, max_words = 1, max_pixels = 1, max_units = 10, max_real_in = 1;
    int best;
    int32_t local[10];
    float logits[10];
    if (scratch == NULL) {
        return -1;
    }
    for (i = 0; i < model->n_layers; i++) {
        const bnn_layer *L = &model->layers[i];
        int out = L->units;
        if (L->kind == BNN_CONV) {
            bnn_geometry g = geometry(L);
            out *= g.ph * g.pw;
            if (L->real_input && L->n_in > max_real_in) max_real_in = L->n_in;
            if (!L->real_input && L->in_h * L->in_w * ((L->in_c + 63) / 64) > max_pixels) {
                max_pixels = L->in_h * L->in_w * ((L->in_c + 63) / 64);
            }
        }
        if (out > biggest) biggest = out;
        if (L->words > max_words) max_words = L->words;
        if (L->units > max_units) max_units = L->units;
    }
    words = (uint64_t *)scratch;
    pixels = words + 8 * max_words;
    nonzero = (int32_t *)(pixels + max_pixels);
    dots = nonzero + 2 * 8 * max_words;
    taps = dots + max_units;
    signs = (int8_t *)(taps + 2 * max_real_in);
    cur = (uint8_t *)(signs + max_real_in * max_units);
    next = cur + biggest;
    for (i = 0; i < 784; i++) {
        cur[i] = model->binarize_input ? (uint8_t)(input[i] >= 128) : input[i];
    }
    if (scores == NULL) {
        scores = local;
    }
    for (i = 0; i < model->n_layers; i++) {
        const bnn_layer *L = &model->layers[i];
        if (L->kind == BNN_CONV) {
            if (L->real_input) {
                conv_real(L, cur, taps, signs, dots, next);
            } else {
                conv_bits(L, cur, pixels, words, words + max_words, dots, &kern, next);
            }
        } else {
            dense_dots(L, cur, words, nonzero, dots, &kern);
            for (u = 0; u < L->units; u++) {
                if (L->kind == BNN_OUT) {
                    scores[u] = dots[u];
                } else {
                    next[u] = (uint8_t)fires(L, u, dots[u]);
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
