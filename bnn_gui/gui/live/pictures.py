"""Labelled pictures (numpy RGB arrays), painted directly: the ±1 maps of every layer, the
inputs, weights and XNOR row of one neuron. A new picture repaints this widget only; cells are
drawn with nearest-neighbour scaling, whole screen pixels per cell where they fit."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from bnn_gui.gui.live.painted import OpaqueWidget

BACKGROUND = QColor("#202020")


def region_edges(mask: np.ndarray) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The unit edges ((x, y) to (x, y), in cells) between pixels of ``mask`` and pixels out
    of it (or the border): the outline of each region."""
    m = np.pad(np.asarray(mask, bool), 1)
    inside = m[1:-1, 1:-1]
    edges = []
    # each side of a cell: the neighbour it faces (row, col step) and its two corners
    for (dr, dc), (a, b) in (((-1, 0), ((0, 0), (1, 0))), ((1, 0), ((0, 1), (1, 1))),
                             ((0, -1), ((0, 0), (0, 1))), ((0, 1), ((1, 0), (1, 1)))):
        out = inside & ~m[1 + dr: m.shape[0] - 1 + dr, 1 + dc: m.shape[1] - 1 + dc]
        for r, c in np.argwhere(out):
            edges.append(((c + a[0], r + a[1]), (c + b[0], r + b[1])))
    return edges


class PictureStrip(OpaqueWidget):
    """Labelled pictures in a column (top to bottom) or a row (left to right)."""

    hovered = Signal(int, int, int)  # layer index, picture row, column (-1, -1, -1: none)
    clicked = Signal(int, int, int)

    def __init__(self, horizontal: bool = False, parent=None):
        super().__init__(parent)
        self.horizontal = horizontal
        self.setMouseTracking(True)
        self.setMinimumSize(160, 160)
        self.labels: list[str] = []
        self.images: list[QImage | None] = []
        # cells outlined in each picture (a number of Inside one neuron hovered: the cells it
        # counts), (rows, cols) bool, or None
        self.highlights: list[np.ndarray | None] = []
        self.shapes: list[tuple[int, int]] = []  # (rows, columns) of each picture
        self._label_h = self.fontMetrics().height() + 2

    def set_layers(self, labels: list[str], shapes: list[tuple[int, int]]) -> None:
        self.labels, self.shapes = labels, shapes
        self.images = [None] * len(shapes)
        self.highlights = [None] * len(shapes)
        self.update()

    def set_image(self, i: int, rgb: np.ndarray) -> None:
        h, w, _ = rgb.shape
        self.images[i] = QImage(np.ascontiguousarray(rgb).data, w, h, 3 * w,
                                QImage.Format.Format_RGB888).copy()

    def clear_image(self, i: int) -> None:
        self.images[i] = None

    def clear_images(self) -> None:
        self.images = [None] * len(self.shapes)
        self.update()

    def cell_rect(self, i: int) -> QRectF:
        """Where picture ``i`` goes: its band, under its label, as large as fits, whole screen
        pixels per cell where at least one fits, centred."""
        band = self.band(i)
        rows, cols = self.shapes[i]
        room_h, room_w = band.height() - self._label_h - 4, band.width() - 8
        scale = min(room_w / cols, room_h / rows)
        if scale >= 1:
            scale = float(int(scale))
        w, h = cols * scale, rows * scale
        top = band.top() + self._label_h + 2
        return QRectF(band.left() + (band.width() - w) / 2, top + (room_h - h) / 2, w, h)

    def band(self, i: int) -> QRectF:
        n = max(1, len(self.shapes))
        if self.horizontal:
            return QRectF(i * self.width() / n, 0, self.width() / n, self.height())
        return QRectF(0, i * self.height() / n, self.width(), self.height() / n)

    def paint_content(self, p: QPainter) -> None:
        p.fillRect(self.rect(), BACKGROUND)
        p.setPen(QColor("#dddddd"))
        for i, label in enumerate(self.labels):
            band = self.band(i)
            p.drawText(QRectF(band.left() + 4, band.top(), band.width() - 8, self._label_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            r = self.cell_rect(i)
            if self.images[i] is None:
                p.fillRect(r, QColor("#2a2a2a"))
            else:
                p.drawImage(r, self.images[i])  # no smooth scaling: every cell stays sharp
                mask = self.highlights[i] if i < len(self.highlights) else None
                if mask is not None and mask.shape == self.shapes[i]:
                    self._paint_highlight(p, r, mask)
            p.setPen(QColor("#dddddd"))

    def set_highlights(self, masks: list | None) -> None:
        """Outline cells of each picture (``masks``: one (rows, cols) bool array or None per
        picture; None: no outlines)."""
        self.highlights = list(masks) if masks is not None else [None] * len(self.shapes)
        self.update()

    def _paint_highlight(self, p: QPainter, r: QRectF, mask: np.ndarray) -> None:
        rows, cols = mask.shape
        sy, sx = r.height() / rows, r.width() / cols
        p.setPen(QPen(QColor("#00e5ff"), 2))
        for (ax, ay), (bx, by) in region_edges(mask):
            p.drawLine(QPointF(r.left() + ax * sx, r.top() + ay * sy),
                       QPointF(r.left() + bx * sx, r.top() + by * sy))

    def pixel_at(self, pos: QPointF) -> tuple[int, int, int] | None:
        for i, (rows, cols) in enumerate(self.shapes):
            r = self.cell_rect(i)
            if r.contains(pos):
                return (i, min(rows - 1, int((pos.y() - r.top()) / r.height() * rows)),
                        min(cols - 1, int((pos.x() - r.left()) / r.width() * cols)))
        return None

    def mouseMoveEvent(self, e):
        hit = self.pixel_at(e.position())
        self.hovered.emit(*(hit or (-1, -1, -1)))

    def leaveEvent(self, e):
        self.hovered.emit(-1, -1, -1)

    def mousePressEvent(self, e):
        if e.button() == Qt.MouseButton.LeftButton and (hit := self.pixel_at(e.position())):
            self.clicked.emit(*hit)
