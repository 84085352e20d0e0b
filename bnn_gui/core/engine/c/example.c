/* example.c: reads MNIST's test-image IDX file (uncompressed) and prints one predicted digit
 * per line; with -s, the ten integer scores after it.
 *     cc -std=c99 -O2 bnn.c example.c -o digits && ./digits [-s] t10k-images-idx3-ubyte */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bnn.h"
#include "model.h"

BNN_MODEL_SCRATCH(scratch); /* bnn_predict's working memory, sized for this model */

static long read_be32(FILE *f) {
    unsigned char b[4];
    if (fread(b, 1, 4, f) != 4) {
        return -1;
    }
    return ((long)b[0] << 24) | ((long)b[1] << 16) | ((long)b[2] << 8) | (long)b[3];
}

int main(int argc, char **argv) {
    int show_scores = argc > 1 && strcmp(argv[1], "-s") == 0;
    const char *path = argv[argc - 1];
    FILE *f;
    long n, rows, cols, i;
    uint8_t image[784];
    int32_t scores[10];
    /* exactly one file, after an optional -s: an unknown option or a second file is an
       error, never silently passed over */
    if (argc != 2 + show_scores || argv[argc - 1][0] == '-') {
        fprintf(stderr, "usage: %s [-s] t10k-images-idx3-ubyte\n", argv[0]);
        return 2;
    }
    f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "%s: cannot open\n", path);
        return 2;
    }
    if (read_be32(f) != 2051) {
        fprintf(stderr, "%s: not an uncompressed IDX image file (magic 2051)\n", path);
        return 2;
    }
    n = read_be32(f);
    rows = read_be32(f);
    cols = read_be32(f);
    if (n < 0 || rows != 28 || cols != 28) {
        fprintf(stderr, "%s: expected 28x28 images\n", path);
        return 2;
    }
    for (i = 0; i < n; i++) {
        int digit, u;
        if (fread(image, 1, 784, f) != 784) {
            fprintf(stderr, "%s: cut short at image %ld\n", path, i);
            return 2;
        }
        digit = bnn_predict(&BNN_MODEL, image, &scratch, scores);
        printf("%d", digit);
        if (show_scores) {
            for (u = 0; u < 10; u++) {
                printf(" %ld", (long)scores[u]);
            }
        }
        printf("\n");
    }
    fclose(f);
    return 0;
}
