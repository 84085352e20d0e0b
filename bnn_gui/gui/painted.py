"""Small widgets the live path updates every frame, painted directly and opaque: setting their
content repaints only themselves, never the widgets behind them, and never asks the window for
a new layout (a QLabel whose text changes does both)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class OpaqueWidget(QWidget):
    """Paints its whole rectangle itself (``paint_content`` after the window colour)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, e):
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        self.paint_content(p)
        p.end()

    def paint_content(self, p: QPainter) -> None:
        raise NotImplementedError


class TextLine(OpaqueWidget):
    """One or two lines of centred text of a fixed height; ``setText`` only repaints."""

    def __init__(self, point_size: float = 0, bold: bool = False, lines: int = 1, parent=None):
        super().__init__(parent)
        self._text = ""
        self.colour = QColor("#e6e6e6")
        font = QFont(self.font())
        if point_size:
            font.setPointSizeF(point_size)
        font.setBold(bold)
        self.setFont(font)
        self._height = self.fontMetrics().height() * lines + 4
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self._height)

    def sizeHint(self) -> QSize:
        return QSize(120, self._height)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.update()

    def set_colour(self, colour: str) -> None:
        if QColor(colour) != self.colour:
            self.colour = QColor(colour)
            self.update()

    def paint_content(self, p: QPainter) -> None:
        p.setPen(self.colour)
        p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                   self._text)
