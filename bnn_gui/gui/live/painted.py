"""Small widgets the live path updates every frame, painted directly and opaque: setting their
content repaints only themselves, never the widgets behind them, and never asks the window for
a new layout (a QLabel whose text changes does both)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget
from bnn_gui.gui.language import number


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
            self.setToolTip(text.replace("\n", " "))
            self.update()

    def set_colour(self, colour: str) -> None:
        if QColor(colour) != self.colour:
            self.colour = QColor(colour)
            self.update()

    def paint_content(self, p: QPainter) -> None:
        """Each line centred on its own; one too long for the width ends in "…" (the whole
        text is in the tooltip), never wrapped into the line below."""
        p.setPen(self.colour)
        lines = self._text.split("\n")
        line_h = self.fontMetrics().height()
        top = (self.height() - line_h * len(lines)) / 2
        width = self.width() - 4
        for i, line in enumerate(lines):
            shown = self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, width)
            p.drawText(QRectF(2, top + i * line_h, width, line_h), Qt.AlignmentFlag.AlignCenter,
                       shown)


def paint_score_bars(p: QPainter, room: QRectF, scores, answer, text_x: float,
                     text_w: float, line: float) -> None:
    """Ten scores as bars about zero in ``room`` (digit labels on the left), the answer's bar
    in orange, and under the bars the answer and its lead over the runner-up."""
    import numpy as np

    h = room.height() / 10
    mid = room.left() + 18 + (room.width() - 18) / 2
    half = (room.width() - 18) / 2 - 2
    s = None if scores is None else np.asarray(scores, float)
    peak = max(float(np.abs(s).max()), 1e-9) if s is not None else 1.0
    for d in range(10):
        y = room.top() + d * h
        p.setPen(QColor("#dddddd"))
        p.drawText(QRectF(room.left(), y, 16, h), Qt.AlignmentFlag.AlignCenter, str(d))
        p.fillRect(QRectF(mid - half, y + 2, 2 * half, h - 4), QColor("#2c2c2c"))
        if s is not None:
            w = half * s[d] / peak
            colour = QColor("#ff8c00" if d == answer else "#6a8fd0")
            p.fillRect(QRectF(min(mid, mid + w), y + 2, abs(w), h - 4), colour)
    p.fillRect(QRectF(mid - 0.5, room.top(), 1, room.height()), QColor("#8a8a8a"))
    if s is not None and answer is not None:
        margin = s[answer] - np.delete(s, answer).max()
        lead = f"{margin:g}" if float(margin).is_integer() else number(margin, 2)
        p.setPen(QColor("#ff8c00"))
        p.drawText(QRectF(text_x, room.bottom() + 2, text_w, 2 * line - 2),
                   Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,  # 2 lines if narrow
                   QCoreApplication.translate("ScoreBars", "answer {0}, ahead by {1}")
                   .format(answer, lead))


class ScoreBars(OpaqueWidget):
    """The output layer's ten scores as bars (``paint_score_bars``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scores, self.answer = None, None
        self.setMinimumSize(160, 120)

    def set_scores(self, scores, answer) -> None:
        self.scores, self.answer = scores, answer
        self.update()

    def paint_content(self, p: QPainter) -> None:
        line = self.fontMetrics().height()
        room = QRectF(self.rect()).adjusted(4, 4, -4, -2 * line)
        paint_score_bars(p, room, self.scores, self.answer, 4, self.width() - 8, line)


def wrap_elided(metrics: QFontMetricsF, text: str, width: float, lines: int) -> list[str]:
    """``text`` wrapped at spaces into at most ``lines`` lines of ``width`` pixels, the last
    one ending in "…" when the text does not fit (never cut silently)."""
    words, out, line = text.split(), [], ""
    for i, word in enumerate(words):
        trial = f"{line} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not line:
            line = trial
            continue
        if len(out) == lines - 1:  # the last line: the rest, elided
            line = " ".join([line] + words[i:])
            break
        out.append(line)
        line = word
    if line:
        out.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return out
