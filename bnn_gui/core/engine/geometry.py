"""The two rules every part of the project must agree on, written once (numpy only).

**Conv geometry.** A conv block reads a square map of side s, zero-padded by p, with k x k
kernels at stride 1, then max-pools q x q at stride q:

    before pooling: s + 2p - k + 1        after pooling: floor((s + 2p - k + 1) / q)

(the last rows and columns that do not fill a pool window are dropped, as PyTorch's
``max_pool2d`` does).

**The first layer's input.** Pixels x in [0, 1] go into a binary network's first layer as 8-bit
levels L = round(255 x) (round half to even, as numpy and PyTorch round), so that its sums are
exact integers in float32 in any order; a network that binarises its input reads
sign(x - 0.5) with sign(0) = +1, which is L >= 127.5, i.e. x >= 0.5. PyTorch's model
(``nets/models.py``), the packed engine, the neuron trace, the window's ±1 input and the C
library (``input[i] >= 128`` on levels) all apply these.
"""

from __future__ import annotations

import numpy as np

LEVELS = 255  # 8-bit levels: 0 background, 255 ink


def conv_side(side: int, kernel: int, padding: int, pool: int = 1) -> int:
    """The side of a conv block's output map (see the module's docs)."""
    return (side + 2 * padding - kernel + 1) // pool


def input_levels(x) -> np.ndarray:
    """Pixels in [0, 1] (or uint8 levels already) -> float32 levels 0..255, round(255 x)."""
    x = np.asarray(x)
    if x.dtype == np.uint8:
        return x.astype(np.float32)
    return np.round(np.asarray(x, np.float32) * LEVELS)


def input_bits(levels: np.ndarray) -> np.ndarray:
    """Levels -> the bits a binarising first layer reads: True (+1) where level >= 127.5."""
    return np.asarray(levels) >= LEVELS / 2


def pixel_signs(x28) -> np.ndarray:
    """Pixels in [0, 1] -> their ±1 form (int8), sign(x - 0.5) with sign(0) = +1."""
    return np.where(input_bits(input_levels(x28)), 1, -1).astype(np.int8)
