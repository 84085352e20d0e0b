"""Random input, bounded: a few thousand seeded clicks, drags, wheel turns and keys (the
shortcuts included) on the window's parts. No exception escapes, nothing crashes, no modal
dialog is left open, and the window still reads a drawing at the end."""

import sys

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from gui_mouse import drag
from synthetic import make_synthetic

EVENTS = 2500
KEYS = ([(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
         (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
         (Qt.Key.Key_E, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier),
         (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier),
         (Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier),
         (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier),
         (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier),
         (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
         (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
         (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier),
         (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
         (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
         (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
         (Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)]
        + [(getattr(Qt.Key, f"Key_{d}"), Qt.KeyboardModifier.NoModifier) for d in range(10)])


@pytest.fixture
def no_dialogs(monkeypatch):
    """File dialogs answer "cancel", message boxes are recorded: nothing can block."""
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    for kind in ("warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: shown.append(a[1:3]))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    return shown


def test_thousands_of_random_events_break_nothing(window, qtbot, no_dialogs):
    errors = []
    hook, sys.excepthook = sys.excepthook, lambda *exc: errors.append(exc)
    try:
        data = make_synthetic(n_train=300, n_test=100)
        window.training.load_data = lambda progress, download=False: data
        window.inside.lab.load_data = lambda progress, download=False: data
        window.training.preset_box.setCurrentText("seed-mlp")
        window.training.fields["epochs"].setText("1")
        rng = np.random.default_rng(7)
        c, view = window.canvas, window.activations.picture
        for i in range(EVENTS):
            kind = rng.integers(5)
            if kind == 0:  # a stroke on the canvas
                n = int(rng.integers(2, 12))
                pts = np.c_[rng.uniform(0, c.width(), n), rng.uniform(0, c.height(), n)]
                drag(c, [tuple(p) for p in pts])
            elif kind == 1:  # a click somewhere on the network view (titles, cells, scores)
                at = QPoint(int(rng.uniform(0, view.width())), int(rng.uniform(0, view.height())))
                qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at)
            elif kind == 2:  # the wheel over the network view
                at = QPointF(rng.uniform(0, view.width()), rng.uniform(0, view.height()))
                ev = QWheelEvent(at, view.mapToGlobal(at), QPoint(), QPoint(0, int(
                    rng.choice([-120, 120]))), Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
                QApplication.sendEvent(view, ev)
            else:  # a key, to the window or to the network view
                key, mods = KEYS[int(rng.integers(len(KEYS)))]
                qtbot.keyClick(window if rng.random() < 0.7 else window.activations, key, mods)
            if i % 25 == 0:
                QApplication.processEvents()
                assert not [w for w in QApplication.topLevelWidgets()
                            if isinstance(w, QDialog) and w.isModal() and w.isVisible()]
        window.training.stop()
        window.inside.lab.stop()
        qtbot.waitUntil(lambda: not window.training.is_running()
                        and not window.inside.lab.is_running(), timeout=30000)
    finally:
        sys.excepthook = hook
    import traceback
    assert not errors, "".join(traceback.format_exception(*errors[0]))
    window.session.drawing.clear()
    drag(c, [(c.width() / 2, 40 + i * 5) for i in range(50)])
    assert window.refresh().digit is not None  # it still reads
