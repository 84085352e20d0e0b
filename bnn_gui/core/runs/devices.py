"""Where PyTorch computes: "auto" (a GPU when PyTorch sees one, else the CPU), "cpu", "cuda"
or "mps". Models are trained on the device and handed back on the CPU, so that they save,
pack and run in the window exactly as CPU-trained ones."""

from __future__ import annotations

from contextlib import contextmanager

from bnn_gui.config import ConfigError

DEVICES = ("auto", "cpu", "cuda", "mps")


def resolve(name: str | None = "auto"):
    """The torch.device for ``name``; ConfigError (one line) if it is not here."""
    import torch

    name = name or "auto"
    if name not in DEVICES:
        raise ConfigError(f"device {name!r}: expected one of {', '.join(DEVICES)}")
    cuda = torch.cuda.is_available()
    mps = getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available()
    if name == "auto":
        return torch.device("cuda" if cuda else "mps" if mps else "cpu")
    if name == "cuda" and not cuda:
        raise ConfigError("device cuda: PyTorch sees no CUDA GPU here (a CPU build of torch, or "
                          "no driver); use --device cpu or auto")
    if name == "mps" and not mps:
        raise ConfigError("device mps: PyTorch sees no Apple GPU here; use --device cpu or auto")
    return torch.device(name)


@contextmanager
def torch_threads(threads: int | None):
    """PyTorch's intra-op threads set to ``threads`` (None or 0: left as they are) while the
    block runs, and put back after it, however it ends. The setting is the whole process's: a
    run that asked for one thread must not leave the next training run single-threaded."""
    import torch

    before = torch.get_num_threads()
    if threads:
        torch.set_num_threads(threads)
    try:
        yield
    finally:
        if threads and torch.get_num_threads() != before:
            torch.set_num_threads(before)
