"""Microseconds per digit at batch 1, in one run: the exported C library (one core), the numpy
packed engine and PyTorch, on the same MNIST test digits.

The C library is compiled with the flags given (default ``-O2``; ``-O2 -march=native`` lets the
compiler use the CPU's popcount instruction) and timed by a small driver that reads each digit
``--repeat`` times over the first ``--digits`` test digits (the process's CPU time, so that
other work on the machine does not count); its answers are checked against the
packed engine's before any figure is printed.

Beside each model it prints the machine's popcount bound: the binary multiply-adds one digit
needs (inputs x units x positions, summed over the layers that read ±1 bits) divided by how
many this core does a second when it does nothing else (XOR then popcount of 64-bit words in a
tight C loop, compiled -O2 -march=native): the time no implementation of those layers can beat
on this core. The first layer reads 8-bit pixel levels, not bits, and is not in the bound.

    python benchmarks/c_speed.py [MODEL ...] [--digits 1000] [--flags=-O2 --flags="-O2 -march=haswell"]

(each ``--flags=...`` one build; the ``=`` lets a value start with a dash)
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

from bnn_gui.core.engine.c_timing import c_us, compiler
from bnn_gui.core.nets import checkpoint
from bnn_gui.core.runs.data import load_mnist

POPCOUNT_LOOP = r"""#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <time.h>
static uint64_t a[2048], b[2048];
int main(void) {
    for (int i = 0; i < 2048; i++) { a[i] = 0x9E3779B97F4A7C15ull * (i + 1); b[i] = ~a[i] * 3u; }
    uint64_t sink = 0;
    long reps = 40000;
    struct timespec t0, t1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    for (long r = 0; r < reps; r++) {
        for (int i = 0; i < 2048; i++) sink += (uint64_t)__builtin_popcountll(a[i] ^ b[i]);
        a[r & 2047] ^= sink;  /* keeps the loop from being folded away */
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    double s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("%.6g %llu\n", reps * 2048.0 * 64.0 / s, (unsigned long long)sink);
    return 0;
}
"""


def cpu_model() -> str:
    """The CPU's name as the system gives it (Linux: /proc/cpuinfo)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def binary_macs_per_second(cc: str) -> float:
    """XOR-and-popcount multiply-adds a second on one core (64 a word)."""
    with tempfile.TemporaryDirectory() as tmp:
        src, exe = Path(tmp) / "pop.c", Path(tmp) / "pop"
        src.write_text(POPCOUNT_LOOP)
        subprocess.run([cc, "-std=c99", "-O2", "-march=native", "-o", str(exe), str(src)],
                       check=True, capture_output=True)
        return float(subprocess.run([str(exe)], capture_output=True, text=True,
                                    check=True).stdout.split()[0])


def binary_macs(packed) -> int:
    """Binary multiply-adds of one digit: the ±1-input layers' inputs x units x positions."""
    total = 0
    for layer in packed.layers:
        if layer.real_input:
            continue
        positions = len(layer.geometry()[0]) if layer.kind == "conv" else 1
        total += layer.n_in * layer.units * positions
    return total


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
    ap.add_argument("--flags", action="append",
                    help='one build\'s compiler flags, e.g. --flags="-O2 -march=haswell"; '
                         'repeat for more (default: -O2, then -O2 -march=native)')
    args = ap.parse_args()
    args.flags = args.flags or ["-O2", "-O2 -march=native"]
    cc = compiler()
    if cc is None:
        raise SystemExit("no C compiler (cc or gcc) on PATH")
    loaded = []
    for name in args.models:  # every name checked before any work: a wrong one is one line
        try:
            loaded.append((name, *checkpoint.load_net(name)))
        except checkpoint.ModelFileError as e:
            print(f"error: {e}", file=sys.stderr)
            raise SystemExit(2)
    ds = load_mnist(download=False)
    torch.set_num_threads(1)
    x = ds.test_x[: args.digits]
    rate = binary_macs_per_second(cc)
    print(f"CPU: {cpu_model()}; one core does {rate / 1e9:.1f} G binary multiply-adds a second "
          f"(XOR + popcount, -O2 -march=native)\n")
    header = ["model", *[f"C {f}" for f in args.flags], "popcount bound", "numpy packed",
              "PyTorch"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for name, net, mf in loaded:
        packed = mf.packed()
        cs = [c_us(packed, name, x, args.repeat, f) for f in args.flags]
        bound = binary_macs(packed) / rate * 1e6
        np_us = per_digit_us(lambda xi: packed.forward(xi[None]), x[:300])
        xt = torch.from_numpy(x[:300].astype(np.float32) / 255)
        net.eval()
        with torch.no_grad():
            pt_us = per_digit_us(lambda xi: net(xi[None]), xt)
        print(f"| {name} | " + " | ".join(f"{v:,.0f} µs" for v in cs)
              + f" | {bound:,.1f} µs ({binary_macs(packed) / 1e6:.1f} M) | "
              + " | ".join(f"{v:,.0f} µs" for v in [np_us, pt_us]) + " |")


if __name__ == "__main__":
    main()
