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
import time

import numpy as np
import torch

from bnn_gui.core.engine.c_timing import c_us, compiler
from bnn_gui.core.nets import checkpoint
from bnn_gui.core.runs.data import load_mnist

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
    if compiler() is None:
        raise SystemExit("no C compiler (cc or gcc) on PATH")
    ds = load_mnist(download=False)
    torch.set_num_threads(1)
    x = ds.test_x[: args.digits]
    header = ["model", *[f"C {f}" for f in args.flags], "numpy packed", "PyTorch"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for name in args.models:
        net, mf = checkpoint.load_net(name)
        packed = mf.packed()
        cs = [c_us(packed, name, x, args.repeat, f) for f in args.flags]
        np_us = per_digit_us(lambda xi: packed.forward(xi[None]), x[:300])
        xt = torch.from_numpy(x[:300].astype(np.float32) / 255)
        net.eval()
        with torch.no_grad():
            pt_us = per_digit_us(lambda xi: net(xi[None]), xt)
        print(f"| {name} | " + " | ".join(f"{v:,.0f} µs" for v in [*cs, np_us, pt_us]) + " |")


if __name__ == "__main__":
    main()
