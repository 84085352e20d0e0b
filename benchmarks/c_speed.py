"""Microseconds per digit at batch 1, in one run: the exported C library (one core), the numpy
packed engine and PyTorch, on the same MNIST test digits.

The C library is compiled with the flags given (default ``-O2``; ``-O2 -march=native`` lets the
compiler use the CPU's popcount instruction) and timed by a small driver that reads each digit
``--repeat`` times over the first ``--digits`` test digits (the process's CPU time, so that
other work on the machine does not count); its answers are checked against the
packed engine's before any figure is printed.

    python benchmarks/c_speed.py [MODEL ...] [--digits 1000] [--flags "-O2" "-O2 -march=native"]
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

from bnn_gui.core.engine import c_library
from bnn_gui.core.nets import checkpoint
from bnn_gui.core.runs.data import load_mnist
from bnn_gui.core.engine.export import c_identifier

DRIVER = r"""
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "bnn.h"
#include "model.h"
BNN_MODEL_SCRATCH(scratch);
int main(int argc, char **argv) {
    long n = atol(argv[2]), repeat = atol(argv[3]), i, r;
    static uint8_t images[10000 * 784];
    struct timespec t0, t1;
    volatile int sink = 0;
    FILE *f = fopen(argv[1], "rb");
    if (f == NULL || fseek(f, 16, SEEK_SET) != 0 || fread(images, 784, (size_t)n, f) != (size_t)n)
        return 2;
    for (i = 0; i < n; i++) printf("%d", bnn_predict(&BNN_MODEL, images + 784 * i, &scratch, NULL));
    printf("\n");
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    for (r = 0; r < repeat; r++)
        for (i = 0; i < n; i++) sink += bnn_predict(&BNN_MODEL, images + 784 * i, &scratch, NULL);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    printf("%.3f\n", ((t1.tv_sec - t0.tv_sec) * 1e6 + (t1.tv_nsec - t0.tv_nsec) / 1e3)
                         / (double)(n * repeat));
    return 0;
}
"""


def c_us(packed, name: str, images_path: Path, n: int, repeat: int, flags: str,
         want: np.ndarray) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        c_library.write(packed, folder, name)
        (folder / "model.h").write_text((folder / f"{c_identifier(name)}.h")
                                        .read_text())
        (folder / "driver.c").write_text(DRIVER)
        cc = shutil.which("cc") or shutil.which("gcc")
        subprocess.run([cc, "-std=c99", *flags.split(), "-o", str(folder / "drive"),
                        str(folder / "bnn.c"), str(folder / "driver.c")], check=True)
        out = subprocess.run([str(folder / "drive"), str(images_path), str(n), str(repeat)],
                             capture_output=True, text=True, check=True).stdout.split()
    got = np.array([int(c) for c in out[0]])
    if not np.array_equal(got, want):
        raise SystemExit(f"{name} {flags}: C answers differ from the packed engine's on "
                         f"{int((got != want).sum())} digits")
    return float(out[1])


def per_digit_us(fn, xs) -> float:
    fn(xs[0])  # warm up
    t = time.perf_counter()
    for x in xs:
        fn(x)
    return (time.perf_counter() - t) / len(xs) * 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("models", nargs="*", default=["bnn-mlp", "bnn-cnn"])
    ap.add_argument("--digits", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--flags", nargs="*", default=["-O2", "-O2 -march=native"])
    args = ap.parse_args()
    if not (shutil.which("cc") or shutil.which("gcc")):
        raise SystemExit("no C compiler (cc or gcc) on PATH")
    ds = load_mnist(download=False)
    torch.set_num_threads(1)
    x = ds.test_x[: args.digits]
    images = Path(tempfile.mkdtemp()) / "digits.idx"  # what the driver reads: raw IDX
    images.write_bytes(struct.pack(">4I", 2051, len(x), 28, 28) + x.tobytes())
    header = ["model", *[f"C {f}" for f in args.flags], "numpy packed", "PyTorch"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for name in args.models:
        net, mf = checkpoint.load_net(name)
        packed = mf.packed()
        want = np.array([int(np.argmax(packed.forward(xi[None])[0])) for xi in x])
        cs = [c_us(packed, name, images, args.digits, args.repeat, f, want) for f in args.flags]
        np_us = per_digit_us(lambda xi: packed.forward(xi[None]), x[:300])
        xt = torch.from_numpy(x[:300].astype(np.float32) / 255)
        net.eval()
        with torch.no_grad():
            pt_us = per_digit_us(lambda xi: net(xi[None]), xt)
        print(f"| {name} | " + " | ".join(f"{v:,.0f} µs" for v in [*cs, np_us, pt_us]) + " |")


if __name__ == "__main__":
    main()
