"""Time the exported C library: write it for a packed network, compile it with a small driver,
run it on digits and return microseconds a digit (the process's CPU time, one core, so that
other work on the machine does not count). The driver's answers are checked against the
packed engine's before any figure is returned. Used by ``bnn-gui lab bits`` and
benchmarks/c_speed.py; needs a C compiler (``compiler()`` is None without one)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import numpy as np

from bnn_gui.core.engine import c_library
from bnn_gui.core.engine.packed import PackedNet

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


def compiler() -> str | None:
    return shutil.which("cc") or shutil.which("gcc")


def write_idx(images: np.ndarray, path: Path) -> Path:
    """uint8 digits (N, 28, 28) as a raw IDX file, which the driver reads."""
    path.write_bytes(struct.pack(">4I", 2051, len(images), 28, 28) +
                     np.ascontiguousarray(images, np.uint8).tobytes())
    return path


def c_us(packed: PackedNet, name: str, images: np.ndarray, repeat: int = 3,
         flags: str = "-O2") -> float:
    """µs a digit of the C library over ``images`` (uint8, (N, 28, 28), N <= 10,000), each
    read ``repeat`` times. RuntimeError if there is no compiler or the answers differ from the
    packed engine's."""
    cc = compiler()
    if cc is None:
        raise RuntimeError("no C compiler (cc or gcc) on PATH")
    images = np.asarray(images, np.uint8)[:10000]
    want = np.array([int(np.argmax(packed.forward(x[None])[0])) for x in images])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        c_library.write(packed, folder, name)
        (folder / "model.h").write_text((folder / c_library.header_name(name)).read_text())
        (folder / "driver.c").write_text(DRIVER)
        subprocess.run([cc, "-std=c99", *flags.split(), "-o", str(folder / "drive"),
                        str(folder / "bnn.c"), str(folder / "driver.c")], check=True,
                       capture_output=True)
        digits = write_idx(images, folder / "digits.idx")
        out = subprocess.run([str(folder / "drive"), str(digits), str(len(images)), str(repeat)],
                             capture_output=True, text=True, check=True).stdout.split()
    got = np.array([int(c) for c in out[0]])
    if not np.array_equal(got, want):
        raise RuntimeError(f"{name} {flags}: C answers differ from the packed engine's on "
                           f"{int((got != want).sum())} digits")
    return float(out[1])
