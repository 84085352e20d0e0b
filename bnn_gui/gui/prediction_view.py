"""The answer: the predicted digit large, its probability, and ten probability bars."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ProbabilityBars(QWidget):
    """Ten horizontal bars, the winner highlighted. Painted directly: cheap to update."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.probabilities = np.zeros(10)
        self.setMinimumSize(180, 200)
        self.setToolTip("The network's probability for each digit (softmax of its scores)")

    def set_probabilities(self, p) -> None:
        self.probabilities = np.asarray(p, dtype=float)
        self.update()

    def paintEvent(self, e):
        p = QPainter(self)
        h = self.height() / 10
        best = int(self.probabilities.argmax()) if self.probabilities.any() else -1
        bar_w = self.width() - 70
        for d in range(10):
            y = d * h
            p.setPen(QColor("#ddd"))
            p.drawText(QRectF(0, y, 18, h), Qt.AlignmentFlag.AlignCenter, str(d))
            p.fillRect(QRectF(22, y + 3, bar_w, h - 6), QColor("#303030"))
            w = bar_w * float(self.probabilities[d])
            p.fillRect(QRectF(22, y + 3, w, h - 6), QColor("#ff8c00" if d == best else "#6a8fd0"))
            p.drawText(QRectF(26 + bar_w, y, 44, h), Qt.AlignmentFlag.AlignVCenter,
                       f"{100 * self.probabilities[d]:.0f}%")
        p.end()


class PredictionView(QWidget):
    """Views the live session's reading; the drawing is consulted for the true label of a
    loaded MNIST digit."""

    def __init__(self, drawing=None, parent=None):
        super().__init__(parent)
        self.drawing = drawing
        self._blank = None  # whether the answer shows "?" (its colour changes only then)
        self.digit = QLabel()
        self.digit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont()
        font.setPointSize(48)
        font.setBold(True)
        self.digit.setFont(font)
        self.digit.setMinimumHeight(80)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.bars = ProbabilityBars()
        lay = QVBoxLayout(self)
        lay.addWidget(self.digit)
        lay.addWidget(self.caption)
        lay.addWidget(self.bars, 1)
        self.show_reading(None)

    def _set_blank(self, blank: bool) -> None:
        if blank != self._blank:  # a style sheet is costly to apply: only when it changes
            self._blank = blank
            self.digit.setStyleSheet("color: #666" if blank else "color: #ff8c00")

    def show_reading(self, reading) -> None:
        if reading is None or reading.digit is None:
            self._set_blank(True)
            self.digit.setText("?")
            self.caption.setText("Draw a digit on the left:\nthe network reads it as you draw.")
            self.bars.set_probabilities(np.zeros(10))
            return
        self._set_blank(False)
        self.digit.setText(str(reading.digit))
        true_label = None if self.drawing is None else self.drawing.label
        text = f"{100 * reading.confidence:.1f}% sure"
        if true_label is not None:
            ok = "✓" if true_label == reading.digit else "✗"
            text += f"\nMNIST test digit, true label {true_label} {ok}"
        self.caption.setText(text)
        self.bars.set_probabilities(reading.probabilities)
