"""PyTorch imported from a background thread without freezing the window.

``import torch`` spends most of its time (about 150 ms here warm, up to 0.8 s from a cold
disk) loading libtorch_cpu, inside Python's own ``dlopen`` call, which holds the interpreter
lock throughout: the GUI thread cannot run a line until it returns. The window's first
training run froze for that long after Start (benchmarks/training_responsiveness.py).

Loading those libraries first through a plain C call does the slow part with the lock free:
ctypes lets the lock go around every foreign call, and a library's start-up code runs no
Python. Python's import then finds them loaded and only runs torch's Python modules, which
give the lock up every few milliseconds. Measured here, a 5 ms timer in the GUI thread beside
the import: worst gap 146-156 ms with a plain import, 34-36 ms with the libraries loaded first.

Those modules, and the ones a training run pulls in next (the first optimizer imports
torch._dynamo, and with it sympy: about 0.6 s more), create hundreds of thousands of objects,
and each of the cyclic garbage collector's full passes over them holds the lock for 50-100 ms.
So the collector is paused while they load (nothing they make is garbage), and what they made
is then frozen out of its future passes (``gc.freeze``): the start of a training run beside a
5 ms timer, worst gap 92-99 ms before, 25-50 ms after.
"""

from __future__ import annotations

import ctypes
import gc
import importlib.util
import os
import sys
from pathlib import Path

RTLD_NOW = 2  # resolve every symbol at load, as Python does; local scope (exports nothing)


def import_torch(training: bool = False):
    """``import torch``, with its native libraries loaded first outside the interpreter lock
    (Linux; elsewhere a plain import), and with ``training`` what an optimizer loads on first
    use too. Raises what ``import torch`` raises."""
    if "torch" in sys.modules and (not training or _optimizer_ready):
        return sys.modules["torch"]
    if "torch" not in sys.modules:
        preload_libraries()
    collecting = gc.isenabled()
    gc.disable()
    try:
        import torch

        if training:
            _first_optimizer(torch)
    finally:
        gc.freeze()  # all of it lives as long as the process: never scan it again
        if collecting:
            gc.enable()
    return torch


_optimizer_ready = False


def _first_optimizer(torch) -> None:
    """Make a throwaway optimizer: its first use imports what every later one needs."""
    global _optimizer_ready
    torch.optim.Adam([torch.zeros(1, requires_grad=True)])
    _optimizer_ready = True


def preload_libraries() -> int:
    """Load torch's big native libraries without holding the interpreter lock; how many were
    loaded. Anything missing or refused is left to ``import torch`` to report."""
    if not sys.platform.startswith("linux"):
        return 0
    try:
        spec = importlib.util.find_spec("torch")
        dlopen = ctypes.CDLL(None).dlopen
    except (ImportError, ValueError, OSError, AttributeError):
        return 0
    if spec is None or not spec.origin:
        return 0
    dlopen.restype, dlopen.argtypes = ctypes.c_void_p, [ctypes.c_char_p, ctypes.c_int]
    root = Path(spec.origin).parent
    # in load order: each one's dependencies are found through its own RPATH
    libs = [root / "lib" / "libtorch_cpu.so", root / "lib" / "libtorch_python.so",
            *sorted(root.glob("_C.*.so"))]
    return sum(bool(dlopen(os.fsencode(lib), RTLD_NOW)) for lib in libs if lib.is_file())
