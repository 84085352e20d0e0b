"""Make the README's "teach it your handwriting" screenshot from the running app: labels 30
drawings of the synthetic TILTED writer, fine-tunes the live bnn-mlp on them (MNIST needed) and
grabs the window with the My digits dock showing the report. Run under a real or virtual display:

    xvfb-run -s "-screen 0 1400x1000x24" python benchmarks/screenshot_personal.py assets/personal.png
"""

import sys
import time

import numpy as np
from mouse import open_window
from PySide6.QtWidgets import QApplication

from bnn_gui.research.handwriting import TILTED, draw_digit
from bnn_gui.gui.style import apply_dark_style


def main(out="assets/personal.png", model="bnn-mlp"):
    app = QApplication.instance() or QApplication([])
    apply_dark_style(app)
    w = open_window(app, model, (1400, 1000))
    drawing = w.session.drawing  # in drawing units: the canvas's shorter side is 500
    rng = np.random.default_rng(3)
    for i in range(30):
        d = i % 10
        drawing.set_strokes(draw_digit(d, rng, canvas=(500, 500), size_range=(150, 300),
                                       style=TILTED))
        w.refresh()
        w.label_drawing(d)
    w.teaching.finetune()
    while w.training.is_running() or w.session.model.config.name != model or \
            "personal" not in w.session.model.name:
        app.processEvents()
        time.sleep(0.02)
    drawing.set_strokes(draw_digit(2, rng, canvas=(500, 500), size_range=(250, 300),
                                   style=TILTED))
    w.refresh()
    w.personal_dock.show()
    w.personal_dock.raise_()
    for _ in range(100):  # a second: the flip marks of the last change have faded
        app.processEvents()
        time.sleep(0.01)
    w.grab().save(out)
    print(f"saved {out}: {w.personal.report.text()}")
    w.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
