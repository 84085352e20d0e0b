"""The answer: the predicted digit large, its probability, and ten probability bars."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap, QStaticText
from PySide6.QtWidgets import QVBoxLayout, QWidget

from bnn_gui.gui.live.painted import OpaqueWidget, TextLine
from bnn_gui.gui.language import number


class ProbabilityBars(OpaqueWidget):
    """Ten horizontal bars, the winner highlighted. Painted directly: what does not change
    (digits, empty tracks) is kept in a picture made once per size, and the percentages are
    pre-laid-out texts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.probabilities = np.zeros(10)
        # 10 px a bar: the answer's column never holds the docks below it down (Inside one
        # neuron needs the room at 1366x768); 150 wide: within the column's 192 px there (at
        # 180 the percentages ran past its edge)
        self.setMinimumSize(150, 100)
        self.setToolTip(QCoreApplication.translate("ProbabilityBars", "The network's probability for each digit (softmax of its scores)"))
        self._back: QPixmap | None = None
        self._percent = [QStaticText(f"{i}%") for i in range(101)]

    def set_probabilities(self, p) -> None:
        self.probabilities = np.asarray(p, dtype=float)
        self.update()

    def _bar_width(self) -> float:
        """The bars leave room for the digit on the left and "100%" on the right, in the
        type in use (larger in presenter mode)."""
        return self.width() - 30 - self.fontMetrics().horizontalAdvance("100%")

    def resizeEvent(self, e):
        self._back = None
        super().resizeEvent(e)

    def changeEvent(self, e):
        if e.type() == e.Type.FontChange:
            self._back = None
            self._percent = [QStaticText(f"{i}%") for i in range(101)]
        super().changeEvent(e)

    def _text_font(self) -> QFont:
        """The widget's font, or a smaller one where a bar is lower than a line of it (a
        short column): the digits and percentages never overlap."""
        font = QFont(self.font())
        h = self.height() / 10
        if QFontMetricsF(font).height() > h:
            font.setPixelSize(max(7, int(h)))
        return font

    def _background(self) -> QPixmap:
        pm = QPixmap(self.size() * self.devicePixelRatioF())
        pm.setDevicePixelRatio(self.devicePixelRatioF())
        pm.fill(self.palette().window().color())
        p = QPainter(pm)
        p.setFont(self._text_font())
        h, bar_w = self.height() / 10, self._bar_width()
        p.setPen(QColor("#ddd"))
        for d in range(10):
            p.drawText(QRectF(0, d * h, 18, h), Qt.AlignmentFlag.AlignCenter, str(d))
            p.fillRect(QRectF(22, d * h + 3, bar_w, h - 6), QColor("#303030"))
        p.end()
        return pm

    def paintEvent(self, e):  # the picture covers every pixel: no fill first
        p = QPainter(self)
        self.paint_content(p)
        p.end()

    def paint_content(self, p: QPainter) -> None:
        if self._back is None:
            self._back = self._background()
        p.drawPixmap(0, 0, self._back)
        h, bar_w = self.height() / 10, self._bar_width()
        best = int(self.probabilities.argmax()) if self.probabilities.any() else -1
        font = self._text_font()
        small = font.pixelSize() > 0  # smaller than the widget's: no pre-laid-out texts
        p.setFont(font)
        text_y = (h - p.fontMetrics().height()) / 2
        p.setPen(QColor("#ddd"))
        for d in range(10):
            y = d * h
            w = bar_w * float(self.probabilities[d])
            p.fillRect(QRectF(22, y + 3, w, h - 6), QColor("#ff8c00" if d == best else "#6a8fd0"))
            percent = int(round(100 * min(max(float(self.probabilities[d]), 0.0), 1.0)))
            if small:
                p.drawText(QRectF(26 + bar_w, y, self.width() - 26 - bar_w, h),
                           Qt.AlignmentFlag.AlignVCenter, f"{percent}%")
            else:
                p.drawStaticText(QPointF(26 + bar_w, y + text_y), self._percent[percent])


class PredictionView(QWidget):
    """Views the live session's reading; the drawing is consulted for the true label of a
    loaded MNIST digit."""

    def __init__(self, drawing=None, parent=None):
        super().__init__(parent)
        self.drawing = drawing
        self.digit = TextLine(point_size=44, bold=True)
        self.caption = TextLine(lines=2)
        self.bars = ProbabilityBars()
        lay = QVBoxLayout(self)
        lay.addWidget(self.digit)
        lay.addWidget(self.caption)
        lay.addWidget(self.bars, 1)
        self.show_reading(None)

    def show_reading(self, reading) -> None:
        if reading is None or reading.digit is None:
            self.digit.set_colour("#666")
            self.digit.setText("?")
            self.caption.setText(QCoreApplication.translate("PredictionView", "Draw a digit:\nit is read as you draw."))
            self.bars.set_probabilities(np.zeros(10))
            return
        self.digit.set_colour("#ff8c00")
        self.digit.setText(str(reading.digit))
        true_label = None if self.drawing is None else self.drawing.label
        text = self.tr("{0}% sure").format(number(100 * reading.confidence, 1))
        if true_label is not None:
            ok = "✓" if true_label == reading.digit else "✗"
            text += "\n" + self.tr("MNIST's label: {0} {1}").format(true_label, ok)
        self.caption.setText(text)
        self.bars.set_probabilities(reading.probabilities)
