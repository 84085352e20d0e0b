"""Many small maps (channels, units, templates) as one picture: tiles in a near-square grid."""

from __future__ import annotations

import math

import numpy as np


def grid_shape(n: int, aspect: float = 1.0) -> tuple[int, int]:
    """(rows, cols) of a near-square grid for n tiles of height/width ``aspect``."""
    cols = max(1, math.ceil(math.sqrt(n * aspect)))
    return math.ceil(n / cols), cols


def tile(maps: np.ndarray, fill, gap: int = 1) -> np.ndarray:
    """(N, h, w) maps in a near-square grid, row by row, ``gap`` pixels of ``fill`` between
    them (and where the last row is short)."""
    n, h, w = maps.shape
    rows, cols = grid_shape(n)
    out = np.full((rows * (h + gap) - gap, cols * (w + gap) - gap), fill, maps.dtype)
    for i, m in enumerate(maps):
        r, c = divmod(i, cols)
        out[r * (h + gap): r * (h + gap) + h, c * (w + gap): c * (w + gap) + w] = m
    return out
