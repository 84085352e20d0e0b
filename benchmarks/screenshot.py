"""Make the README's screenshot from the running app: draws a digit with real mouse events,
starts a training run from the panel (MNIST needed), waits two epochs, and grabs the window.
Run under a real (or virtual) display:

    xvfb-run -s "-screen 0 1400x900x24" python benchmarks/screenshot.py assets/screenshot.png
"""

import sys
import time

import numpy as np
from mouse import open_window, send
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from bnn_gui.gui.style import apply_dark_style


def drag(widget, points):
    left = Qt.MouseButton.LeftButton
    send(widget, QEvent.Type.MouseButtonPress, *points[0], left, left)
    for p in points[1:]:
        send(widget, QEvent.Type.MouseMove, *p, Qt.MouseButton.NoButton, left)
    send(widget, QEvent.Type.MouseButtonRelease, *points[-1], left, Qt.MouseButton.NoButton)


def main(out="assets/screenshot.png", model="bnn-cnn"):
    app = QApplication.instance() or QApplication([])
    apply_dark_style(app)
    w = open_window(app, model, (1400, 1000))
    c = w.canvas
    cx, cy, r = c.width() / 2, c.height() / 2, min(c.width(), c.height()) * 0.32
    # a hand-drawn "2": an arc over the top, a diagonal down, a base line
    t = np.linspace(np.pi * 1.1, np.pi * 2.25, 30)
    arc = [(cx + 0.8 * r * np.cos(a), cy - 0.45 * r + 0.55 * r * np.sin(a)) for a in t]
    diag = [(arc[-1][0] + (cx - 0.8 * r - arc[-1][0]) * s, arc[-1][1] + (cy + r - arc[-1][1]) * s)
            for s in np.linspace(0, 1, 25)]
    base = [(cx - 0.8 * r + 1.6 * r * s, cy + r) for s in np.linspace(0, 1, 20)]
    drag(c, arc + diag + base)
    w.refresh()
    # a training run in the background (the panel's default), grabbed after two epochs
    w.training.start()
    while len(w.training.plots._test) < 2 and w.training.is_running():
        app.processEvents()
        time.sleep(0.02)  # leave the training thread the interpreter, as app.exec() would
    for _ in range(20):
        app.processEvents()
    w.grab().save(out)
    w.training.shutdown()
    print(f"saved {out}: the network reads {w.last_reading.digit} "
          f"({100 * w.last_reading.confidence:.1f}%)")
    w.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
