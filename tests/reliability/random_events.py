"""Random input for the window: one seeded random event at a time (a stroke, a click or a
wheel turn on the network view, a key or shortcut), used by the suite's bounded test and by
``benchmarks/random_input_soak.py`` (tens of thousands under a real X server)."""

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from gui_mouse import drag

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



def random_event(window, rng: np.random.Generator) -> None:
    c, view = window.canvas, window.activations.picture
    kind = rng.integers(5)
    if kind == 0:  # a stroke on the canvas
        n = int(rng.integers(2, 12))
        pts = np.c_[rng.uniform(0, c.width(), n), rng.uniform(0, c.height(), n)]
        drag(c, [tuple(p) for p in pts])
    elif kind == 1:  # a click somewhere on the network view (titles, cells, scores)
        at = QPoint(int(rng.uniform(0, view.width())), int(rng.uniform(0, view.height())))
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    elif kind == 2:  # the wheel over the network view
        at = QPointF(rng.uniform(0, view.width()), rng.uniform(0, view.height()))
        ev = QWheelEvent(at, view.mapToGlobal(at), QPoint(), QPoint(0, int(
            rng.choice([-120, 120]))), Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view, ev)
    else:  # a key, to the window or to the network view
        key, mods = KEYS[int(rng.integers(len(KEYS)))]
        QTest.keyClick(window if rng.random() < 0.7 else window.activations, key, mods)


def open_modal_dialogs() -> list:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isModal() and w.isVisible()]


def dialog_patches(shown: list) -> list[tuple[object, str, object]]:
    """(object, name, replacement): file dialogs answer "cancel", message boxes are recorded
    in ``shown`` and questions answered "No", so that nothing random input opens can block."""
    patches = [(QFileDialog, "getOpenFileName", lambda *a, **k: ("", "")),
               (QFileDialog, "getSaveFileName", lambda *a, **k: ("", "")),
               (QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)]
    return patches + [(QMessageBox, kind, lambda *a, **k: shown.append(a[1:3]))
                      for kind in ("warning", "information", "critical", "about")]
