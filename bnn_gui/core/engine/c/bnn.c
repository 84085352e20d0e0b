/* bnn.c: see bnn.h. Activations are kept as one byte per unit (0 = -1, 1 = +1) between
 * layers and packed 64 to a word for each dot product:
 *   dot = (number of agreeing bits) - (number disagreeing) = n - 2 * popcount(x XOR w).
 * Zero padding of a conv layer counts neither way: padded taps are masked out. BatchNorm and
 * sign are one integer threshold per unit; max-pooling a +-1 map is OR (AND where flip).
 * A first dense layer reads 8-bit levels: its dots are sums of the inked inputs' levels.
 *
 * Where the time goes: popcounts, and the first layer's sums. On x86-64 the compiler's
 * popcount builtin becomes one instruction only where the CPU is known to have it (-mpopcnt,
 * -march=native), elsewhere a library call; and AVX2 doubles the vectors' width. So the
 * kernels are compiled three times (AVX2, popcount instruction, neither) and the CPU is asked
 * once which to use; where it has AVX-512's vector popcount, the counts and the first layer's
 * sums take 512-bit versions. -DBNN_PORTABLE compiles plain C only: no builtins, no
 * vectors. */
#include "bnn.h"

#include <stddef.h>
#include <string.h>

#if (defined(__GNUC__) || defined(__clang__)) && !defined(BNN_PORTABLE)
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

/* The two kernels, over every unit of a layer:
 *   xor_counts: out[u] = popcount((x XOR w_u) AND mask), the disagreeing bits (w_u: unit u's
 *   `words` weight words; mask NULL: every bit, for inputs and weights whose bits past n_in
 *   are 0);
 *   level_sums: out[u] = the sum of the listed levels (taps: n pairs of input, level) whose
 *   weight is +1, the weights input-major (`words` per input, bit u of an input's row is
 *   unit u's weight on it). */
/* Every unit's count: out[u] = sum over k < N of TERM(POP, w_u, k). Four units a pass, so
 * that what TERM reads besides the weights (the input word, the mask) is loaded once for
 * four. */
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

/* level_sums with vectors (GCC's and clang's vector extensions, no header): a block of 64
 * units at a time, its sums in vectors of 16-bit lanes, input by input. The input's weight
 * word w is spread over a vector's lanes as its four 16-bit quarters (lane l holds quarter
 * q = l % 4); with L lanes a vector, vector s tests bit (L/4) s + l/4 of its lane's quarter,
 * so lane l of vector s is unit 16 q + (L/4) s + l/4 of the block:
 *   sum += (w's bit set ? level : 0), as (lane AND bit == bit) AND level.
 * 16 lanes (AVX2: four vectors for 64 units) or 8 (SSE2, NEON: eight vectors); with AVX-512BW,
 * level_sums_avx512 below. A level is at
 * most 255, so 16 bits hold 257 of them: the sums go to 32 bits every 257 inputs. Inputs are
 * 28x28 with about a fifth inked, so bnn-mlp's first layer takes about 150 inputs x 16 blocks
 * x 16 vector operations, where a popcount over the levels' 8 bit-planes takes 70 words x
 * 1024 units. */
#if BNN_HAS_BUILTIN && (defined(__SSE2__) || defined(__ARM_NEON))
#define BNN_VECTORS 1
typedef uint16_t bnn_u16x16 __attribute__((vector_size(32)));
typedef uint16_t bnn_u16x8 __attribute__((vector_size(16)));
typedef uint64_t bnn_u64x4 __attribute__((vector_size(32)));
typedef uint64_t bnn_u64x2 __attribute__((vector_size(16)));
typedef int32_t bnn_i32x8 __attribute__((vector_size(32)));
typedef uint8_t bnn_u8x32 __attribute__((vector_size(32)));
#if defined(__clang__) /* each 32-bit lane's lowest byte, in lane order, first */
#define BNN_LOW_BYTES(V) __builtin_shufflevector((V), (V), 0, 4, 8, 12, 16, 20, 24, 28, 0, 0, \
                                                 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  \
                                                 0, 0, 0, 0, 0, 0, 0, 0)
#else
#define BNN_LOW_BYTES(V)                                                                    \
    __builtin_shuffle((V), (bnn_u8x32){0, 4, 8, 12, 16, 20, 24, 28, 0, 0, 0, 0, 0, 0, 0, 0, \
                                       0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})
#endif
/* bit B of each of four lanes */
#define BNN_B4(B) 1u << (B), 1u << (B), 1u << (B), 1u << (B)
/* the vector part, for vectors VEC of L lanes (S of them for 64 units): SPREAD(w) is w in
 * every 64-bit lane, TEST adds the level to each vector's lanes whose bit is set */
#define BNN_LEVEL_SUMS_VECTORS(VEC, L, S, SPREAD, TEST)                                     \
    int block, start, i, s, l;                                                              \
    for (i = 0; i < units; i++) {                                                           \
        out[i] = 0;                                                                         \
    }                                                                                       \
    for (block = 0; block < words; block++) {                                               \
        for (start = 0; start < n; start += 257) {                                          \
            const int end = n - start > 257 ? start + 257 : n;                              \
            VEC sum[S];                                                                     \
            for (s = 0; s < (S); s++) {                                                     \
                sum[s] = (VEC){0};                                                          \
            }                                                                               \
            for (i = start; i < end; i++) {                                                 \
                const uint64_t w = bits[(size_t)taps[2 * i] * (size_t)words + (size_t)block];\
                const VEC q = (VEC)SPREAD(w);                                               \
                const VEC level = (VEC){0} + (uint16_t)taps[2 * i + 1];                     \
                TEST                                                                        \
            }                                                                               \
            for (s = 0; s < (S); s++) {                                                     \
                for (l = 0; l < (L); l++) {                                                 \
                    const int unit = 64 * block + 16 * (l % 4) + ((L) / 4) * s + l / 4;     \
                    if (unit < units) {                                                     \
                        out[unit] += sum[s][l];                                             \
                    }                                                                       \
                }                                                                           \
            }                                                                               \
        }                                                                                   \
    }
#define BNN_SPREAD4(w) ((bnn_u64x4){(w), (w), (w), (w)})
#define BNN_SPREAD2(w) ((bnn_u64x2){(w), (w)})
#define BNN_LEVEL_SUMS_WIDE                                                                 \
    const bnn_u16x16 b0 = {BNN_B4(0), BNN_B4(1), BNN_B4(2), BNN_B4(3)};                     \
    const bnn_u16x16 b1 = {BNN_B4(4), BNN_B4(5), BNN_B4(6), BNN_B4(7)};                     \
    const bnn_u16x16 b2 = {BNN_B4(8), BNN_B4(9), BNN_B4(10), BNN_B4(11)};                   \
    const bnn_u16x16 b3 = {BNN_B4(12), BNN_B4(13), BNN_B4(14), BNN_B4(15)};                 \
    BNN_LEVEL_SUMS_VECTORS(bnn_u16x16, 16, 4, BNN_SPREAD4,                                  \
                           BNN_TEST_WIDE(0, b0) BNN_TEST_WIDE(1, b1)                        \
                           BNN_TEST_WIDE(2, b2) BNN_TEST_WIDE(3, b3))
#define BNN_TEST_WIDE(S, BIT) sum[S] += (bnn_u16x16)((q & (BIT)) == (BIT)) & level;
#define BNN_LEVEL_SUMS_NARROW                                                               \
    const bnn_u16x8 b0 = {BNN_B4(0), BNN_B4(1)}, b1 = {BNN_B4(2), BNN_B4(3)};               \
    const bnn_u16x8 b2 = {BNN_B4(4), BNN_B4(5)}, b3 = {BNN_B4(6), BNN_B4(7)};               \
    const bnn_u16x8 b4 = {BNN_B4(8), BNN_B4(9)}, b5 = {BNN_B4(10), BNN_B4(11)};             \
    const bnn_u16x8 b6 = {BNN_B4(12), BNN_B4(13)}, b7 = {BNN_B4(14), BNN_B4(15)};           \
    BNN_LEVEL_SUMS_VECTORS(bnn_u16x8, 8, 8, BNN_SPREAD2,                                    \
                           BNN_TEST_NARROW(0, b0) BNN_TEST_NARROW(1, b1)                    \
                           BNN_TEST_NARROW(2, b2) BNN_TEST_NARROW(3, b3)                    \
                           BNN_TEST_NARROW(4, b4) BNN_TEST_NARROW(5, b5)                    \
                           BNN_TEST_NARROW(6, b6) BNN_TEST_NARROW(7, b7))
#define BNN_TEST_NARROW(S, BIT) sum[S] += (bnn_u16x8)((q & (BIT)) == (BIT)) & level;
/* A dense layer's bits 8 at a time (AVX2): dot >= threshold in eight 32-bit lanes, each
 * lane's low byte (all ones or 0) moved to byte j of a word, XOR the flips. */
#define BNN_FIRE_FIRST_WIDE                                                                 \
    for (; u + 8 <= units; u += 8) {                                                        \
        bnn_i32x8 c, t;                                                                     \
        uint64_t f, fired;                                                                  \
        memcpy(&c, count + u, sizeof c);                                                    \
        memcpy(&t, threshold + u, sizeof t);                                                \
        memcpy(&f, flip + u, sizeof f);                                                     \
        fired = ((bnn_u64x4)BNN_LOW_BYTES((bnn_u8x32)((base + step * c) >= t)))[0];         \
        fired = (fired & 0x0101010101010101ULL) ^ (f & 0x0101010101010101ULL);              \
        memcpy(out + u, &fired, sizeof fired);                                              \
    }
#else
#define BNN_VECTORS 0
#endif

/* level_sums in plain C, unit by unit */
#define BNN_LEVEL_SUMS_SCALAR                                                               \
    int i, u;                                                                               \
    for (u = 0; u < units; u++) {                                                           \
        out[u] = 0;                                                                         \
    }                                                                                       \
    for (i = 0; i < n; i++) {                                                               \
        const uint64_t *row = bits + (size_t)taps[2 * i] * (size_t)words;                   \
        const int32_t level = taps[2 * i + 1];                                              \
        for (u = 0; u < units; u++) {                                                       \
            out[u] += level & -(int32_t)((row[u >> 6] >> (u & 63)) & 1u);                   \
        }                                                                                   \
    }

/* The kernels for one kind of CPU. POP: the popcount; SUMS: level_sums' body (WIDE, NARROW
 * or SCALAR); FIRE: how fire does its first units (WIDE: 8 at a time, or NONE), the rest
 * one by one. fire: a dense layer's bits, (dot >= threshold) XOR flip, with dot = base +
 * step * count[u] (see dense_counts). */
#define BNN_FIRE_FIRST_NONE
#define BNN_KERNELS(SUFFIX, ATTR, POP, SUMS, FIRE)                                          \
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
    ATTR static void level_sums_##SUFFIX(const uint16_t *taps, int n, const uint64_t *bits,  \
                                         int units, int words, int32_t *out) {              \
        BNN_LEVEL_SUMS_##SUMS                                                               \
    }                                                                                       \
    ATTR static void fire_##SUFFIX(const int32_t *threshold, const uint8_t *flip,           \
                                   int units, int32_t base, int32_t step,                   \
                                   const int32_t *count, uint8_t *out) {                    \
        int u = 0;                                                                          \
        BNN_FIRE_FIRST_##FIRE                                                               \
        for (; u < units; u++) {                                                            \
            out[u] = (uint8_t)((base + step * count[u] >= threshold[u]) ^ (flip[u] & 1u));  \
        }                                                                                   \
    }

#if BNN_DISPATCH && BNN_VECTORS
#define BNN_HAS_AVX2_KERNELS 1
BNN_KERNELS(avx2, __attribute__((target("avx2,popcnt"))), __builtin_popcountll, WIDE, WIDE)
BNN_KERNELS(hw, __attribute__((target("popcnt"))), __builtin_popcountll, NARROW, NONE)
BNN_KERNELS(sw, , bnn_popcount_portable, NARROW, NONE)
#elif BNN_DISPATCH
BNN_KERNELS(hw, __attribute__((target("popcnt"))), __builtin_popcountll, SCALAR, NONE)
BNN_KERNELS(sw, , bnn_popcount_portable, SCALAR, NONE)
#elif BNN_VECTORS && defined(__AVX2__)
BNN_KERNELS(hw, , BNN_POPCOUNT, WIDE, WIDE)
#elif BNN_VECTORS
BNN_KERNELS(hw, , BNN_POPCOUNT, NARROW, NONE)
#else
BNN_KERNELS(hw, , BNN_POPCOUNT, SCALAR, NONE)
#endif
#ifndef BNN_HAS_AVX2_KERNELS
#define BNN_HAS_AVX2_KERNELS 0
#endif

/* xor_counts with AVX-512's vector popcount (x86-64 CPUs that have it: dispatched to, or
 * compiled in where the build targets such a CPU): a unit's words 8 at a time in one
 * register (lanes past `words` load as 0), XOR, AND the mask, a popcount in each 64-bit
 * lane, summed lane by lane; eight units a pass share the input's loads, and their sums
 * across the lanes are found together. */
#if BNN_HAS_BUILTIN && defined(__x86_64__) && (defined(__clang__) || __GNUC__ >= 8) &&     \
    (BNN_DISPATCH || (defined(__AVX512F__) && defined(__AVX512VPOPCNTDQ__)))
#include <immintrin.h>
#define BNN_HAS_AVX512_COUNTS 1
/* words K..K+7 of the input and of the mask (lanes past `words` 0; no mask: every bit) */
#define BNN_AVX512_CHUNK(K)                                                                 \
    const __mmask8 m = words - (K) >= 8 ? (__mmask8)0xFF                                    \
                                        : (__mmask8)((1u << (words - (K))) - 1u);           \
    const __m512i xk = _mm512_maskz_loadu_epi64(m, x + (K));                                \
    const __m512i mk = mask != NULL ? _mm512_maskz_loadu_epi64(m, mask + (K))               \
                                    : _mm512_set1_epi64(-1);
/* the disagreeing bits of row W's words K..K+7, one count per 64-bit lane */
#define BNN_AVX512_TERM(W, K, M)                                                            \
    _mm512_popcnt_epi64(_mm512_and_si512(                                                   \
        _mm512_xor_si512(xk, _mm512_maskz_loadu_epi64((M), (W) + (K))), mk))
__attribute__((target("avx512f,avx512vpopcntdq"))) static void
xor_counts_avx512(const uint64_t *x, const uint64_t *mask, const uint64_t *bits, int units,
                  int words, int32_t *out) {
    int u = 0, k;
    if (words < 12) { /* measured: short rows (a conv's 5 or 9 words) pay more for the final
                       * sum across lanes than the vector popcount saves */
#if BNN_HAS_AVX2_KERNELS
        xor_counts_avx2(x, mask, bits, units, words, out);
#else
        xor_counts_hw(x, mask, bits, units, words, out);
#endif
        return;
    }
    for (; u + 8 <= units; u += 8) { /* 8 units a pass, their sums found together */
        const uint64_t *w = bits + (size_t)u * (size_t)words;
        const size_t r = (size_t)words;
        __m512i a0 = _mm512_setzero_si512(), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
        __m512i a6 = a0, a7 = a0, p01, p23, p45, p67, q0, q1;
        for (k = 0; k < words; k += 8) {
            BNN_AVX512_CHUNK(k)
            a0 = _mm512_add_epi64(a0, BNN_AVX512_TERM(w, k, m));
            a1 = _mm512_add_epi64(a1, BNN_AVX512_TERM(w + r, k, m));
            a2 = _mm512_add_epi64(a2, BNN_AVX512_TERM(w + 2 * r, k, m));
            a3 = _mm512_add_epi64(a3, BNN_AVX512_TERM(w + 3 * r, k, m));
            a4 = _mm512_add_epi64(a4, BNN_AVX512_TERM(w + 4 * r, k, m));
            a5 = _mm512_add_epi64(a5, BNN_AVX512_TERM(w + 5 * r, k, m));
            a6 = _mm512_add_epi64(a6, BNN_AVX512_TERM(w + 6 * r, k, m));
            a7 = _mm512_add_epi64(a7, BNN_AVX512_TERM(w + 7 * r, k, m));
        }
        /* the eight sums across lanes as a tree: pairs of units interleaved within each
         * 128-bit lane, then lanes added pairwise twice; lane j ends holding unit j's sum */
        p01 = _mm512_add_epi64(_mm512_unpacklo_epi64(a0, a1), _mm512_unpackhi_epi64(a0, a1));
        p23 = _mm512_add_epi64(_mm512_unpacklo_epi64(a2, a3), _mm512_unpackhi_epi64(a2, a3));
        p45 = _mm512_add_epi64(_mm512_unpacklo_epi64(a4, a5), _mm512_unpackhi_epi64(a4, a5));
        p67 = _mm512_add_epi64(_mm512_unpacklo_epi64(a6, a7), _mm512_unpackhi_epi64(a6, a7));
        q0 = _mm512_add_epi64(_mm512_shuffle_i64x2(p01, p23, 0x88),
                              _mm512_shuffle_i64x2(p01, p23, 0xDD));
        q1 = _mm512_add_epi64(_mm512_shuffle_i64x2(p45, p67, 0x88),
                              _mm512_shuffle_i64x2(p45, p67, 0xDD));
        q0 = _mm512_add_epi64(_mm512_shuffle_i64x2(q0, q1, 0x88),
                              _mm512_shuffle_i64x2(q0, q1, 0xDD));
        _mm256_storeu_si256((__m256i *)(void *)(out + u), _mm512_cvtepi64_epi32(q0));
    }
    for (; u < units; u++) {
        const uint64_t *w = bits + (size_t)u * (size_t)words;
        __m512i acc = _mm512_setzero_si512();
        for (k = 0; k < words; k += 8) {
            BNN_AVX512_CHUNK(k)
            acc = _mm512_add_epi64(acc, BNN_AVX512_TERM(w, k, m));
        }
        out[u] = (int32_t)_mm512_reduce_add_epi64(acc);
    }
}
/* A conv window's bits for weights laid out word-major (`bits_t`: word k of unit u at
 * k * units + u), units a multiple of 8: eight units' disagreeing bits counted in the lanes
 * of one register (no sum across lanes), then each unit's bit, dot = base - 2 * count >= its
 * threshold, ORed into `fired[u]` (bytes 0 or 1: a pool cell's windows gather there). A conv
 * layer transposes its weights once and reads every window this way. */
__attribute__((target("avx512f,avx512vpopcntdq"))) static void
fire_counts_t_avx512(const uint64_t *x, const uint64_t *mask, const uint64_t *bits_t,
                     int units, int words, int32_t base, const int32_t *threshold,
                     uint8_t *fired) {
    int u, k;
    for (u = 0; u < units; u += 8) {
        __m512i acc = _mm512_setzero_si512();
        __mmask8 on;
        uint64_t bytes, before;
        for (k = 0; k < words; k++) {
            __m512i v = _mm512_xor_si512(_mm512_set1_epi64((long long)x[k]),
                                         _mm512_loadu_si512(bits_t + (size_t)k * units + u));
            if (mask != NULL) {
                v = _mm512_and_si512(v, _mm512_set1_epi64((long long)mask[k]));
            }
            acc = _mm512_add_epi64(acc, _mm512_popcnt_epi64(v));
        }
        on = _mm512_cmpge_epi64_mask(
            _mm512_sub_epi64(_mm512_set1_epi64(base), _mm512_slli_epi64(acc, 1)),
            _mm512_cvtepi32_epi64(_mm256_loadu_si256((const __m256i *)(const void *)(threshold + u))));
        bytes = (uint64_t)_mm_cvtsi128_si64(
            _mm512_cvtepi64_epi8(_mm512_maskz_set1_epi64(on, 1)));
        memcpy(&before, fired + u, sizeof before);
        before |= bytes;
        memcpy(fired + u, &before, sizeof before);
    }
}
/* level_sums with AVX-512BW: 64 units' sums in two vectors of 32 16-bit lanes, lane l
 * holding unit l of the block, and an input's weight word is itself the two lane masks of
 * a masked add (bit u set: unit u's weight is +1, so it gets the level). As in the vector
 * versions above, the 16-bit sums go to 32 bits every 257 inputs. */
__attribute__((target("avx512f,avx512bw"), unused)) static void
level_sums_avx512(const uint16_t *taps, int n, const uint64_t *bits, int units, int words,
                  int32_t *out) {
    int block, start, i, l;
    for (i = 0; i < units; i++) {
        out[i] = 0;
    }
    for (block = 0; block < words; block++) {
        for (start = 0; start < n; start += 257) {
            const int end = n - start > 257 ? start + 257 : n;
            __m512i lo = _mm512_setzero_si512(), hi = _mm512_setzero_si512();
            uint16_t sums[64];
            for (i = start; i < end; i++) {
                const uint64_t w = bits[(size_t)taps[2 * i] * (size_t)words + (size_t)block];
                const __m512i level = _mm512_set1_epi16((short)taps[2 * i + 1]);
                lo = _mm512_mask_add_epi16(lo, (__mmask32)(uint32_t)w, lo, level);
                hi = _mm512_mask_add_epi16(hi, (__mmask32)(uint32_t)(w >> 32), hi, level);
            }
            _mm512_storeu_si512((void *)sums, lo);
            _mm512_storeu_si512((void *)(sums + 32), hi);
            for (l = 0; l < 64 && 64 * block + l < units; l++) {
                out[64 * block + l] += sums[l];
            }
        }
    }
}
#else
#define BNN_HAS_AVX512_COUNTS 0
#endif

typedef struct {
    void (*xor_counts)(const uint64_t *, const uint64_t *, const uint64_t *, int, int,
                       int32_t *);
    void (*level_sums)(const uint16_t *, int, const uint64_t *, int, int, int32_t *);
    void (*fire)(const int32_t *, const uint8_t *, int, int32_t, int32_t, const int32_t *,
                 uint8_t *);
    /* a conv window's bits from word-major weights, 8 units at a time (see
     * fire_counts_t_avx512); NULL where the CPU lacks it */
    void (*fire_counts_t)(const uint64_t *, const uint64_t *, const uint64_t *, int, int,
                          int32_t, const int32_t *, uint8_t *);
    /* a real-input conv layer whole, with AVX-512BW's masked adds (conv_real_avx512); NULL
     * where the CPU lacks them. Returns 0 for a layer it does not take. */
    int (*conv_real_wide)(const bnn_layer *, const uint8_t *, uint8_t *);
} bnn_kernels;

#if BNN_HAS_AVX512_COUNTS
static int conv_real_avx512(const bnn_layer *L, const uint8_t *in, uint8_t *out);
#endif

static bnn_kernels kernels(void) {
    bnn_kernels k;
    k.fire_counts_t = NULL;
    k.conv_real_wide = NULL;
#if BNN_DISPATCH
    __builtin_cpu_init();
#if BNN_HAS_AVX2_KERNELS
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt")) {
        k.xor_counts = xor_counts_avx2;
        k.level_sums = level_sums_avx2;
        k.fire = fire_avx2;
#if BNN_HAS_AVX512_COUNTS
        if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vpopcntdq")) {
            k.xor_counts = xor_counts_avx512;
            k.fire_counts_t = fire_counts_t_avx512;
            if (__builtin_cpu_supports("avx512bw")) {
                k.level_sums = level_sums_avx512;
                k.conv_real_wide = conv_real_avx512;
            }
        }
#endif
        return k;
    }
#endif
    if (!__builtin_cpu_supports("popcnt")) {
        k.xor_counts = xor_counts_sw;
        k.level_sums = level_sums_sw;
        k.fire = fire_sw;
        return k;
    }
#endif
    k.xor_counts = xor_counts_hw;
    k.level_sums = level_sums_hw;
    k.fire = fire_hw;
#if BNN_HAS_AVX512_COUNTS && !BNN_DISPATCH /* the build's CPU has it */
    k.xor_counts = xor_counts_avx512;
    k.fire_counts_t = fire_counts_t_avx512;
#if defined(__AVX512BW__)
    k.level_sums = level_sums_avx512;
    k.conv_real_wide = conv_real_avx512;
#endif
#endif
    return k;
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
        if (L->flip[u] == 0) {
            continue;
        }
        for (i = 0; i < g.ph * g.pw; i++) {
            out[u * g.ph * g.pw + i] ^= 1u;
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

/* The inked taps of the window at output (oy, ox) of a real-input conv layer, as pairs
 * (input j = (row, column, channel) in the weights' order, level); how many. A padded tap
 * reads 0, which adds nothing either way. */
static int window_taps(const bnn_layer *L, const uint8_t *in, int oy, int ox, uint16_t *taps) {
    const int k = L->kernel, in_c = L->in_c, in_h = L->in_h, in_w = L->in_w, pad = L->padding;
    int ky, kx, c, n = 0;
    for (ky = 0; ky < k; ky++) {
        const int y = oy + ky - pad;
        if (y < 0 || y >= in_h) {
            continue;
        }
        for (kx = 0; kx < k; kx++) {
            const int x = ox + kx - pad;
            if (x < 0 || x >= in_w) {
                continue;
            }
            for (c = 0; c < in_c; c++) {
                const uint8_t v = in[(c * in_h + y) * in_w + x];
                if (v != 0) {
                    taps[2 * n] = (uint16_t)((ky * k + kx) * in_c + c);
                    taps[2 * n + 1] = v;
                    n++;
                }
            }
        }
    }
    return n;
}

#if BNN_VECTORS
/* conv_real with vectors, for 16 * blocks units (at most BNN_REAL_BLOCKS blocks) and dots
 * that fit 16 bits (n_in * 255 <= 32767): 16 units' dots in the lanes of one vector, each
 * inked tap adding its level times the units' signs, widened from bytes. A pool window's
 * bits are ORed in vectors and stored once. A threshold beyond 16 bits is clamped to them,
 * which keeps every comparison with a dot that fits. */
#define BNN_REAL_BLOCKS 16
typedef int16_t bnn_i16x16 __attribute__((vector_size(32)));
typedef int8_t bnn_i8x16 __attribute__((vector_size(16)));
static inline __attribute__((always_inline)) void
conv_real_vectors(const bnn_layer *L, bnn_geometry g, const uint8_t *in, uint16_t *taps,
                  const int8_t *signs, uint8_t *out) {
    const int units = L->units, blocks = units / 16, pool = L->pool, map = g.ph * g.pw;
    bnn_i16x16 t[BNN_REAL_BLOCKS], fired[BNN_REAL_BLOCKS];
    int b, l, py, px, oy, ox, i;
    for (b = 0; b < blocks; b++) {
        for (l = 0; l < 16; l++) {
            const int32_t v = L->threshold[16 * b + l];
            t[b][l] = (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
        }
    }
    for (py = 0; py < g.ph; py++) {
        for (px = 0; px < g.pw; px++) {
            for (b = 0; b < blocks; b++) {
                fired[b] = (bnn_i16x16){0};
            }
            for (oy = py * pool; oy < (py + 1) * pool; oy++) {
                for (ox = px * pool; ox < (px + 1) * pool; ox++) {
                    const int n = window_taps(L, in, oy, ox, taps);
                    for (b = 0; b < blocks; b++) {
                        bnn_i16x16 dot = {0};
                        for (i = 0; i < n; i++) {
                            bnn_i8x16 s;
                            memcpy(&s, signs + taps[2 * i] * units + 16 * b, sizeof s);
                            dot += (int16_t)taps[2 * i + 1] * __builtin_convertvector(s, bnn_i16x16);
                        }
                        fired[b] |= (bnn_i16x16)(dot >= t[b]);
                    }
                }
            }
            for (b = 0; b < blocks; b++) {
                for (l = 0; l < 16; l++) {
                    out[(16 * b + l) * map + py * g.pw + px] = (uint8_t)(fired[b][l] != 0);
                }
            }
        }
    }
}
/* compiled for this build's CPU, and (dispatching builds) for AVX2, where the widening and
 * the 16-lane sums are single instructions */
static void conv_real_vectors_base(const bnn_layer *L, bnn_geometry g, const uint8_t *in,
                                   uint16_t *taps, const int8_t *signs, uint8_t *out) {
    conv_real_vectors(L, g, in, taps, signs, out);
}
#if BNN_DISPATCH
__attribute__((target("avx2"))) static void
conv_real_vectors_avx2(const bnn_layer *L, bnn_geometry g, const uint8_t *in, uint16_t *taps,
                       const int8_t *signs, uint8_t *out) {
    conv_real_vectors(L, g, in, taps, signs, out);
}
#endif
#endif

#if BNN_HAS_AVX512_COUNTS
/* A real-input conv layer with AVX-512BW, a row of outputs at a time: the 32 lanes of one
 * vector are the positions of one output row (at most 32 of them) for one unit, and each of
 * the unit's k * k * C weights adds or subtracts the input row it reads, shifted (a padded
 * 16-bit copy of the input, rows 64 apart, zeros around). So a row costs k * k * C adds
 * whatever the ink, and no window is gathered. The dots fit 16 bits (at most 128 inputs a
 * unit, x 255), the thresholds are clamped to 16 bits as in conv_real_vectors, and the
 * comparison gives the row's bits as a mask; a pool cell ORs its rows' masks and then its
 * columns. Returns 0 for a layer it does not take (then the other paths do). */
#define BNN_ROW 64 /* the padded copy's row stride, in 16-bit levels */
__attribute__((target("avx512f,avx512bw"), unused)) static int
conv_real_avx512(const bnn_layer *L, const uint8_t *in, uint8_t *out) {
    const bnn_geometry g = geometry(L);
    const int k = L->kernel, in_c = L->in_c, in_h = L->in_h, in_w = L->in_w;
    const int pad = L->padding, pool = L->pool, map = g.ph * g.pw;
    const int ph = in_h + 2 * pad, pw = in_w + 2 * pad;
    int16_t levels[4 * 64 * BNN_ROW]; /* C x padded rows x BNN_ROW, at most 32 KB */
    int offset[128]; /* where input j of the window at (0, 0) lies in `levels` */
    int u, c, y, x, oy, ky, kx, py, px, j;
    if (L->n_in > 128 || g.ow > 32 || pw > BNN_ROW || k > BNN_ROW - 31 || in_c * ph > 4 * 64) {
        return 0;
    }
    memset(levels, 0, sizeof(int16_t) * (size_t)(in_c * ph * BNN_ROW));
    for (c = 0; c < in_c; c++) {
        for (y = 0; y < in_h; y++) {
            for (x = 0; x < in_w; x++) {
                levels[(c * ph + y + pad) * BNN_ROW + x + pad] = in[(c * in_h + y) * in_w + x];
            }
        }
    }
    for (ky = 0; ky < k; ky++) {
        for (kx = 0; kx < k; kx++) {
            for (c = 0; c < in_c; c++) {
                offset[(ky * k + kx) * in_c + c] = (c * ph + ky) * BNN_ROW + kx;
            }
        }
    }
    for (u = 0; u < L->units; u++) {
        const uint64_t *w = L->bits + (size_t)u * (size_t)L->words;
        const int32_t tv = L->threshold[u];
        const __m512i t = _mm512_set1_epi16(
            (short)(tv > 32767 ? 32767 : tv < -32768 ? -32768 : tv));
        int16_t sign[128]; /* the unit's weights, +1 or -1 */
        for (j = 0; j < L->n_in; j++) {
            sign[j] = (int16_t)((w[j >> 6] >> (j & 63)) & 1u ? 1 : -1);
        }
        for (py = 0; py < g.ph; py++) {
            uint64_t rows = 0; /* the pool cell's rows' bits, ORed */
            for (oy = py * pool; oy < (py + 1) * pool; oy++) {
                const int16_t *at = levels + oy * BNN_ROW;
                __m512i dot = _mm512_setzero_si512();
                for (j = 0; j < L->n_in; j++) {
                    dot = _mm512_add_epi16(dot, _mm512_mullo_epi16(
                        _mm512_loadu_si512((const void *)(at + offset[j])),
                        _mm512_set1_epi16(sign[j])));
                }
                rows |= _mm512_cmpge_epi16_mask(dot, t);
            }
            for (px = 0; px < g.pw; px++) {
                const uint64_t cell = (rows >> (px * pool)) & ((1ull << pool) - 1u);
                out[u * map + py * g.pw + px] = (uint8_t)(cell != 0);
            }
        }
    }
    pooled_bits(L, g, out);
    return 1;
}
#endif

/* A real-input conv layer (the first, reading 8-bit levels): each window's inked taps are
 * gathered once, then each unit sums them times its +-1 weights (`signs`, tap-major, built
 * once per call); a window with no ink gives every unit the dot 0. */
static void conv_real(const bnn_layer *L, const uint8_t *in, uint16_t *taps, int8_t *signs,
                      int32_t *dots, const bnn_kernels *kern, uint8_t *out) {
    /* the layer's fields in locals: a store through a byte pointer could alias them, and
     * the compiler would read them again at every step */
    const bnn_geometry g = geometry(L);
    const int units = L->units, pool = L->pool, map = g.ph * g.pw, n_in = L->n_in;
    const int32_t *threshold = L->threshold;
    int py, px, oy, ox, u, i;
    if (kern->conv_real_wide != NULL && kern->conv_real_wide(L, in, out)) {
        return;
    }
    for (i = 0; i < n_in; i++) {
        for (u = 0; u < units; u++) {
            const uint64_t *w = L->bits + (size_t)u * (size_t)L->words;
            signs[i * units + u] = (int8_t)(((w[i >> 6] >> (i & 63)) & 1u) ? 1 : -1);
        }
    }
#if BNN_VECTORS
    if (units % 16 == 0 && units <= 16 * BNN_REAL_BLOCKS && n_in <= 32767 / 255) {
#if BNN_DISPATCH
        if (__builtin_cpu_supports("avx2")) { /* kernels() has run __builtin_cpu_init */
            conv_real_vectors_avx2(L, g, in, taps, signs, out);
        } else {
            conv_real_vectors_base(L, g, in, taps, signs, out);
        }
#else
        conv_real_vectors_base(L, g, in, taps, signs, out);
#endif
        pooled_bits(L, g, out);
        return;
    }
#endif
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
                    const int n = window_taps(L, in, oy, ox, taps);
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

/* The bits of the window at output (oy, ox) into `xbits` (its taps' channel words one after
 * the other) and, for a window that reaches into the padding, which of them are real into
 * `mask`; returns how many taps lie inside the image, and whether all do in *inside. */
static int window_bits(const bnn_layer *L, const uint64_t *pixels, int oy, int ox,
                       uint64_t *xbits, uint64_t *mask, int *inside) {
    const int k = L->kernel, cw = (L->in_c + 63) / 64, in_h = L->in_h, in_w = L->in_w;
    const int in_c = L->in_c, pad = L->padding;
    int ky, kx, i, taps_in = 0;
    *inside = oy >= pad && oy + k - pad <= in_h && ox >= pad && ox + k - pad <= in_w;
    for (i = 0; i < L->words; i++) {
        xbits[i] = 0;
        mask[i] = 0;
    }
    for (ky = 0; ky < k; ky++) {
        const int y = oy + ky - pad;
        for (kx = 0; kx < k; kx++) {
            const int x = ox + kx - pad, j = (ky * k + kx) * in_c;
            if (y < 0 || y >= in_h || x < 0 || x >= in_w) {
                continue;
            }
            taps_in++;
            for (i = 0; i < cw; i++) {
                const int n = i + 1 < cw ? 64 : in_c - 64 * i;
                append(xbits, j + 64 * i, pixels[(y * in_w + x) * cw + i], n);
                if (!*inside) {
                    append(mask, j + 64 * i, n == 64 ? ~(uint64_t)0 : (((uint64_t)1 << n) - 1),
                           n);
                }
            }
        }
    }
    return taps_in;
}

#if BNN_HAS_AVX512_COUNTS
#define BNN_T_WORDS 2048 /* word-major weights, at most (bnn-cnn: 320 and 1,152 words) */
#define BNN_T_BYTES 8192 /* a layer's pooled bits, cell-major, at most (bnn-cnn: 3,136) */
/* conv_bits where the CPU has fire_counts_t: the weights transposed once, and each pool
 * cell's bits gathered cell-major (its units side by side), then stored unit-major as the
 * maps are. On the stack: 24 KB at most, and only on x86-64. */
static int conv_bits_by_word(const bnn_layer *L, bnn_geometry g, const uint64_t *pixels,
                             uint64_t *xbits, uint64_t *mask, const bnn_kernels *kern,
                             uint8_t *out) {
    const int units = L->units, n_words = L->words, map = g.ph * g.pw, pool = L->pool;
    uint64_t bits_t[BNN_T_WORDS];
    uint8_t fired[BNN_T_BYTES];
    int oy, ox, u, i, inside;
    if (kern->fire_counts_t == NULL || units % 8 != 0 || units * n_words > BNN_T_WORDS ||
        units * map > BNN_T_BYTES) {
        return 0;
    }
    for (u = 0; u < units; u++) {
        for (i = 0; i < n_words; i++) {
            bits_t[(size_t)i * units + u] = L->bits[(size_t)u * n_words + i];
        }
    }
    memset(fired, 0, (size_t)(units * map));
    for (oy = 0; oy < g.ph * pool; oy++) {
        for (ox = 0; ox < g.pw * pool; ox++) {
            const int at = (oy / pool) * g.pw + ox / pool;
            const int taps_in = window_bits(L, pixels, oy, ox, xbits, mask, &inside);
            kern->fire_counts_t(xbits, inside ? NULL : mask, bits_t, units, n_words,
                                taps_in * L->in_c, L->threshold, fired + at * units);
        }
    }
    for (u = 0; u < units; u++) {
        for (i = 0; i < map; i++) {
            out[u * map + i] = fired[i * units + u];
        }
    }
    return 1;
}
#endif

/* A binary conv layer: each input pixel's channels as `cw` words (bit c is channel c), then
 * each window's bits, in the weights' (row, column, channel) order, are its taps' channel
 * words one after the other. A tap in the padding adds no bits and is masked out; a window
 * clear of the padding needs no mask (its bits and the weights' past n_in are all 0). */
static void conv_bits(const bnn_layer *L, const uint8_t *in, uint64_t *pixels, uint64_t *xbits,
                      uint64_t *mask, int32_t *counts, const bnn_kernels *kern, uint8_t *out) {
    const bnn_geometry g = geometry(L);
    const int cw = (L->in_c + 63) / 64, hw = L->in_h * L->in_w, pool = L->pool;
    const int units = L->units, n_words = L->words, map = g.ph * g.pw;
    const int32_t *threshold = L->threshold;
    int oy, ox, c, u, i, inside;
    for (i = 0; i < hw * cw; i++) {
        pixels[i] = 0;
    }
    for (c = 0; c < L->in_c; c++) {
        for (i = 0; i < hw; i++) {
            pixels[i * cw + c / 64] |= (uint64_t)(in[c * hw + i] != 0) << (c & 63);
        }
    }
#if BNN_HAS_AVX512_COUNTS
    if (conv_bits_by_word(L, g, pixels, xbits, mask, kern, out)) {
        pooled_bits(L, g, out);
        return;
    }
#endif
    for (i = 0; i < units * map; i++) {
        out[i] = 0;
    }
    for (oy = 0; oy < g.ph * pool; oy++) {
        for (ox = 0; ox < g.pw * pool; ox++) {
            const int at = (oy / pool) * g.pw + ox / pool;
            const int32_t base = window_bits(L, pixels, oy, ox, xbits, mask, &inside) * L->in_c;
            kern->xor_counts(xbits, inside ? NULL : mask, L->bits, units, n_words, counts);
            for (u = 0; u < units; u++) { /* dot = base - 2 * count */
                out[u * map + at] |= (uint8_t)(base - 2 * counts[u] >= threshold[u]);
            }
        }
    }
    pooled_bits(L, g, out);
}

/* 64 activations (bytes 0 or 1) as the bits of a word, 8 at a time: with the 8 bytes b_i as
 * x = sum b_i 2^(8i), x * 0x0102040810204080 puts b_i at bit 56 + i (the multiplier's byte k
 * is 2^(7-k): b_i meets byte 7 - i at 8i + 8(7-i) + i = 56 + i, and no two products share a
 * bit, so nothing carries). */
static uint64_t pack64(const uint8_t *b) {
    uint64_t v = 0;
    int i;
    for (i = 0; i < 64; i += 8) {
        const uint64_t x = (uint64_t)b[i] | (uint64_t)b[i + 1] << 8 | (uint64_t)b[i + 2] << 16 |
                           (uint64_t)b[i + 3] << 24 | (uint64_t)b[i + 4] << 32 |
                           (uint64_t)b[i + 5] << 40 | (uint64_t)b[i + 6] << 48 |
                           (uint64_t)b[i + 7] << 56;
        v |= ((x * 0x0102040810204080ULL) >> 56) << i;
    }
    return v;
}

/* A dense layer's counts, each unit's dot being *base + *step * count: for the first layer,
 * sum of level * (+-1 weight) = 2 * (sum of the levels whose weight is +1) - sum of levels,
 * over the inked inputs only; else n_in - 2 * (disagreeing bits) over the packed +-1 inputs
 * (activations, bytes 0 or 1; bits past n_in are 0 in both the input words and the weights:
 * no mask). */
static void dense_counts(const bnn_layer *L, const uint8_t *in, uint64_t *words, uint16_t *taps,
                         int32_t *counts, int32_t *base, int32_t *step,
                         const bnn_kernels *kern) {
    const int n = L->n_in, n_words = L->words;
    int j, k;
    if (L->real_input) {
        int32_t total = 0;
        int n_taps = 0;
        for (j = 0; j < n; j++) { /* every input written, only the inked ones kept */
            taps[2 * n_taps] = (uint16_t)j;
            taps[2 * n_taps + 1] = in[j];
            total += in[j];
            n_taps += in[j] != 0;
        }
        kern->level_sums(taps, n_taps, L->bits, L->units, n_words, counts);
        *base = -total;
        *step = 2;
        return;
    }
    for (k = 0; k < n_words; k++) {
        if (n - 64 * k >= 64) {
            words[k] = pack64(in + 64 * k);
        } else {
            uint64_t v = 0;
            for (j = 0; j < n - 64 * k; j++) {
                v |= (uint64_t)(in[64 * k + j] != 0) << j;
            }
            words[k] = v;
        }
    }
    kern->xor_counts(words, NULL, L->bits, L->units, n_words, counts);
    *base = n;
    *step = -2;
}

int bnn_predict(const bnn_model *model, const uint8_t input[784], const bnn_scratch *scratch,
                int32_t scores[10]) {
    /* scratch's arrays (the model header's BNN_<MODEL>_SCRATCH sizes them from the same
     * maxima as below): words 2 * max_words, pixels max_pixels, dots max_units, taps
     * 2 * max_taps, signs max_real_in * max_units, maps 2 * biggest (the largest activation
     * map, twice: the layer's input and its output) */
    bnn_kernels kern = kernels();
    uint64_t *words, *pixels;
    int8_t *signs;
    int32_t *dots;
    uint16_t *taps;
    uint8_t *cur, *next;
    int i, u, biggest = 784, max_words = 1, max_pixels = 1, max_units = 10, max_real_in = 1;
    int max_taps = 1, best;
    int32_t local[10];
    float logits[10];
    if (scratch == NULL || scratch->words == NULL || scratch->pixels == NULL ||
        scratch->dots == NULL || scratch->taps == NULL || scratch->signs == NULL ||
        scratch->maps == NULL) {
        return -1;
    }
    for (i = 0; i < model->n_layers; i++) {
        const bnn_layer *L = &model->layers[i];
        int out = L->units;
        if (L->real_input && L->n_in > max_taps) max_taps = L->n_in;
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
    (void)max_real_in;  /* the sizes the header gave the arrays; named here for the reader */
    words = scratch->words;
    pixels = scratch->pixels;
    dots = scratch->dots;
    taps = scratch->taps;
    signs = scratch->signs;
    cur = scratch->maps;
    next = cur + biggest;
    if (model->binarize_input) {
        for (i = 0; i < 784; i++) {
            cur[i] = (uint8_t)(input[i] >= 128);
        }
    } else {
        for (i = 0; i < 784; i++) {
            cur[i] = input[i];
        }
    }
    if (scores == NULL) {
        scores = local;
    }
    for (i = 0; i < model->n_layers; i++) {
        const bnn_layer *L = &model->layers[i];
        if (L->kind == BNN_CONV) {
            if (L->real_input) {
                conv_real(L, cur, taps, signs, dots, &kern, next);
            } else {
                conv_bits(L, cur, pixels, words, words + max_words, dots, &kern, next);
            }
        } else {
            int32_t base, step;
            dense_counts(L, cur, words, taps, dots, &base, &step, &kern);
            if (L->kind == BNN_OUT) {
                for (u = 0; u < L->units; u++) {
                    scores[u] = base + step * dots[u];
                }
            } else {
                kern.fire(L->threshold, L->flip, L->units, base, step, dots, next);
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
