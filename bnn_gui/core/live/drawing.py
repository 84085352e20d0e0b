"""The drawing the network reads, with no widgets: strokes as vectors, or one loaded picture.

Coordinates are drawing units with y down; the canvas maps its widget onto them so that its
shorter side spans ``SIDE`` units, whatever the window's size, so the network's input never
depends on the widget (the smallest extent a drawing is blown up from, ``MIN_EXTENT``, is
fixed in these units). Every edit is one undoable step; listeners hear ``"point"`` when the
stroke being drawn got a point (the raster then only adds a segment) and ``"reset"`` for
every other change.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from bnn_gui.core.live.preprocess import (BRUSH, Placement, image_to_ink, ink_box,
                                         picture_to_mnist_placed, to_mnist_placed)
from bnn_gui.core.live.raster import MAX_POINTS, Frame, IncrementalRaster, rasterize_in

SIDE = 500.0  # the canvas's shorter side, in drawing units
MIN_EXTENT = 0.05 * SIDE  # a dot or a short dash is not blown up to fill the 20 px box
MAX_UNDO = 100  # steps of undo kept: each is the whole drawing (at most MAX_POINTS points)

Stroke = list[tuple[float, float]]


@dataclass(frozen=True)
class InputFrame:
    """Where the drawing lands in the 28x28 the network reads: drawing units (x, y) -> stroke
    raster (``raster``) -> 28x28 (``placement``); for a loaded picture, its pixels (x = column,
    y = row) -> 28x28. Two drawings read in one frame differ only where their ink differs."""

    raster: Frame | None  # None for a picture
    placement: Placement
    shape: tuple[int, int]  # the raster's (or picture's) size
    thinned_from: float | None = None  # a small picture's stroke width before it was thinned

    def to28(self, x: float, y: float) -> tuple[float, float]:
        """A drawing point -> its (row, col) in the 28x28, continuous (pixel j is [j, j+1))."""
        if self.raster is not None:
            x, y = self.raster.to_raster(np.array([x, y], np.float64))
        r, c = self.placement.to28(np.array([y, x], np.float64))
        return float(r), float(c)

    def from28(self, row: float, col: float) -> tuple[float, float]:
        """A 28x28 point (row, col) -> the drawing's (x, y)."""
        qy, qx = self.placement.from28(np.array([row, col], np.float64))
        if self.raster is None:
            return float(qx), float(qy)
        r = self.raster
        return (float((qx - r.margin) / r.px + r.lo[0]), float((qy - r.margin) / r.px + r.lo[1]))

    def shift_from(self, other: "InputFrame") -> tuple[float, float, float]:
        """How this frame moved the drawing against ``other``: (down, right) in 28x28 pixels of
        the point the two frames' centres map from, and the scale ratio (1: same size)."""
        cx, cy = other.from28(14.0, 14.0)
        r, c = self.to28(cx, cy)
        ratio = self.scale() / max(other.scale(), 1e-12)
        return r - 14.0, c - 14.0, ratio

    def scale(self) -> float:
        """28x28 pixels per drawing unit."""
        px = self.raster.px if self.raster is not None else 1.0
        return px * self.placement.scale


class Drawing:
    def __init__(self, brush: float = BRUSH):
        self.strokes: list[Stroke] = []  # finished strokes
        self.active: Stroke | None = None  # the stroke being drawn
        self.image: np.ndarray | None = None  # a loaded picture (ink in [0, 1]) instead
        self.label: int | None = None  # the true label of a loaded MNIST digit
        self.brush = float(brush)  # the network's brush, a share of the drawing's longer side
        self.revision = 0  # counts changes: tells one drawing from the next
        self._undo: list[tuple] = []
        self._redo: list[tuple] = []
        self._erasing = False
        self._pen_before = None  # the pen's second-to-last point of the stroke being drawn
        self._points = 0
        self._raster = IncrementalRaster(self.brush, MIN_EXTENT)
        # (revision, input, frame) of the latest input28()
        self._x28: tuple[int, np.ndarray | None, InputFrame | None] | None = None
        self._listeners: list[Callable[[str], None]] = []

    # --- listening ---------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    def _changed(self, kind: str = "reset") -> None:
        self.revision += 1
        if kind != "point":
            self._raster.reset()
            self._points = sum(len(s) for s in self.all_strokes())
        for listener in list(self._listeners):
            listener(kind)

    # --- history -----------------------------------------------------------------------------
    def _state(self) -> tuple:
        return (tuple(tuple(s) for s in self.strokes), self.image, self.label)

    def _push_undo(self) -> None:
        self._undo.append(self._state())
        # each step holds the whole drawing: without a bound, a long session's memory grew
        # with every stroke (issue 31 #11)
        del self._undo[:-MAX_UNDO]
        self._redo.clear()

    def _restore(self, state) -> None:
        self.strokes = [list(s) for s in state[0]]
        self.image, self.label = state[1], state[2]
        self.active = None
        self._changed()

    def undo(self) -> None:
        if self._undo and self.active is None:
            self._redo.append(self._state())
            self._restore(self._undo.pop())

    def redo(self) -> None:
        if self._redo and self.active is None:
            self._undo.append(self._state())
            del self._undo[:-MAX_UNDO]
            self._restore(self._redo.pop())

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    # --- edits -------------------------------------------------------------------------------
    def clear(self) -> None:
        if self.strokes or self.image is not None or self.active:
            self.active = None
            self._push_undo()
            self._restore(((), None, None))

    def set_image(self, ink: np.ndarray, label: int | None = None) -> None:
        """Show a picture (ink in [0, 1] on 0) as the drawing; undoable."""
        self._push_undo()
        self._restore(((), np.asarray(ink, np.float32), label))

    def set_strokes(self, strokes) -> None:
        """Replace the drawing by ``strokes`` (sequences of (x, y)); undoable. Points that are
        not finite are left out; a drawing longer than MAX_POINTS is cut there."""
        kept, room = [], MAX_POINTS
        for s in strokes:
            pts = [(float(x), float(y)) for x, y in s if math.isfinite(x) and math.isfinite(y)]
            if pts and room > 0:
                kept.append(tuple(pts[:room]))
                room -= len(kept[-1])
        self._push_undo()
        self._restore((tuple(kept), None, None))

    def begin_stroke(self, x: float, y: float) -> None:
        if not (math.isfinite(x) and math.isfinite(y)) or self._points >= MAX_POINTS:
            return
        self._push_undo()
        self._pen_before = None
        if self.image is not None:  # drawing on a loaded picture starts a new drawing
            self.image, self.label = None, None
            self.active = [(x, y)]
            self._changed()
            return
        self.active = [(x, y)]
        self._points += 1
        self._changed("point")

    def extend_stroke(self, x: float, y: float, min_step: float = 0.0,
                      max_gap: float | None = None) -> bool:
        """Add a point to the stroke being drawn (ignored closer than ``min_step`` to the last
        one, or past MAX_POINTS); True when it was added. A point further than ``max_gap``
        from the last (a busy machine delivers pointer moves sparsely) is joined by a smooth
        curve, as drawing programs do, not by a straight chord (``smooth_gap``)."""
        if self.active is None or self._points >= MAX_POINTS:
            return False
        lx, ly = self.active[-1]
        if not (math.isfinite(x) and math.isfinite(y)) or abs(x - lx) + abs(y - ly) < min_step:
            return False
        before = self._pen_before  # the pen's point before (lx, ly): not a joining point
        if max_gap and before is not None and math.hypot(x - lx, y - ly) > max_gap:
            between = smooth_gap(before, (lx, ly), (x, y), max_gap / 2)
            room = MAX_POINTS - self._points - 1
            for p in between[:max(room, 0)]:
                self.active.append(p)
                self._points += 1
        self.active.append((x, y))
        self._pen_before = (lx, ly)
        self._points += 1
        self._changed("point")
        return True

    def end_stroke(self) -> None:
        if self.active is not None:
            self.strokes.append(self.active)  # the same ink: nothing to draw or read again
            self.active = None

    def begin_erase(self) -> None:
        self._erasing = True
        self._push_undo()

    def erase_at(self, x: float, y: float, radius: float) -> bool:
        """Cut every finished stroke where it passes within ``radius`` of (x, y), as a rubber
        does: the ink under the eraser goes, the rest of each stroke stays (in pieces)."""
        kept, changed = [], False
        for s in self.strokes:
            pieces = _cut(s, x, y, radius)
            if pieces is None:
                kept.append(s)
            else:
                kept += pieces
                changed = True
        if not changed:
            return False
        self.strokes = kept
        self._changed()
        return True

    def end_erase(self) -> None:
        if self._erasing and self._undo and self._undo[-1][0] == self._state()[0]:
            self._undo.pop()  # erased nothing: no step to undo
        self._erasing = False

    def set_brush(self, brush: float) -> None:
        if brush != self.brush:
            self.brush = float(brush)
            self._raster = IncrementalRaster(self.brush, MIN_EXTENT)
            self._changed()

    # --- what the network reads --------------------------------------------------------------
    def all_strokes(self) -> list[Stroke]:
        return self.strokes + ([self.active] if self.active else [])

    def is_blank(self) -> bool:
        return not self.strokes and not self.active and self.image is None

    def input28(self) -> np.ndarray | None:
        """The MNIST-like 28x28 the network reads (None when blank), made exactly as the
        scripting API makes it (``preprocess_strokes``), one new segment at a time."""
        if self._x28 is None or self._x28[0] != self.revision:
            self._x28 = (self.revision, *self._make_input())
        return self._x28[1]

    def input_frame(self) -> InputFrame | None:
        """Where the current drawing lands in its 28x28 (None when blank)."""
        self.input28()
        return self._x28[2]

    def _make_input(self):
        if self.image is not None:
            ink = image_to_ink(self.image)
            placed = picture_to_mnist_placed(ink)
            if placed is None:
                return None, None
            x, where, thinned_from = placed
            return x, InputFrame(None, where, ink.shape, thinned_from)
        strokes = self.all_strokes()
        ink = self._raster.update(strokes) if strokes else None
        placed = None if ink is None else to_mnist_placed(ink, box=ink_box(self.brush))
        if placed is None:
            return None, None
        return placed[0], InputFrame(self._raster.frame, placed[1], ink.shape)

    def input28_in(self, frame: InputFrame, strokes) -> np.ndarray:
        """``strokes`` as the network would read them in ``frame`` (another drawing's), e.g.
        the drawing before a stroke, in the frame the stroke moved it to."""
        return frame.placement.place(rasterize_in(strokes, frame.raster, frame.shape))

    def show_sample(self, sample) -> None:
        """Put a personal-set sample on the drawing (undoable), fitted into the middle of the
        canvas as its strokes' shape allows; a kept picture is shown as its 28x28."""
        if sample.pixels is not None:
            self.set_image(sample.pixels.astype(np.float32) / 255)
            return
        pts = np.concatenate([np.asarray(s, float) for s in sample.strokes])
        lo, hi = pts.min(0), pts.max(0)
        scale = 0.7 * SIDE / max(float((hi - lo).max()), 1e-9)
        self.set_strokes([(np.asarray(s, float) - (lo + hi) / 2) * scale + SIDE / 2
                          for s in sample.strokes])


MAX_TURN = math.radians(60)  # a sharper turn between two moves is a corner: kept straight


def smooth_gap(p0, p1, p2, step: float) -> list[tuple[float, float]]:
    """Points strictly between ``p1`` and ``p2`` on a smooth curve, about ``step`` apart.

    The pen turned by an angle φ from the chord p0 → p1 to the chord p1 → p2; a curve of
    constant curvature through p1 and p2 (an arc) leaves p1 at φ/2 before the chord's
    direction and reaches p2 at φ/2 after it. So a cubic Hermite piece is used with those end
    tangents, each of the chord's length d (a close fit to the arc for moderate φ):
        m1 = R(-φ/2) (p2 - p1),   m2 = R(φ/2) (p2 - p1),
        c(t) = h00 p1 + h10 m1 + h01 p2 + h11 m2,   0 < t < 1,
    with h00 = 2t³ - 3t² + 1, h10 = t³ - 2t² + t, h01 = -2t³ + 3t², h11 = t³ - t². A turn
    sharper than MAX_TURN is a corner the person drew: the chord is kept. Points are kept to
    0.01 units, as every point is."""
    a0, a1, a2 = (np.asarray(p, np.float64) for p in (p0, p1, p2))
    u, v = a1 - a0, a2 - a1
    phi = math.atan2(u[0] * v[1] - u[1] * v[0], float(u @ v))
    n = max(1, math.ceil(float(np.hypot(*v)) / max(step, 1e-9)))
    t = np.arange(1, n)[:, None] / n
    if abs(phi) > MAX_TURN or not np.hypot(*u) > 0:
        c = a1 + t * v
    else:
        def turn(w, a):
            return np.array([w[0] * math.cos(a) - w[1] * math.sin(a),
                             w[0] * math.sin(a) + w[1] * math.cos(a)])

        m1, m2 = turn(v, -phi / 2), turn(v, phi / 2)
        t2, t3 = t * t, t * t * t
        c = ((2 * t3 - 3 * t2 + 1) * a1 + (t3 - 2 * t2 + t) * m1 + (-2 * t3 + 3 * t2) * a2
             + (t3 - t2) * m2)
    return [(round(float(x), 2), round(float(y), 2)) for x, y in c]


def _cut(stroke: Stroke, x: float, y: float, radius: float) -> list[Stroke] | None:
    """The pieces of ``stroke`` left when the disc of ``radius`` about (x, y) is rubbed out,
    or None when the disc does not touch it. Segments that pass near the disc are first split
    into steps of at most radius / 2 (points on the same line: the ink is unchanged), so the
    cut follows the disc and not the points the pen happened to send."""
    if _distance(stroke, x, y) > radius:
        return None
    p = np.asarray(stroke, np.float64).reshape(-1, 2)
    step = max(radius / 2, 1e-6)
    dense = [p[:1]]
    for a, b in zip(p[:-1], p[1:]):
        if _distance([tuple(a), tuple(b)], x, y) > radius + step:
            dense.append(b[None])  # far from the eraser: kept as drawn
            continue
        n = max(1, math.ceil(float(np.hypot(*(b - a))) / step))
        t = np.arange(1, n + 1)[:, None] / n
        dense.append(np.round(a + (b - a) * t, 2))  # 0.01 units, as points are kept
    q = np.concatenate(dense)
    outside = np.hypot(q[:, 0] - x, q[:, 1] - y) > radius
    pieces, run = [], []
    for point, keep in zip(q, outside):
        if keep:
            run.append((float(point[0]), float(point[1])))
        elif run:
            pieces.append(run)
            run = []
    if run:
        pieces.append(run)
    return pieces


def _distance(stroke: Stroke, x: float, y: float) -> float:
    """Distance from (x, y) to the polyline through the stroke's points."""
    p = np.asarray(stroke, np.float64).reshape(-1, 2)
    a, b = p[:-1], p[1:]
    if not len(a):
        return float(np.hypot(*(p[0] - (x, y))))
    d = b - a
    t = np.clip(((x - a[:, 0]) * d[:, 0] + (y - a[:, 1]) * d[:, 1])
                / np.maximum((d ** 2).sum(1), 1e-12), 0, 1)
    return float(np.hypot(a[:, 0] + t * d[:, 0] - x, a[:, 1] + t * d[:, 1] - y).min())
