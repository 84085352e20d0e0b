"""The network drawn as it computes: the input, every hidden layer's map, the ten output scores,
in bands left to right (top to bottom when the view is taller than wide), painted directly.

A band's share of the room follows what its picture needs to stay legible (3 screen pixels per
conv cell, 4 per dense unit), so the overview gives every layer cells it can show at a laptop's
size. One band can be focused: it then fills the view, zooms with the wheel, pans by dragging.
This widget only paints and reports where the pointer is; ``network_view.NetworkView`` decides
what the pictures are.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QStaticText,
                           QTransform)

from bnn_gui.gui.live.painted import OpaqueWidget, paint_score_bars, wrap_elided

BACKGROUND = QColor("#202020")
TEXT, DIM = QColor("#dddddd"), QColor("#8a8a8a")
TAIL = 130  # width of the output scores band
LABEL_LINES = 5  # the name, then (smaller) what it holds, how it computes (2), its flips


@dataclass
class Band:
    title: str  # first line, bold
    subtitle: str  # the lines under it, smaller, wrapped
    shape: tuple[int, int]  # (rows, columns) of the picture
    cell: int  # screen pixels per cell it needs to stay legible
    image: QImage | None = None


@dataclass
class Outline:
    """Rectangles drawn over band ``band``'s picture, in its cells: (row, col, rows, cols)."""

    band: int
    cells: list[tuple[int, int, int, int]]
    strong: bool  # the chosen unit (strong) or the hovered one (light)
    unit: bool  # the unit itself (filled corners) rather than the window it reads


CHOSEN, HOVERED = QColor("#00e5ff"), QColor(0, 229, 255, 120)


class NetworkPicture(OpaqueWidget):
    resized = Signal()
    hovered = Signal(int, int, int)  # band, picture row, column (-1, -1, -1: nothing;
    #                                  row -2: the band's title)
    clicked = Signal(int, int, int)  # a picture's cell
    title_clicked = Signal(int)  # a band's title: focus it (or, focused, go back)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(200, 160)
        self.bands: list[Band] = []
        self.widths: list[float] | None = None  # each band's width, the output band's last
        self.split: int | None = None  # bands in the first of two rows (a narrow view), or None
        self.scores: np.ndarray | None = None  # the output band: ten scores
        self.score_meaning, self.answer = "", None
        self.focus: int | None = None  # the band filling the view
        self.zoom, self.pan = 1.0, QPointF(0, 0)
        self.hint = ""  # shown in the view before the first reading
        self.outlines: list[Outline] = []  # the chosen and hovered units and their windows
        self._fonts()
        self._press: QPointF | None = None
        self._dragged = False

    def _fonts(self) -> None:
        self._wrapped: dict[tuple, list[str]] = {}  # wrap_elided's lines, by (text, width, lines)
        # each label line laid out once (QStaticText keeps its glyphs): the labels are drawn
        # at every stroke, in every network view, and laying text out again each time was
        # a tenth of a paint
        self._static: dict[tuple, QStaticText] = {}
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        self.small = small
        self.bold = QFont(self.font())
        self.bold.setBold(True)
        self._line = self.fontMetrics().height()
        self._drop = {f.bold(): (self._line - QFontMetricsF(f).height()) / 2  # centres a line
                      for f in (self.small, self.bold)}

    def changeEvent(self, e):
        if e.type() == e.Type.FontChange:  # presenter mode: larger type, taller labels
            self._fonts()
            self.resized.emit()
        super().changeEvent(e)

    # --- content -----------------------------------------------------------------------------
    def set_bands(self, bands: list[Band]) -> None:
        self.bands, self.focus = bands, None
        self.zoom, self.pan = 1.0, QPointF(0, 0)
        self.update()

    def set_image(self, i: int, rgb: np.ndarray) -> None:
        h, w, _ = rgb.shape
        b = self.bands[i]
        b.shape = (h, w)
        b.image = QImage(np.ascontiguousarray(rgb).data, w, h, 3 * w,
                         QImage.Format.Format_RGB888).copy()

    def set_scores(self, scores, meaning: str, answer) -> None:
        self.scores = None if scores is None else np.asarray(scores, float)
        self.score_meaning, self.answer = meaning, answer

    def set_focus(self, i: int | None) -> None:
        self.focus = i
        self.zoom, self.pan = 1.0, QPointF(0, 0)
        self.update()

    # --- geometry ----------------------------------------------------------------------------
    def resizeEvent(self, e):
        super().resizeEvent(e)
        self.resized.emit()

    def label_h(self) -> float:
        return self._line * LABEL_LINES + 4

    def band_rects(self) -> list[QRectF]:
        """Each band's rectangle (label and picture), left to right; the output band last."""
        n = len(self.bands)
        if self.focus is not None:
            rects = [QRectF() for _ in range(n)]
            rects[self.focus] = QRectF(self.rect())
            return rects + [QRectF()]
        if self.widths is not None and len(self.widths) == n + 1:
            widths = self.widths
        else:  # no plan yet: shares in proportion to what each picture needs
            need = [b.shape[1] * b.cell + 12 for b in self.bands]
            total = max(1.0, float(sum(need)))
            widths = [(self.width() - TAIL) * k / total for k in need] + [TAIL]
        if self.split and self.widths is not None and 0 < self.split < n:
            half = self.height() / 2  # two rows: the first bands above, the rest below
            return (self._row(widths[: self.split], 0, half)
                    + self._row(widths[self.split:], half, half))
        return self._row(widths, 0, self.height())

    def _row(self, widths: list[float], top: float, height: float) -> list[QRectF]:
        spare = max(0.0, (self.width() - sum(widths)) / len(widths))
        rects, at = [], 0.0
        for w in widths:
            rects.append(QRectF(at, top, w + spare, height))
            at += w + spare
        return rects

    def picture_rect(self, i: int, band: QRectF | None = None) -> QRectF:
        """Where band ``i``'s picture goes: under its label, as large as fits (whole screen
        pixels per cell where at least one fits), centred; zoomed and panned when focused."""
        band = band or self.band_rects()[i]
        rows, cols = self.bands[i].shape
        room = band.adjusted(4, self.label_h(), -4, -4)
        scale = min(room.width() / cols, room.height() / rows)
        if scale >= 3:  # whole screen pixels per cell: every cell the same size
            scale = float(int(scale))
        if self.focus == i:
            scale *= self.zoom
        w, h = cols * scale, rows * scale
        r = QRectF(room.left() + (room.width() - w) / 2, room.top() + (room.height() - h) / 2, w, h)
        return r.translated(self.pan) if self.focus == i else r

    def cell_size(self, i: int) -> float:
        """Screen pixels per cell of band ``i`` as painted now."""
        return self.picture_rect(i).width() / self.bands[i].shape[1]

    # --- painting ----------------------------------------------------------------------------
    def paint_content(self, p: QPainter) -> None:
        p.fillRect(self.rect(), BACKGROUND)
        rects = self.band_rects()
        for i, b in enumerate(self.bands):
            if rects[i].isEmpty():
                continue
            self._paint_label(p, rects[i], b)
            r = self.picture_rect(i, rects[i])
            p.save()
            p.setClipRect(rects[i].adjusted(0, self.label_h(), 0, 0))
            if b.image is None:
                p.fillRect(r, QColor("#2c2c2c"))  # the structure, before any reading
            else:
                p.drawImage(r, b.image)  # no smooth scaling: every cell stays sharp
            p.restore()
        self._paint_outlines(p, rects)
        if self.focus is None and not rects[-1].isEmpty():
            self._paint_scores(p, rects[-1])
        if self.hint:
            p.setPen(DIM)
            p.drawText(QRectF(self.rect()).adjusted(0, 0, 0, -6),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self.hint)

    def _paint_label(self, p: QPainter, band: QRectF, b: Band) -> None:
        """The name (bold), then smaller: what the layer holds (one line), how it computes
        (two lines, wrapped), and how many bits the stroke flipped (one line). A line that
        does not fit ends in "…"; hovering the title shows the whole label."""
        x, w = band.left() + 4, band.width() - 8
        p.setPen(TEXT)
        title = self._lines(b.title, self.bold, w, 1)
        self._draw_line(p, x, band.top(), title[0] if title else "", self.bold)
        parts = (b.subtitle.split("\n") + ["", "", ""])[:3]
        spans = [(parts[0], 1, DIM), (parts[1], 2, DIM), (parts[2], 1, QColor("#ff8c00"))]
        y = band.top() + self._line
        for text, lines, colour in spans:
            p.setPen(colour)
            for k, line in enumerate(self._lines(text, self.small, w, lines)):
                self._draw_line(p, x, y + k * self._line, line, self.small)
            y += self._line * lines

    def _lines(self, text: str, font: QFont, width: float, lines: int) -> list[str]:
        """``text`` wrapped to ``lines`` lines of ``width``, the last ending in "…" if it
        does not fit; Python work, so kept by text, font, width and lines."""
        key = (text, font.bold(), width, lines)
        if key not in self._wrapped:
            if len(self._wrapped) > 256:
                self._wrapped.clear()
            self._wrapped[key] = wrap_elided(QFontMetricsF(font), text, width, lines)
        return self._wrapped[key]

    def _draw_line(self, p: QPainter, x: float, top: float, line: str, font: QFont) -> None:
        """One label line, vertically centred in a line of the view's font."""
        if not line:
            return
        key = (line, font.bold())
        st = self._static.get(key)
        if st is None:
            if len(self._static) > 512:
                self._static.clear()
            st = self._static[key] = QStaticText(line)
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.prepare(QTransform(), font)
        p.setFont(font)
        p.drawStaticText(QPointF(x, top + self._drop[font.bold()]), st)
        p.setFont(self.font())

    def _paint_outlines(self, p: QPainter, rects: list[QRectF]) -> None:
        """The chosen unit boxed in its map, the window it reads outlined in the layer below
        and the input; the hovered unit the same, lighter."""
        for o in self.outlines:
            if o.band >= len(self.bands) or rects[o.band].isEmpty() \
                    or self.bands[o.band].image is None and not o.unit:
                continue
            r = self.picture_rect(o.band, rects[o.band])
            rows, cols = self.bands[o.band].shape
            sy, sx = r.height() / rows, r.width() / cols
            width = (3.0 if o.unit else 2.0) if o.strong else 1.5
            p.save()
            p.setClipRect(rects[o.band].adjusted(0, self.label_h(), 0, 0))
            p.setPen(QPen(CHOSEN if o.strong else HOVERED, width))
            p.setBrush(Qt.BrushStyle.NoBrush)
            grow = width / 2 + (1.5 if o.unit else 0)  # a unit's box sits around its cell
            for y, x, h, w in o.cells:
                p.drawRect(QRectF(r.left() + x * sx - grow, r.top() + y * sy - grow,
                                  w * sx + 2 * grow, h * sy + 2 * grow))
            p.restore()

    def _paint_scores(self, p: QPainter, band: QRectF) -> None:
        """The output layer: ten scores as bars about zero, the answer marked with its margin
        over the runner-up."""
        p.setPen(TEXT)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(band.left() + 4, band.top(), band.width() - 8, self._line),
                   Qt.AlignmentFlag.AlignLeft, self.tr("output scores"))
        # what a score is, in two lines laid out as the layers' labels are (a line of the
        # view's font each): a rectangle two such lines tall clipped the second line of a
        # script whose fallback font is taller (Chinese)
        p.setPen(DIM)
        for k, line in enumerate(self._lines(self.score_meaning, self.small, band.width() - 8, 2)):
            self._draw_line(p, band.left() + 4, band.top() + (1 + k) * self._line, line,
                            self.small)
        p.setFont(self.font())
        room = band.adjusted(4, self.label_h(), -4, -2 * self._line)
        paint_score_bars(p, room, self.scores, self.answer, band.left() + 4, band.width() - 8,
                         self._line)

    # --- pointer -----------------------------------------------------------------------------
    def pixel_at(self, pos: QPointF) -> tuple[int, int, int] | None:
        rects = self.band_rects()
        for i, b in enumerate(self.bands):
            if rects[i].isEmpty() or not rects[i].contains(pos):
                continue
            r = self.picture_rect(i, rects[i])
            if r.contains(pos):
                rows, cols = b.shape
                return (i, min(rows - 1, int((pos.y() - r.top()) / r.height() * rows)),
                        min(cols - 1, int((pos.x() - r.left()) / r.width() * cols)))
        return None

    def title_at(self, pos: QPointF) -> int | None:
        for i, r in enumerate(self.band_rects()[:-1]):
            if not r.isEmpty() and r.contains(pos) and pos.y() - r.top() < self.label_h():
                return i
        return None

    def mouseMoveEvent(self, e):
        if self._press is not None and self.focus is not None:
            delta = e.position() - self._press
            if self._dragged or abs(delta.x()) + abs(delta.y()) > 4:
                self._dragged = True
                self.pan += delta
                self._press = e.position()
                self.update()
                return
        if (t := self.title_at(e.position())) is not None:
            self.hovered.emit(t, -2, -2)
            return
        hit = self.pixel_at(e.position())
        self.hovered.emit(*(hit or (-1, -1, -1)))

    def leaveEvent(self, e):
        self.hovered.emit(-1, -1, -1)

    def mousePressEvent(self, e):
        if e.button() == Qt.MouseButton.LeftButton:
            self._press, self._dragged = e.position(), False

    def mouseReleaseEvent(self, e):
        if e.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        dragged, self._press = self._dragged, None
        if dragged:
            return
        if (t := self.title_at(e.position())) is not None:
            self.title_clicked.emit(t)
        elif hit := self.pixel_at(e.position()):
            self.clicked.emit(*hit)

    def wheelEvent(self, e):
        if self.focus is None:
            return
        factor = 1.25 if e.angleDelta().y() > 0 else 0.8
        new = min(max(self.zoom * factor, 1.0), 40.0)
        # keep the point under the cursor where it is
        r = self.picture_rect(self.focus)
        at = e.position()
        k = new / self.zoom
        self.pan += (at - r.center()) * (1 - k) if new != self.zoom else QPointF(0, 0)
        self.zoom = new
        if self.zoom == 1.0:
            self.pan = QPointF(0, 0)
        self.update()
