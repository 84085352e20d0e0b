"""Time from a stroke event to every visible view updated and painted, drawn as a person draws.

The real main window runs its real event loop; a timer posts mouse events to the canvas at
about 120 per second, replaying synthetic handwritten digits (``research/handwriting.py``) of one
to six strokes (a digit, then some of its strokes traced again, as people do), sized and placed
anywhere on the canvas. For every mouse move that adds a point, the latency is the time from
posting the event to the end of the first window paint after a reading that includes it (the
canvas's ink, the 28x28, the answer and every map). Prints the CPU, then one row per model and
layout, then the share of an update spent in each part. The last row is a lecture: presenter
mode (full screen, large type) with Inside one neuron open on a conv3 unit at its deepest
level, the packed bits and the C.

    QT_QPA_PLATFORM=offscreen python benchmarks/stroke_latency.py [N]    (N moves per row)
"""

from __future__ import annotations

import sys
import time
from collections import deque

import numpy as np
from mouse import open_window
from PySide6.QtCore import QEvent, QEventLoop, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from bnn_gui.research.handwriting import draw_digit

EVENT_MS = 8  # one mouse event every 8 ms: about 120 per second


def drawings(rng, width: float, height: float):
    """Endless drawings: lists of strokes in canvas pixels."""
    while True:
        size = (min(width, height) * 0.25, min(width, height) * 0.9)
        strokes = draw_digit(int(rng.integers(10)), rng, (width, height), size)
        retraced = [s + rng.normal(0, 2, s.shape) for s in strokes
                    for _ in range(int(rng.integers(0, 3)))]
        yield (strokes + retraced)[:6]


def script(rng, canvas):
    """What happens at each tick: ("press" | "move" | "release", x, y), "pause" or "clear"."""
    for strokes in drawings(rng, canvas.width(), canvas.height()):
        for s in strokes:
            yield ("press", *s[0])
            for x, y in s[1:]:
                yield ("move", x, y)
            yield ("release", *s[-1])
            yield from ["pause"] * 15  # a pen lift: about 120 ms
        yield from ["pause"] * 30
        yield "clear"


class Probe(QObject):
    """Watches the window: when each mouse event arrives, when each read happens, when each
    paint ends."""

    def __init__(self, window):
        super().__init__()
        self.window, self.session = window, window.session
        self.posted: deque[float] = deque()  # post times of mouse events not yet delivered
        self.waiting: list[tuple[int, float]] = []  # (drawing revision, post time) not painted
        self.read_revision = -1
        self.latencies: list[float] = []
        self.parts = {"rasterise": 0.0, "engine": 0.0, "views": 0.0, "paint": 0.0}
        self._arrived = None
        window.canvas.installEventFilter(self)
        window.installEventFilter(self)
        self.session.drawing.subscribe(self._on_drawing_changed)
        self.session.live.subscribe(self._on_read)

    def _on_drawing_changed(self, kind: str) -> None:
        if kind == "point" and self._arrived is not None:
            self.waiting.append((self.session.drawing.revision, self._arrived))

    def _on_read(self, reading) -> None:
        self.read_revision = self.session.live.read_revision
        # the session fills in `timings` once every listener has run: here they are the
        # previous read's (the sums miss the last read only)
        for k, v in self.session.live.timings.items():
            self.parts[k] += v

    def eventFilter(self, obj, ev):
        t = ev.type()
        if obj is self.window.canvas and t in (QEvent.Type.MouseButtonPress,
                                               QEvent.Type.MouseMove,
                                               QEvent.Type.MouseButtonRelease):
            self._arrived = self.posted.popleft() if t == QEvent.Type.MouseMove else None
        elif obj is self.window and t == QEvent.Type.UpdateRequest:
            start = time.perf_counter()
            obj.event(ev)  # paint now, to know when the paint ends
            end = time.perf_counter()
            done = [w for w in self.waiting if w[0] <= self.read_revision]
            if done:
                self.latencies += [end - posted for _, posted in done]
                self.waiting = [w for w in self.waiting if w[0] > self.read_revision]
                self.parts["paint"] += end - start
            return True
        return False


def measure(app, model: str, n: int, inspect: bool = False):
    w = open_window(app, model, (1366, 740))
    if inspect == "deep":  # a lecture: presenter mode, the neuron's bits level in front
        inside = w.inside
        w.presenter.enter()
        inside.neuron_dock.show()
        inside.neuron_dock.raise_()
        deep = [L for L in w.session.model.packed.layers if L.kind == "conv"][-1]
        inside.neuron.select(deep.name, (0, 1, 1))
        inside.neuron.level_buttons[-1].setChecked(True)
        app.processEvents()
    elif inspect:  # "Inside one neuron" in front at the bottom, "Float twin" beside the maps
        inside = w.inside
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, inside.twin_dock)
        inside.twin_dock.show()
        inside.neuron_dock.show()
        inside.neuron_dock.raise_()
        first = w.session.model.packed.layers[0]
        inside.neuron.select(first.name, (0, 0, 0) if first.kind == "conv" else (0,))
        while inside.twin.model is None:
            app.processEvents()
    probe = Probe(w)
    c = w.canvas
    steps = script(np.random.default_rng(0), c)
    left = Qt.MouseButton.LeftButton

    loop = QEventLoop()

    def tick():
        if len(probe.latencies) >= n:
            loop.quit()
        step = next(steps)
        if step == "pause":
            return
        if step == "clear":
            w.session.drawing.clear()
            return
        kind, x, y = step
        types = {"press": QEvent.Type.MouseButtonPress, "move": QEvent.Type.MouseMove,
                 "release": QEvent.Type.MouseButtonRelease}
        button = left if kind != "move" else Qt.MouseButton.NoButton
        buttons = Qt.MouseButton.NoButton if kind == "release" else left
        p = QPointF(x, y)
        ev = QMouseEvent(types[kind], p, c.mapToGlobal(p), button, buttons,
                         Qt.KeyboardModifier.NoModifier)
        if kind == "move":
            probe.posted.append(time.perf_counter())
        QApplication.postEvent(c, ev)

    timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=EVENT_MS)
    timer.timeout.connect(tick)
    timer.start()
    loop.exec()  # the window's own event loop: it waits for events, as the app's does
    timer.stop()
    w.close()
    return np.array(probe.latencies[:n]) * 1000, probe.parts


ROWS = [("bnn-cnn", False), ("bnn-mlp", False), ("float-mlp", False), ("bnn-cnn", True),
        ("bnn-cnn", "deep")]
NAMES = {False: "", True: " + neuron and twin docks in front",
         "deep": " + presenter mode, neuron at its bits level"}


def row(n: int, i: int) -> None:
    """One row, in this process (a fresh one per row: a window as a person starts it)."""
    app = QApplication.instance() or QApplication([])
    model, inspect = ROWS[i]
    ms, parts = measure(app, model, n, inspect)
    name = model + NAMES[inspect]
    total = sum(parts.values())
    shares = " | ".join(f"{100 * parts[k] / total:.0f}%" for k in
                        ("rasterise", "engine", "views", "paint"))
    print(f"| {name} | {len(ms)} | {np.median(ms):.1f} | {np.percentile(ms, 99):.1f} | "
          f"{ms.max():.1f} |\t| {name} | {shares} |")


def main(n: int = 2000) -> None:
    import subprocess

    out = []
    for i in range(len(ROWS)):
        r = subprocess.run([sys.executable, __file__, str(n), str(i)], capture_output=True,
                           text=True, check=True)
        out.append(r.stdout.strip().splitlines()[-1].split("\t"))
    from c_speed import cpu_model

    print(f"CPU: {cpu_model()}\n")
    print("| model | events | median ms | p99 ms | max ms |\n|---|---|---|---|---|")
    print("\n".join(a for a, _ in out))
    print("\nShare of update time (summed over every update)\n")
    print("| model | rasterise | engine | views | paint |\n|---|---|---|---|---|")
    print("\n".join(b for _, b in out))


if __name__ == "__main__":
    if len(sys.argv) == 3:
        row(int(sys.argv[1]), int(sys.argv[2]))
    else:
        main(*(int(a) for a in sys.argv[1:]))
