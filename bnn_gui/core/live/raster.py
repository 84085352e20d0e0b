"""Strokes -> an anti-aliased ink raster, in full or one new segment at a time (numpy only).

The raster's frame depends on the whole drawing: the drawing's top-left corner ``lo`` and its
longer side ``extent`` (at least ``min_extent``) map to ``RASTER`` pixels, and the brush is a
fixed share of that side. Every stroke is drawn as a dot at its first point plus one capsule
(a segment with round caps, radius ``brush * RASTER / 2``) per pair of consecutive points,
split into pieces of at most 2 pixels, and composited by taking the maximum.

The maximum does not depend on the order pieces are drawn in, so ``IncrementalRaster`` can
draw only the pieces a new point adds and still hold exactly the array a full render gives, as
long as the frame has not moved: same ``lo`` and same ``extent``. A frame whose box only grew
to the right or downwards keeps every drawn pixel where it was (the margin keeps every
capsule inside the image), so the image is padded with zeros instead of re-rendered.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

RASTER = 96  # raster pixels along the drawing's longer side
MAX_POINTS = 20_000  # a drawing (or a kept sample) holds at most this many points: time and
#                      memory stay bounded
STEP = 2.0  # longest piece a segment is split into, in raster pixels
_CHUNK = 2048  # pieces drawn at once: bounds the temporary arrays (~2 MB each at the default)


@dataclass(frozen=True)
class Frame:
    """Where drawing coordinates land in the raster: q = (p - lo) * px + margin."""

    lo: tuple[float, float]
    extent: float
    brush: float

    @property
    def px(self) -> float:
        return RASTER / self.extent  # raster pixels per drawing unit

    @property
    def radius(self) -> float:
        return self.brush * RASTER / 2

    @property
    def margin(self) -> float:
        return self.radius + 2

    def size(self, hi: np.ndarray) -> tuple[int, int]:
        """(height, width) of the raster for a drawing whose bottom-right corner is ``hi``."""
        w, h = np.ceil((hi - np.asarray(self.lo)) * self.px + 2 * self.margin).astype(int) + 1
        return int(h), int(w)

    def to_raster(self, p: np.ndarray) -> np.ndarray:
        return (p - np.asarray(self.lo)) * self.px + self.margin


def frame_of(lo: np.ndarray, hi: np.ndarray, brush: float, min_extent: float) -> Frame:
    extent = max(float((hi - lo).max()), min_extent, 1e-9)
    return Frame((float(lo[0]), float(lo[1])), extent, float(brush))


def finite_points(stroke) -> np.ndarray:
    """A stroke as an (n, 2) float64 array, points that are not finite left out. Anything but
    a sequence of (x, y) pairs raises ValueError (a flat list or (x, y, z) points are not
    silently re-paired)."""
    p = np.asarray(stroke, dtype=np.float64)
    if p.size == 0:
        return p.reshape(0, 2)
    if p.ndim != 2 or p.shape[1] != 2:
        raise ValueError(f"a stroke is a sequence of (x, y) points; got an array of shape "
                         f"{p.shape}")
    return p[np.isfinite(p).all(1)]


def stroke_segments(q: np.ndarray, first: bool) -> np.ndarray:
    """(S, 2, 2) segments of raster points ``q``: consecutive pairs, plus a dot (a segment of
    length 0) at ``q[0]`` when it is the stroke's first point."""
    segs = np.stack([q[:-1], q[1:]], 1)
    if first:
        segs = np.concatenate([np.stack([q[:1], q[:1]], 1), segs])
    return segs


def rasterize_strokes(strokes: Sequence[Sequence[tuple[float, float]]], brush: float,
                      min_extent: float = 0.0) -> np.ndarray | None:
    """Render strokes (each a sequence of (x, y), y down, any coordinate frame) as anti-aliased
    ink whose brush diameter is ``brush`` times the drawing's longer side (at least
    ``min_extent``, so that a dot is not blown up to fill the box). None if there are no points.
    """
    pts = [p for p in (finite_points(s) for s in strokes if len(s)) if len(p)]
    if not pts:
        return None
    allp = np.concatenate(pts)
    hi = allp.max(0)
    frame = frame_of(allp.min(0), hi, brush, min_extent)
    img = np.zeros(frame.size(hi), np.float32)
    segs = np.concatenate([stroke_segments(frame.to_raster(p), True) for p in pts])
    draw_segments(img, segs, frame.radius)
    return img


def rasterize_in(strokes, frame: Frame, shape: tuple[int, int]) -> np.ndarray:
    """Render strokes in a given ``frame`` (another drawing's) into a raster of ``shape``:
    what they would look like had they been drawn as part of that drawing."""
    img = np.zeros(shape, np.float32)
    pts = [p for p in (finite_points(s) for s in strokes if len(s)) if len(p)]
    if pts:
        segs = np.concatenate([stroke_segments(frame.to_raster(p), True) for p in pts])
        draw_segments(img, segs, frame.radius)
    return img


class IncrementalRaster:
    """The raster of a drawing that grows point by point, equal to ``rasterize_strokes`` of the
    same strokes at every step. ``update(strokes)`` draws what was added since the last call;
    the owner calls ``reset()`` after any other change (undo, erase, clear, a new brush)."""

    def __init__(self, brush: float, min_extent: float = 0.0):
        self.brush, self.min_extent = float(brush), float(min_extent)
        self.full_renders = 0  # how often the frame moved (for the benchmark's breakdown)
        self.reset()

    def reset(self) -> None:
        self._img: np.ndarray | None = None
        self._frame: Frame | None = None
        self._counts: list[int] = []  # points of each stroke already drawn
        self._last: list[np.ndarray | None] = []  # each stroke's last finite point drawn
        self._lo = self._hi = None

    @property
    def frame(self) -> Frame | None:
        """The frame of the raster the last ``update`` returned (None: no ink)."""
        return self._frame

    def update(self, strokes: Sequence[Sequence[tuple[float, float]]]) -> np.ndarray | None:
        """The raster of ``strokes`` (None when there is no point), which must extend the
        strokes of the previous call: same strokes, each possibly longer, possibly more."""
        counts = self._counts + [0] * max(0, len(strokes) - len(self._counts))
        grown = len(strokes) >= len(counts) and all(
            len(s) >= c for s, c in zip(strokes, counts))
        if self._img is None or not grown:
            return self._render(strokes)
        new = [finite_points(s[c:]) for s, c in zip(strokes, counts)]
        added = [p for p in new if len(p)]
        if not added:
            self._counts = [len(s) for s in strokes]
            self._last += [None] * (len(strokes) - len(self._last))
            return self._img
        allnew = np.concatenate(added)
        lo, hi = np.minimum(self._lo, allnew.min(0)), np.maximum(self._hi, allnew.max(0))
        frame = frame_of(lo, hi, self.brush, self.min_extent)
        if frame != self._frame:
            return self._render(strokes)
        h, w = frame.size(hi)
        if (h, w) != self._img.shape:  # grew right or down: the drawn pixels stay put
            img = np.zeros((h, w), np.float32)
            img[: self._img.shape[0], : self._img.shape[1]] = self._img
            self._img = img
        self._last += [None] * (len(strokes) - len(self._last))
        segs = []
        for i, p in enumerate(new):
            if not len(p):
                continue
            prev = self._last[i]
            if prev is not None:  # the stroke goes on from its last drawn point
                segs.append(stroke_segments(frame.to_raster(np.concatenate([prev, p])), False))
            else:
                segs.append(stroke_segments(frame.to_raster(p), True))
            self._last[i] = p[-1:]
        draw_segments(self._img, np.concatenate(segs), frame.radius)
        self._hi, self._lo = hi, lo
        self._counts = [len(s) for s in strokes]
        return self._img

    def _render(self, strokes) -> np.ndarray | None:
        self.full_renders += 1
        self.reset()
        img = rasterize_strokes(strokes, self.brush, self.min_extent)
        if img is None:
            return None
        pts = [finite_points(s) for s in strokes]
        allp = np.concatenate([p for p in pts if len(p)])
        self._last = [p[-1:] if len(p) else None for p in pts]
        self._lo, self._hi = allp.min(0), allp.max(0)
        self._frame = frame_of(self._lo, self._hi, self.brush, self.min_extent)
        self._img, self._counts = img, [len(s) for s in strokes]
        return img


def subdivide(segs: np.ndarray, step: float = STEP) -> np.ndarray:
    """Split segments (S, 2, 2) into pieces no longer than ``step`` so each fits a small window."""
    d = segs[:, 1] - segs[:, 0]
    n = np.maximum(1, np.ceil(np.hypot(d[:, 0], d[:, 1]) / step).astype(int))
    idx = np.repeat(np.arange(len(segs)), n)
    k = np.arange(len(idx)) - np.repeat(np.cumsum(n) - n, n)  # piece number within its segment
    t0, t1 = (k / n[idx])[:, None], ((k + 1) / n[idx])[:, None]
    a = segs[idx, 0] + d[idx] * t0
    b = segs[idx, 0] + d[idx] * t1
    return np.stack([a, b], 1)


def draw_segments(img: np.ndarray, segs: np.ndarray, radius: float) -> None:
    """Max-composite anti-aliased capsules (segments (S, 2, 2) of (x, y) raster points, round
    caps) into ``img``: a pixel whose centre is at distance d from a capsule's axis gets
    clip(radius + 0.5 - d, 0, 1)."""
    pieces = subdivide(segs)
    for i in range(0, len(pieces), _CHUNK):
        _draw_pieces(img, pieces[i: i + _CHUNK], radius)


def _draw_pieces(img: np.ndarray, segs: np.ndarray, radius: float) -> None:
    # Each piece is at most STEP long, so every pixel it reaches lies in a w x w window from
    # `corner`. Rows and columns of the window are kept apart, (S, w, 1) and (S, 1, w), and only
    # combined where a value needs both: half the work of full (S, w, w) coordinate arrays.
    reach = radius + 0.5  # a pixel centre further than this from the axis gets no ink
    w = int(math.floor(2 * radius + 2 * STEP)) + 1
    a, b = segs[:, 0], segs[:, 1]  # (S, 2) as (x, y)
    corner = np.floor(np.minimum(a, b) - radius - 1).astype(np.intp)
    xs = corner[:, 0, None] + np.arange(w)  # (S, w) pixel columns
    ys = corner[:, 1, None] + np.arange(w)  # (S, w) pixel rows
    ex = ((xs + 0.5) - a[:, 0, None])[:, None, :]  # pixel centre - a, (S, 1, w)
    ey = ((ys + 0.5) - a[:, 1, None])[:, :, None]  # (S, w, 1)
    d = b - a
    dx, dy = d[:, 0, None, None], d[:, 1, None, None]
    len2 = np.maximum((d ** 2).sum(1), 1e-12)[:, None, None]
    t = ex * dx + ey * dy  # where the pixel centre projects on the axis, 0..1
    t /= len2
    np.clip(t, 0, 1, out=t)
    ux = t * dx
    np.subtract(ex, ux, out=ux)  # offset from the nearest point of the axis
    t *= dy
    uy = np.subtract(ey, t, out=t)
    ux *= ux
    uy *= uy
    ux += uy  # squared distance, (S, w, w)
    ok = ux < reach * reach
    ok &= ((xs >= 0) & (xs < img.shape[1]))[:, None, :]
    ok &= ((ys >= 0) & (ys < img.shape[0]))[:, :, None]
    flat = (ys[:, :, None] * img.shape[1] + xs[:, None, :])[ok]
    val = np.minimum(reach - np.sqrt(ux[ok]), 1).astype(np.float32)
    np.maximum.at(img.reshape(-1), flat, val)
