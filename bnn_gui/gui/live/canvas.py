"""The drawing widget: an input device and a view of ``core.drawing.Drawing``, owning nothing.

Pointer events become drawing coordinates: the widget's shorter side spans ``SIDE`` drawing
units about its centre, so resizing the window scales the drawing on screen and never changes
what the network reads. Finished ink is kept in a cached image; a new point draws only its
segment into it and repaints that segment's rectangle. White ink on black, as MNIST.

Over the ink, the 28x28 windows that the chosen unit (solid) and the hovered unit (dotted)
read are outlined where they fall on the drawing (``set_fields``), traced back through the
frame the drawing is read in (``core.drawing.InputFrame``).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from bnn_gui.core.live.drawing import SIDE, Drawing
from bnn_gui.core.live.preprocess import BRUSH

DEFAULT_BRUSH = 18  # pen width on screen, in pixels
SMOOTH_GAP = 12  # screen pixels: moves further apart are joined by a curve, not a chord
INK, PAPER = QColor("#f4f4f4"), QColor("#101010")
FIELD = QColor("#00e5ff")  # the chosen unit's window, as in the network view


class DrawingCanvas(QWidget):
    def __init__(self, drawing: Drawing | None = None, parent=None):
        super().__init__(parent)
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setToolTip(QCoreApplication.translate("DrawingCanvas", "Draw a digit. Right button or the eraser removes strokes."))
        self.drawing = drawing or Drawing()
        self.brush_size = DEFAULT_BRUSH
        self.eraser = False
        self._erasing = False
        self._cache: QImage | None = None  # background and ink, as on screen
        self._fields = (None, None)  # 28x28 (rows, cols) windows: the chosen, the hovered unit
        self._painted = 0  # points of the stroke being drawn already in the cache
        self._pen_cursor = QCursor(Qt.CursorShape.CrossCursor)
        self._eraser_cursor = QCursor(_eraser_pixmap(), 8, 8)
        self.setCursor(self._pen_cursor)
        self.drawing.subscribe(self._on_drawing_changed)

    # --- what tests and the window use -------------------------------------------------------
    @property
    def strokes(self):
        return self.drawing.strokes

    @strokes.setter
    def strokes(self, strokes) -> None:
        self.drawing.set_strokes(strokes)

    @property
    def image(self):
        return self.drawing.image

    @property
    def revision(self) -> int:
        return self.drawing.revision

    def input28(self):
        return self.drawing.input28()

    def clear(self) -> None:
        self.drawing.clear()

    def undo(self) -> None:
        self.drawing.undo()

    def redo(self) -> None:
        self.drawing.redo()

    def set_eraser(self, on: bool) -> None:
        self.eraser = on
        self.setCursor(self._eraser_cursor if on else self._pen_cursor)

    def set_brush_size(self, size: int) -> None:
        """The pen on screen, and in proportion the brush the network's input is drawn with."""
        self.brush_size = size
        self.drawing.set_brush(BRUSH * size / DEFAULT_BRUSH)

    def set_fields(self, chosen, hovered) -> None:
        """Outline the 28x28 windows ((rows, cols), half-open, or None) that the chosen and
        the hovered unit read."""
        if (chosen, hovered) != self._fields:
            self._fields = (chosen, hovered)
            self.update()

    def field_rect(self, rows, cols) -> QRectF | None:
        """Where the 28x28 window rows x cols falls on the canvas (None: blank drawing)."""
        frame = self.drawing.input_frame()
        if frame is None:
            return None
        (r0, r1), (c0, c1) = rows, cols
        (x0, y0), (x1, y1) = frame.from28(r0, c0), frame.from28(r1, c1)
        if frame.raster is None:  # a picture: its pixels as painted
            t = self._picture_target(frame.shape)
            k = t.width() / frame.shape[1]
            return QRectF(t.left() + x0 * k, t.top() + y0 * k, (x1 - x0) * k, (y1 - y0) * k)
        return QRectF(self.to_widget(x0, y0), self.to_widget(x1, y1))

    # --- coordinates -------------------------------------------------------------------------
    def _scale(self) -> float:
        return SIDE / max(1, min(self.width(), self.height()))  # drawing units per pixel

    def to_drawing(self, p: QPointF) -> tuple[float, float]:
        # to 0.01 units, as the personal set keeps points: a kept drawing reads exactly as it
        # did live
        s = self._scale()
        return (round((p.x() - self.width() / 2) * s + SIDE / 2, 2),
                round((p.y() - self.height() / 2) * s + SIDE / 2, 2))

    def to_widget(self, x: float, y: float) -> QPointF:
        s = self._scale()
        return QPointF((x - SIDE / 2) / s + self.width() / 2, (y - SIDE / 2) / s + self.height() / 2)

    # --- input -------------------------------------------------------------------------------
    def _start(self, pos: QPointF, erase: bool) -> None:
        if erase:
            self._erasing = True
            self.drawing.begin_erase()
            self._erase_at(pos)
        else:
            self.drawing.begin_stroke(*self.to_drawing(pos))

    def _move(self, pos: QPointF) -> None:
        if self._erasing:
            self._erase_at(pos)
        else:  # points closer than a screen pixel add nothing; a gap of more than 12 screen
            # pixels (a busy machine's sparse moves) is joined by a smooth curve
            self.drawing.extend_stroke(*self.to_drawing(pos), min_step=self._scale(),
                                       max_gap=SMOOTH_GAP * self._scale())

    def _end(self) -> None:
        self.drawing.end_stroke()
        if self._erasing:
            self._erasing = False
            self.drawing.end_erase()

    def _erase_at(self, pos: QPointF) -> None:
        self.drawing.erase_at(*self.to_drawing(pos), radius=self.brush_size * 0.75 * self._scale())

    def mousePressEvent(self, e):
        if e.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self._start(e.position(), self.eraser or e.button() == Qt.MouseButton.RightButton)

    def mouseMoveEvent(self, e):
        self._move(e.position())

    def mouseReleaseEvent(self, e):
        self._end()

    def tabletEvent(self, e):
        kind = e.type()
        if kind == e.Type.TabletPress:
            self._start(e.position(), self.eraser or e.pointerType() == e.pointerType().Eraser)
        elif kind == e.Type.TabletMove:
            self._move(e.position())
        elif kind == e.Type.TabletRelease:
            self._end()
        e.accept()

    # --- painting ----------------------------------------------------------------------------
    def _on_drawing_changed(self, kind: str) -> None:
        stroke = self.drawing.active
        if kind != "point" or self._cache is None or not stroke:
            self._cache = None
            self._painted = 0
            self.update()
            return
        # new points: draw their segments (or the first dot) into the cache, repaint around
        # them (a gap joined by a curve adds several points at once)
        start = max(min(self._painted, len(stroke)) - 1, 0)
        pts = [self.to_widget(*q) for q in stroke[start:]]
        p = QPainter(self._cache)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(self._pen())
        if len(pts) == 1:
            p.drawLine(pts[0], pts[0] + QPointF(0.01, 0))
        else:
            path = QPainterPath(pts[0])
            for q in pts[1:]:
                path.lineTo(q)
            p.drawPath(path)
        p.end()
        self._painted = len(stroke)
        if (len(stroke) == 1 and len(self.drawing.all_strokes()) == 1) or any(self._fields):
            self.update()  # the first ink (the hint goes), or outlines that follow the frame
            return
        r = self.brush_size
        box = QRectF(pts[0], pts[0])
        for q in pts[1:]:
            box = box.united(QRectF(q, q))
        self.update(box.adjusted(-r, -r, r, r).toAlignedRect())

    def _pen(self) -> QPen:
        return QPen(INK, self.brush_size, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin)

    def resizeEvent(self, e):
        self._cache = None
        super().resizeEvent(e)

    def paintEvent(self, e):
        if self._cache is None:
            self._cache = self._render()
            self._painted = len(self.drawing.active or [])
        p = QPainter(self)
        p.drawImage(QRectF(e.rect()), self._cache, _device_rect(e.rect(), self._cache))
        if self.drawing.is_blank():
            p.setPen(QColor("#777"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("draw a digit here"))
        self._paint_fields(p)
        p.end()

    def _paint_fields(self, p: QPainter) -> None:
        for field, style in zip(self._fields, (Qt.PenStyle.SolidLine, Qt.PenStyle.DotLine)):
            rect = None if field is None else self.field_rect(*field)
            if rect is None:
                continue
            p.setPen(QPen(FIELD, 2.5 if style == Qt.PenStyle.SolidLine else 1.5, style))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)

    def _render(self) -> QImage:
        """The whole drawing as on screen (after a resize, undo, erase, a picture...)."""
        dpr = self.devicePixelRatioF()
        img = QImage(int(self.width() * dpr), int(self.height() * dpr),
                     QImage.Format.Format_RGB32)
        img.setDevicePixelRatio(dpr)
        img.fill(PAPER)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.drawing.image is not None:
            self._paint_picture(p, self.drawing.image)
        p.setPen(self._pen())
        for stroke in self.drawing.all_strokes():
            path = QPainterPath(self.to_widget(*stroke[0]))
            for x, y in stroke[1:]:
                path.lineTo(self.to_widget(x, y))
            if len(stroke) == 1:
                path.lineTo(self.to_widget(*stroke[0]) + QPointF(0.01, 0))
            p.drawPath(path)
        p.end()
        return img

    def _paint_picture(self, p: QPainter, ink: np.ndarray) -> None:
        a = np.ascontiguousarray((ink * 255).clip(0, 255).astype(np.uint8))
        q = QImage(a.data, a.shape[1], a.shape[0], a.shape[1], QImage.Format.Format_Grayscale8)
        p.drawImage(self._picture_target(a.shape), q)

    def _picture_target(self, shape) -> QRectF:
        """Where a loaded picture of ``shape`` (rows, cols) is painted: centred, 90%."""
        h, w = shape
        scale = min(self.width(), self.height()) * 0.9 / max(h, w)
        target = QRectF(0, 0, w * scale, h * scale)
        target.moveCenter(QRectF(self.rect()).center())
        return target


def _device_rect(r, image: QImage) -> QRectF:
    dpr = image.devicePixelRatio()
    return QRectF(r.x() * dpr, r.y() * dpr, r.width() * dpr, r.height() * dpr)


def _eraser_pixmap() -> QPixmap:
    """A hollow ring: the eraser's cursor, plainly not the pen's cross."""
    pm = QPixmap(17, 17)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#ff8c00"), 2))
    p.drawEllipse(QRectF(2, 2, 13, 13))
    p.end()
    return pm
