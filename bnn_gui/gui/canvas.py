"""The drawing widget: strokes kept as vectors, brush, stroke eraser, undo/redo, clear.

The canvas holds either strokes or one loaded image (an MNIST digit, a picture); drawing on a
loaded image starts a new drawing. Every change is one undoable step. White ink on black, as
MNIST.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.preprocess import BRUSH, preprocess_image, preprocess_strokes

DEFAULT_BRUSH = 18  # pen width on screen, in pixels
INK, PAPER = QColor("#f4f4f4"), QColor("#101010")


class DrawingCanvas(QWidget):
    changed = Signal()  # the drawing changed (also continuously while a stroke is drawn)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip("Draw a digit. Right button or the eraser removes strokes.")
        self.strokes: list[list[tuple[float, float]]] = []
        self.image: np.ndarray | None = None  # a loaded image (ink in [0, 1]) instead of strokes
        self.brush_size = DEFAULT_BRUSH
        self.eraser = False
        self._drawing: list[tuple[float, float]] | None = None
        self._erasing = False
        self._undo: list[tuple] = []
        self._redo: list[tuple] = []
        self._qimage: QImage | None = None
        self.revision = 0  # counts changes: tells one drawing from the next
        self.changed.connect(self._on_changed)

    def _on_changed(self) -> None:
        self.revision += 1

    # --- state and history -----------------------------------------------------------------
    def _state(self) -> tuple:
        return ([list(s) for s in self.strokes], self.image)

    def _push_undo(self) -> None:
        self._undo.append(self._state())
        self._redo.clear()

    def _restore(self, state) -> None:
        self.strokes, self.image = [list(s) for s in state[0]], state[1]
        self._qimage = None
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        if self._undo:
            self._redo.append(self._state())
            self._restore(self._undo.pop())

    def redo(self) -> None:
        if self._redo:
            self._undo.append(self._state())
            self._restore(self._redo.pop())

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def clear(self) -> None:
        if self.strokes or self.image is not None:
            self._push_undo()
            self._restore(([], None))

    def set_image(self, ink: np.ndarray) -> None:
        """Show an image (ink in [0, 1] on 0) as the drawing; undoable."""
        self._push_undo()
        self._restore(([], np.asarray(ink, np.float32)))

    def set_strokes(self, strokes) -> None:
        self._push_undo()
        self._restore(([[(float(x), float(y)) for x, y in s] for s in strokes], None))

    def as_sample(self, label: int):
        """The drawing as a personal-set Sample with the right ``label`` (None when blank)."""
        from ..core.personal import Sample

        if self.image is not None:
            x = self.input28()
            return None if x is None else Sample(label, pixels=np.rint(x * 255).astype(np.uint8))
        if not self.strokes:
            return None
        return Sample(label, [list(s) for s in self.strokes], self.relative_brush(),
                      self._min_extent())

    def show_sample(self, sample) -> None:
        """Put a personal-set sample on the canvas (undoable): a drawing is fitted into view."""
        if sample.pixels is not None:
            self.set_image(sample.pixels.astype(np.float32) / 255)
            return
        pts = np.concatenate([np.asarray(s, float) for s in sample.strokes])
        lo, hi = pts.min(0), pts.max(0)
        side = min(self.width(), self.height())
        scale = 0.7 * side / max(float((hi - lo).max()), 1e-9)
        centre = np.array([self.width(), self.height()]) / 2
        self.set_strokes([(np.asarray(s, float) - (lo + hi) / 2) * scale + centre
                          for s in sample.strokes])

    def _min_extent(self) -> float:
        return 0.05 * min(self.width(), self.height())

    def is_blank(self) -> bool:
        return not self.strokes and self._drawing is None and self.image is None

    def input28(self) -> np.ndarray | None:
        """The MNIST-like 28x28 the network reads, made exactly as the scripting API makes it."""
        if self.image is not None:
            return preprocess_image(self.image)
        strokes = self.strokes + ([self._drawing] if self._drawing else [])
        if not strokes:
            return None
        return preprocess_strokes(strokes, self.relative_brush(), min_extent=self._min_extent())

    def relative_brush(self) -> float:
        """The network's brush as a share of the drawing's size, scaled by the brush setting."""
        return BRUSH * self.brush_size / DEFAULT_BRUSH

    # --- input -----------------------------------------------------------------------------
    def _start(self, pos: QPointF, erase: bool) -> None:
        if erase:
            self._erasing = True
            self._push_undo()
            self._erase_at(pos)
            return
        self._push_undo()
        if self.image is not None:  # drawing on a loaded image starts a new drawing
            self.image, self._qimage = None, None
        self._drawing = [(pos.x(), pos.y())]
        self.update()
        self.changed.emit()

    def _move(self, pos: QPointF) -> None:
        if self._erasing:
            self._erase_at(pos)
        elif self._drawing is not None:
            last = self._drawing[-1]
            if abs(pos.x() - last[0]) + abs(pos.y() - last[1]) >= 1.0:
                self._drawing.append((pos.x(), pos.y()))
                r = self.brush_size
                self.update(QRectF(QPointF(*last), pos).normalized()
                            .adjusted(-r, -r, r, r).toAlignedRect())
                self.changed.emit()

    def _end(self) -> None:
        if self._drawing is not None:
            self.strokes.append(self._drawing)
            self._drawing = None
            self.changed.emit()
        if self._erasing:
            self._erasing = False
            if self._undo and self._undo[-1][0] == self.strokes:  # erased nothing
                self._undo.pop()

    def _erase_at(self, pos: QPointF) -> None:
        r2 = (self.brush_size * 0.75) ** 2
        keep = [s for s in self.strokes
                if min((x - pos.x()) ** 2 + (y - pos.y()) ** 2 for x, y in s) > r2]
        if len(keep) != len(self.strokes):
            self.strokes = keep
            self.update()
            self.changed.emit()

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

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, e):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), PAPER)
        if self.image is not None:
            self._paint_image(p)
        pen = QPen(INK, self.brush_size, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        for stroke in self.strokes + ([self._drawing] if self._drawing else []):
            path = QPainterPath(QPointF(*stroke[0]))
            for x, y in stroke[1:]:
                path.lineTo(x, y)
            if len(stroke) == 1:
                path.lineTo(stroke[0][0] + 0.01, stroke[0][1])
            p.drawPath(path)
        if self.is_blank():
            p.setPen(QColor("#777"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "draw a digit here")
        p.end()

    def _paint_image(self, p: QPainter) -> None:
        if self._qimage is None:
            a = np.ascontiguousarray((self.image * 255).clip(0, 255).astype(np.uint8))
            self._qimage = QImage(a.data, a.shape[1], a.shape[0], a.shape[1],
                                  QImage.Format.Format_Grayscale8).copy()
        h, w = self._qimage.height(), self._qimage.width()
        side = min(self.width(), self.height()) * 0.9
        scale = side / max(h, w)
        target = QRectF(0, 0, w * scale, h * scale)
        target.moveCenter(QRectF(self.rect()).center())
        p.drawImage(target, self._qimage)
