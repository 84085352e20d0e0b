"""Bring a picture's strokes to MNIST's width (numpy only).

MNIST's strokes are about 2 px wide in the 28x28. A small picture's need not be: a 16x16 scan
(as postal digits are kept) enlarged to the 20 px box arrives 2.4 px wide, or 3.9 px where it
was written a pixel bolder, and the networks, trained on MNIST's widths, misread such bold
digits far more often (measured in docs/accuracy.md). Drawings need none of this: their brush
is sized to the drawing.

Width is measured without finding the strokes: for ink of width w along a length L, the ink's
area is about w L and the length of its outline about 2 L, and the outline's length is the
picture's total variation (the sum of |dx| + |dy|, which counts each step from paper to ink
once however blurred it is), so w ~ 2 area / variation. (|dx| + |dy| counts a diagonal outline
up to sqrt(2) too long, so diagonal strokes measure thinner; the target and trigger below were
chosen with this same measure.)

A picture wider than that is thinned by raising its ink level: on a smooth (4x, bilinear)
picture of the 28x28, ink below t goes and the rest is stretched back to [0, 1], which moves
each edge of a stroke inward, by up to about a pixel (the length of a bilinear ramp); t is
found by bisection, since the width falls as t rises, and the result is brought back to 28x28
by averaging 4x4 blocks. Blurring first, or eroding the very boldest further (a grey-level
minimum filter before the level is raised), read worse on validation, even on digits written
with a 2 px bolder pen (docs/accuracy.md, "Small scans and bold strokes"), so neither is done.
"""

from __future__ import annotations

import numpy as np

# The width pictures are brought to, and the width above which they are changed at all (a
# picture at or below it is returned as it was), in pixels of the 28x28. Chosen on validation
# (MNIST training digits made into 16x16 scans; benchmarks/scan_width.py); MNIST's own median
# is 1.9-2.0 by this measure, its 90th percentile 2.7-2.8.
TARGET = 2.6
TRIGGER = 2.9
# Only pictures enlarged by at least this much to fit MNIST's 20 px box are thinned. Enlarging
# is what widens and blurs a small scan's strokes (a 16x16 scan is enlarged 1.25x); a digit
# shrunk to fit keeps strokes like MNIST's own, whose boldest read worse thinned (on validation,
# digits warped onto big pictures lost 0.3-0.5 points when those above the trigger were
# thinned). MNIST's own records are enlarged by at most 1.05x (ink 19 or 20 px).
ENLARGED = 1.1

_SUPER = 4  # the smooth picture's pixels per 28x28 pixel
_STEPS = 14  # bisection steps on the ink level (to 1/16,000)
_TOP = 0.95  # the highest ink level tried


def stroke_width(x: np.ndarray) -> float:
    """The ink's mean stroke width in pixels (2 area / total variation); 0 for no ink."""
    x = np.asarray(x, np.float64)
    variation = np.abs(np.diff(x, axis=0)).sum() + np.abs(np.diff(x, axis=1)).sum()
    return float(2 * x.sum() / variation) if variation > 0 else 0.0


def _tent(n: int, s: int) -> np.ndarray:
    """(n s, n): linear interpolation onto s sub-pixels per pixel, pixel centres aligned."""
    u = (np.arange(n * s) + 0.5) / s - 0.5
    return np.clip(1 - np.abs(u[:, None] - np.arange(n)[None, :]), 0, None)


def thin_to_mnist(x: np.ndarray, target: float = TARGET, trigger: float = TRIGGER) -> np.ndarray:
    """An MNIST-like 28x28 (ink 1 on 0) whose strokes are wider than ``trigger`` px, thinned to
    ``target`` px; any other picture is returned unchanged."""
    x = np.asarray(x, np.float32)
    width = stroke_width(x)
    if width <= trigger or width <= target:
        return x
    n, s = x.shape[0], _SUPER
    up_rows, up_cols = _tent(x.shape[0], s), _tent(x.shape[1], s)
    smooth = up_rows @ x.astype(np.float64) @ up_cols.T
    smooth /= max(float(smooth.max()), 1e-12)

    def at(level: float) -> np.ndarray:
        ink = np.clip((smooth - level) / (1 - level), 0, 1)
        return ink.reshape(n, s, -1, s).mean((1, 3))

    low, high = 0.0, _TOP
    for _ in range(_STEPS):
        mid = (low + high) / 2
        if stroke_width(at(mid)) > target:
            low = mid
        else:
            high = mid
    out = at(high)
    return (out / max(float(out.max()), 1e-12)).astype(np.float32)
