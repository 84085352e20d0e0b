"""The "That's wrong" bar under the answer: one click labels the drawing on the canvas (the
window also takes the digit keys) and adds it to the personal set."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget


class TeachBar(QWidget):
    """ "Wrong? It's a: 0 1 2 … 9" — one click labels the drawing."""

    labelled = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QGridLayout(self)  # two rows of five: fits the answer's narrow column
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        wrong = QLabel("Wrong? It's a…")
        wrong.setToolTip("Click the right digit (or type it) to keep your drawing with its "
                         "label in your personal set")
        lay.addWidget(wrong, 0, 0, 1, 5)
        self.buttons = []
        for d in range(10):
            b = QToolButton(text=str(d))
            b.setToolTip(f"Add your drawing to your personal set as a {d} (or press {d})")
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _=False, d=d: self.labelled.emit(d))
            lay.addWidget(b, 1 + d // 5, d % 5)
            self.buttons.append(b)
