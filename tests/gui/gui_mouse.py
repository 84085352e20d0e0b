"""Real mouse events for the GUI tests."""

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication


def drag(widget, points):
    """Draw one stroke with real mouse press / move / release events."""
    def send(kind, p, button, buttons):
        ev = QMouseEvent(kind, QPointF(*p), widget.mapToGlobal(QPointF(*p)), button, buttons,
                         Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, ev)

    left = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, points[0], left, left)
    for p in points[1:]:
        send(QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, left)
    send(QEvent.Type.MouseButtonRelease, points[-1], left, Qt.MouseButton.NoButton)


def ellipse(cx, cy, rx, ry, n=60):
    t = np.linspace(0, 2 * np.pi, n)
    return list(zip(cx + rx * np.cos(t), cy + ry * np.sin(t)))




def open_picture(window, qtbot, path) -> bool:
    """Open a picture file as the window does (read in the background) and wait for the
    outcome: True when it is on the canvas, False when it was refused with a message."""
    outcome = []
    window.pictures.opened.connect(lambda *_: outcome.append(True))
    window.pictures.refused.connect(lambda *_: outcome.append(False))
    window.open_image(str(path))
    qtbot.waitUntil(lambda: bool(outcome), timeout=60000)
    return outcome[0]
