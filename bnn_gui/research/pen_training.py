"""Teach a model real pen input: MNIST mixed with pen trajectories and synthetic drawings, each
rendered through exactly the canvas's pipeline (``preprocess_strokes``), varied the way people
vary their writing.

Why: MNIST was scanned from paper forms; a drawing on a canvas is a polyline inked with a brush
of fixed width. A model trained only on MNIST reads MNIST-like drawings well and misreads the
styles MNIST lacks (1s with flags, open 4s, barred 7s). Real pen trajectories (``pendigits``)
carry those styles; the synthetic templates (``handwriting.PEN_STYLES``) add the rare ones
(slashed zeros, curled 9s). The variations are those measured to cost accuracy: rotation (clockwise
most), a right slant, width, jitter, the pen's sampling rate and the brush width.
"""

from __future__ import annotations

import math

import numpy as np

from ..core.runs.data import Dataset
from .handwriting import PEN, PEN_STYLES, _catmull_rom, draw_digit
from ..core.live.preprocess import BRUSH, preprocess_strokes


def _to_uint8(img: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(img * 255), 0, 255).astype(np.uint8)


def vary(strokes: list[np.ndarray], rng: np.random.Generator) -> tuple[list[np.ndarray], float]:
    """One random re-drawing of a pen digit (y down) and its brush: turned -15..+18 degrees,
    slanted -0.2..+0.45, 0.8..1.2 times as wide, its points jittered by up to 2% of its height,
    half the time smoothed through its points (a canvas samples far more often than the
    tablet's 10 per second), the brush 0.75..1.35 times the canvas's."""
    pts = np.vstack(strokes)
    centre = (pts.min(0) + pts.max(0)) / 2
    height = max(float(np.ptp(pts[:, 1])), float(np.ptp(pts[:, 0])), 1e-9)
    a = math.radians(rng.uniform(-15, 18))  # y points down: a positive angle turns clockwise
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    shear = np.array([[1.0, -rng.uniform(-0.2, 0.45)], [0.0, 1.0]])  # > 0 leans right
    m = rot @ shear @ np.diag([rng.uniform(0.8, 1.2), 1.0])
    jitter = rng.uniform(0, 0.02) * height
    smooth = rng.random() < 0.5
    out = []
    for s in strokes:
        p = (s - centre) @ m.T + rng.normal(0, jitter, s.shape)
        if smooth and len(p) >= 3:
            p = _catmull_rom(p, per_span=4)
        out.append(p)
    return out, BRUSH * rng.uniform(0.75, 1.35)


def render_pen(strokes_list, rng: np.random.Generator | None = None) -> np.ndarray:
    """(N, 28, 28) uint8: each digit as the canvas reads it, varied when ``rng`` is given."""
    out = np.zeros((len(strokes_list), 28, 28), np.uint8)
    for i, strokes in enumerate(strokes_list):
        brush = BRUSH
        if rng is not None:
            strokes, brush = vary(strokes, rng)
        img = preprocess_strokes(strokes, brush)
        if img is not None:
            out[i] = _to_uint8(img)
    return out


def synthetic(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """``n`` synthetic drawings as uint8 28x28s, every digit alike: half in the common styles
    (TEMPLATES), half in the pen styles MNIST lacks as pen writers draw them (PEN_STYLES)."""
    labels = rng.permutation(np.arange(n) % 10)
    drawings = [draw_digit(int(d), rng, style=PEN, templates=PEN_STYLES) if i % 2
                else draw_digit(int(d), rng) for i, d in enumerate(labels)]
    return render_pen(drawings), labels.astype(np.int64)


def pen_dataset(mnist: Dataset, pen, variants: int, synthetic_n: int, seed: int,
                should_stop=None) -> Dataset:
    """MNIST's training set plus ``variants`` varied renders of each pen digit (``pen``: a list
    of pendigits.PenDigit) plus ``synthetic_n`` synthetic drawings, shuffled; the test set
    stays MNIST's, so a run still reports what it costs on MNIST."""
    from ..core.runs.training import check

    rng = np.random.default_rng(seed)
    xs, ys = [mnist.train_x], [mnist.train_y.astype(np.int64)]
    labels = np.asarray([d.label for d in pen], np.int64)
    for _ in range(variants):
        check(should_stop)
        xs.append(render_pen([d.strokes for d in pen], rng))
        ys.append(labels)
    if synthetic_n:
        sx, sy = synthetic(synthetic_n, rng)
        xs.append(sx)
        ys.append(sy)
    x, y = np.concatenate(xs), np.concatenate(ys)
    order = rng.permutation(len(x))
    return Dataset(x[order], y[order], mnist.test_x, mnist.test_y,
                   f"MNIST + {len(pen):,} pen digits x{variants} + {synthetic_n:,} synthetic",
                   mnist.checksums)
