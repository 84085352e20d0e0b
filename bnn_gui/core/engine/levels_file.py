"""What the network sees, saved as a file: the 28x28 input as the 8-bit levels every engine
reads (``round(255 * x)``, as packed.py makes them), for feeding the exported C library or any
other program.

``.idx`` (or any other name): MNIST's uncompressed IDX image format holding one image, which
``example.c`` of ``bnn-gui export --c`` reads as it reads MNIST's test file. ``.pgm``: a binary
greyscale picture (P5) most image viewers open.
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

from bnn_gui.core.files import atomic_write


def levels(image28: np.ndarray) -> np.ndarray:
    """(28, 28) pixels in [0, 1] -> (28, 28) uint8 levels, exactly as the engines round them."""
    x = np.asarray(image28, np.float32)
    if x.shape != (28, 28) or not np.isfinite(x).all():
        raise ValueError(f"expected a 28x28 image of finite values, got shape {x.shape}")
    return np.clip(np.round(x * 255), 0, 255).astype(np.uint8)


def encode(image28: np.ndarray, pgm: bool = False) -> bytes:
    lv = levels(image28)
    if pgm:
        return b"P5\n28 28\n255\n" + lv.tobytes()
    return struct.pack(">4I", 2051, 1, 28, 28) + lv.tobytes()


def save(path: str | Path, image28: np.ndarray) -> Path:
    """Write the levels to ``path`` atomically (PGM for a .pgm name, IDX otherwise)."""
    path = Path(path)
    atomic_write(path, encode(image28, pgm=path.suffix.lower() == ".pgm"))
    return path
