"""Time from a stroke event to the updated views (input, answer, every activation map).

Sends real mouse-move events to the canvas of the running window and, after each, runs the
frame update the event schedules; prints median and 99th percentile over N events per model.

    QT_QPA_PLATFORM=offscreen python benchmarks/stroke_latency.py [N]
"""

import sys
import time

import numpy as np
from mouse import open_window, send
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication



def measure(app, model: str, n: int) -> np.ndarray:
    w = open_window(app, model, (1280, 760))
    c, left = w.canvas, Qt.MouseButton.LeftButton
    times = []
    t = np.linspace(0, 2 * np.pi * n / 60, n)
    xs = c.width() / 2 + 0.3 * c.width() * np.cos(t)
    ys = c.height() / 2 + 0.4 * c.height() * np.sin(t)
    send(c, QEvent.Type.MouseButtonPress, xs[0], ys[0], left, left)
    for i in range(1, n):
        if i % 60 == 0:  # a new stroke every 60 events; the drawing stays a few strokes long
            send(c, QEvent.Type.MouseButtonRelease, xs[i], ys[i], left, Qt.MouseButton.NoButton)
            if len(c.strokes) > 4:
                c.strokes = c.strokes[-4:]
            send(c, QEvent.Type.MouseButtonPress, xs[i], ys[i], left, left)
        start = time.perf_counter()
        send(c, QEvent.Type.MouseMove, xs[i], ys[i], Qt.MouseButton.NoButton, left)
        w._refresh_timer.stop()
        w.refresh()  # what the frame timer runs
        app.processEvents()
        times.append(time.perf_counter() - start)
    w.close()
    return np.array(times) * 1000


def main(n: int = 2000) -> None:
    app = QApplication.instance() or QApplication([])
    print("| model | events | median ms | p99 ms |\n|---|---|---|---|")
    for model in ("bnn-cnn", "bnn-mlp", "float-mlp"):
        ms = measure(app, model, n)
        print(f"| {model} | {len(ms)} | {np.median(ms):.1f} | {np.percentile(ms, 99):.1f} |")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
