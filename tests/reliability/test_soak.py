"""A long session: thousands of strokes through the live path while a training run goes on
in the background. No exception, no crash, and memory that does not grow."""

import gc
import sys
import time

import numpy as np

from PySide6.QtWidgets import QApplication

from bnn_gui.research.handwriting import draw_digit
from gui_mouse import drag
from synthetic import make_synthetic

STROKES = 2000
WARM_UP = 300


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def test_soak_thousands_of_strokes_while_training(window, qtbot, messages):
    errors = []
    hook, sys.excepthook = sys.excepthook, lambda *exc: errors.append(exc)  # slots' exceptions
    try:
        panel = window.training
        data = make_synthetic(n_train=1000, n_test=200)
        panel.load_data = lambda progress, download=False: data
        panel.preset_box.setCurrentText("seed-mlp")
        panel.fields["epochs"].setText("25")
        rng = np.random.default_rng(0)
        c = window.canvas
        runs = events = 0
        start = time.perf_counter()
        for i in range(STROKES):
            if not panel.is_running() and panel.start_button.isEnabled():
                assert panel.start(), panel.error_label.text()
                runs += 1
            if i % 6 == 0:
                c.clear()
            d = int(rng.integers(10))
            stroke = draw_digit(d, rng, canvas=(c.width(), c.height()), size_range=(80, 300))[0]
            points = [tuple(p) for p in stroke[:: max(1, len(stroke) // 12)]]
            drag(c, points)
            events += len(points) + 1
            if i % 50 == 25:
                c.undo()
            QApplication.processEvents()  # the frame clock, the worker's signals
            if window.session.live.stale:
                window.refresh()
            if i == WARM_UP:
                gc.collect()
                base = rss_mb()
        epochs_seen = len(panel.record.test) if panel.record else 0
        panel.stop()
        qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)
        qtbot.wait(50)
        gc.collect()
        growth = rss_mb() - base
    finally:
        sys.excepthook = hook
    seconds = time.perf_counter() - start
    print(f"soak: {STROKES} strokes, {events} mouse events, {runs} training runs "
          f"({epochs_seen} epochs in the last), "
          f"{seconds:.0f} s, memory growth after warm-up {growth:+.1f} MB")
    assert not errors and not messages
    assert runs >= 1 and (runs > 1 or epochs_seen >= 1) and window.last_reading is not None
    assert growth < 20, growth
