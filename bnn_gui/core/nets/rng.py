"""One random generator per run, so that a seeded run is reproducible while another trains
beside it (a training run and a lab run in two threads of one window).

PyTorch's global generator is shared by every thread: two runs drawing from it interleave,
and neither gets the draws its seed promised. A run instead makes its own generator and wraps
what draws in ``drawing_from(gen)``: building the network (initial latent weights) and each
training forward pass (dropout masks, stochastic binarisation). Those draw from
``generator()``, the generator set in the calling thread, or PyTorch's global one (None)
outside any run.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

import torch

_local = threading.local()


def new_generator(seed: int, device=None) -> torch.Generator:
    """A generator seeded ``seed`` on ``device`` (the CPU by default): draws for tensors on a
    GPU need a generator there."""
    return torch.Generator(device=device or "cpu").manual_seed(int(seed))


@contextmanager
def drawing_from(gen: torch.Generator) -> Iterator[torch.Generator]:
    """Within the block (never across a ``yield``), this thread's draws come from ``gen``."""
    previous = getattr(_local, "generator", None)
    _local.generator = gen
    try:
        yield gen
    finally:
        _local.generator = previous


def generator() -> torch.Generator | None:
    """The current run's generator in this thread, or None (the global one)."""
    return getattr(_local, "generator", None)
