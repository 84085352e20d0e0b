"""The live session, with no widgets: the drawing, the live model and the current reading.

One place owns "what the network makes of the drawing now". The window's views subscribe and
own nothing; the GUI decides when to read (at most once per screen frame) and swaps the model
only between two reads. Each read records how long its parts took, for the latency benchmark.
"""

from __future__ import annotations

import time
from typing import Callable

from bnn_gui.core.live.drawing import Drawing
from bnn_gui.core.live.stroke_flips import StrokeFlips


class LiveSession:
    def __init__(self, drawing: Drawing | None = None):
        self.drawing = drawing or Drawing()
        self.model = None  # bnn_gui.core.inference.Model, or None until one is loaded
        self.reading = None  # the Reading of the drawing by the model (None: no model yet)
        self.read_revision = -1  # the drawing's revision that ``reading`` is of
        self.timings: dict[str, float] = {}  # seconds the last read spent in each part
        self._listeners: list[Callable[[object], None]] = []
        self.flips = StrokeFlips()  # what the stroke being drawn changed (stroke_flips.py)
        self._read_frame = None  # the input frame of ``reading``
        self.drawing.subscribe(self._on_drawing_changed)

    def subscribe(self, listener: Callable[[object], None]) -> None:
        """``listener(reading)`` is called after every read."""
        self._listeners.append(listener)

    @property
    def stale(self) -> bool:
        return self.read_revision != self.drawing.revision

    def set_model(self, model) -> None:
        """Make ``model`` the live model and read the drawing with it at once."""
        self.model = model
        self.flips.reset()  # another model's bits are no reference
        self.read()

    def _on_drawing_changed(self, kind: str) -> None:
        d = self.drawing
        if kind != "point":
            self.flips.reset()
        elif d.active is not None and len(d.active) == 1:  # a stroke begins
            ready = self.reading is not None and self.read_revision == d.revision - 1
            self.flips.begin(d.strokes, self._read_frame if ready else None,
                             [la.bits for la in self.reading.layers] if ready else None,
                             self.model)

    def read(self):
        """Read the drawing now with the live model, tell the listeners, return the Reading."""
        t0 = time.perf_counter()
        x = self.drawing.input28()
        t1 = time.perf_counter()
        self.reading = None if self.model is None else self.model.read(x)
        self._read_frame = self.drawing.input_frame()
        if getattr(self.reading, "digit", None) is not None:
            self.reading.flips = self.flips.report(self.drawing, self.model, self.reading)
        t2 = time.perf_counter()
        self.read_revision = self.drawing.revision
        for listener in list(self._listeners):
            listener(self.reading)
        self.timings = {"rasterise": t1 - t0, "engine": t2 - t1, "views": time.perf_counter() - t2}
        return self.reading

    def settle_flips(self) -> bool:
        """Read the reference of the latest frame if the reading's is of an earlier one (while
        drawing it is refreshed at most every ``stroke_flips.REFRESH_S``); tells the listeners
        and returns True when it changed."""
        r = self.reading
        report = getattr(r, "flips", None)
        if report is None or report.exact or self.stale:
            return False
        r.flips = self.flips.report(self.drawing, self.model, r, force=True)
        for listener in list(self._listeners):
            listener(r)
        return True
