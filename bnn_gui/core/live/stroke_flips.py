"""Honest flips: the bits a stroke changed, told apart from those that re-framing changed.

The network reads a drawing in a frame chosen from the whole drawing (``preprocess``): the box
fitted to 20 px, then the centre of mass moved to (14, 14). A stroke that reaches past the
drawing's box, or shifts its centre of mass by half a pixel, moves that frame, and every ink
pixel lands somewhere else: adding the second upright of a 4 flips about a thousand conv1 bits
though the new ink touches a few dozen windows. So the drawing as it was before the stroke is
read again in the new frame (the *reference*), and

    flipped by the stroke = bits now        != reference bits   (one frame, ink differs)
    flipped by the frame  = reference bits  != bits before      (one ink, frames differ)

The first is what the maps mark; the second is reported as a count with the frame's move.
While the frame stays put (a crossbar inside the box), the reference is the reading before
the stroke, at no cost; otherwise it takes one more read, at most every ``REFRESH_S`` while
a stroke goes on, the latest frame's reference following as soon as the pen rests.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

REFRESH_S = 0.1  # while drawing, a moved frame is re-read at most this often


@dataclass
class FlipReport:
    reference: list[np.ndarray]  # each layer's bits of the drawing before the stroke, read
    #                              in the frame of the drawing now
    by_stroke: list[int]  # per layer: bits the stroke's ink flipped (now vs reference)
    by_frame: list[int]  # per layer: bits the frame's move flipped (reference vs before)
    move: tuple[float, float, float] | None  # (down, right) px and scale ratio; None: same
    exact: bool  # False: the reference is of an earlier frame (a newer one is on its way)


class StrokeFlips:
    """Follows the strokes of one drawing; ``report`` compares a reading with the reference."""

    def __init__(self):
        self._before: tuple | None = None  # the finished strokes when the stroke began
        self._before_bits: list[np.ndarray] | None = None
        self._before_frame = None
        self._ref: tuple | None = None  # (frame, bits) of the latest reference read
        self._model = None  # the model whose bits _before_bits and _ref are
        self._last_compute = -np.inf

    def begin(self, strokes, frame=None, bits=None, model=None) -> None:
        """A stroke begins on top of ``strokes``; ``frame`` and ``bits``: their frame and
        layers' bits by ``model`` when the caller has them (else they are read when first
        needed)."""
        self._model = model
        self._before = tuple(tuple(s) for s in strokes) if strokes else None
        self._before_frame, self._before_bits = frame, bits
        self._ref = None if frame is None or bits is None else (frame, bits)
        if self._ref is None:
            self._before_bits = None

    def reset(self) -> None:
        """Not a stroke (a new picture, undo, erase, clear, another model): nothing to mark."""
        self._before = self._before_bits = self._before_frame = self._ref = None

    def report(self, drawing, model, reading, force: bool = False) -> FlipReport | None:
        """How ``reading`` (of ``drawing`` now, by ``model``) differs from the drawing before
        the stroke; None when no stroke is being followed or there is nothing to compare."""
        if self._before is None or reading is None or not reading.layers:
            return None
        frame = drawing.input_frame()
        if frame is None:
            return None
        if model is not self._model:  # another model (a run ended mid-stroke): its own bits
            self._before_bits, self._ref, self._model = None, None, model
        if self._before_bits is None or len(self._before_bits) != len(reading.layers):
            self._before_frame, self._before_bits = self._read_before(drawing, model, None)
            if self._before_bits is None:
                return None
            self._ref = (self._before_frame, self._before_bits)
        now = time.perf_counter()
        if self._ref[0] != frame and (force or now - self._last_compute >= REFRESH_S):
            self._ref = (frame, self._read_before(drawing, model, frame)[1])
            self._last_compute = now
        ref_frame, ref = self._ref
        current = [la.bits for la in reading.layers]
        shapes = [c.shape for c in current]
        if ref is None or [r.shape for r in ref] != shapes \
                or [b.shape for b in self._before_bits] != shapes:
            return None  # another model's bits (a model swapped in mid-stroke): not comparable
        move = None
        if frame != self._before_frame:
            down, right, ratio = frame.shift_from(self._before_frame)
            move = (down, right, ratio)
        return FlipReport(ref, [int((c != r).sum()) for c, r in zip(current, ref)],
                          [int((r != b).sum()) for r, b in zip(ref, self._before_bits)],
                          move, ref_frame == frame)

    def _read_before(self, drawing, model, frame):
        """(frame, bits) of the strokes before the stroke, read in ``frame`` (None: their own)."""
        if frame is None:
            from bnn_gui.core.live.drawing import Drawing

            alone = Drawing(drawing.brush)
            alone.set_strokes(self._before)
            x, frame = alone.input28(), alone.input_frame()
            if x is None:
                return None, None
        else:
            x = drawing.input28_in(frame, self._before)
        return frame, [la.bits for la in model.read(x).layers]
