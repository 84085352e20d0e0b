"""What the network sees: the 28x28 input, and its ±1 form when the first layer binarises it.
One opaque painted widget: a new input repaints only it."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from .painted import OpaqueWidget

SIDE = 112  # 4 screen pixels per input pixel


def _qimage(img: np.ndarray) -> QImage:
    a = np.ascontiguousarray((np.clip(img, 0, 1) * 255).astype(np.uint8))
    return QImage(a.data, a.shape[1], a.shape[0], a.shape[1],
                  QImage.Format.Format_Grayscale8).copy()


class InputView(OpaqueWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._image = _qimage(np.zeros((28, 28)))
        self._bits: QImage | None = None
        self._caption_h = self.fontMetrics().height() + 4
        self.setFixedHeight(self._caption_h + SIDE + 2)
        self.setMinimumWidth(2 * SIDE + 16)
        self.setToolTip("Left: the 28x28 input the network reads: your drawing cropped, fitted "
                        "to 20x20 and centred by centre of mass, as MNIST digits are. Right "
                        "(when the first layer binarises its input): each pixel as ±1.")

    def sizeHint(self) -> QSize:
        return QSize(2 * SIDE + 16, self._caption_h + SIDE + 2)

    def show_reading(self, reading) -> None:
        if reading is None:
            self.show_input(None, None)
        else:
            self.show_input(reading.input, reading.input_bits)

    def show_input(self, image28, bits=None) -> None:
        self._image = _qimage(np.zeros((28, 28)) if image28 is None else image28)
        self._bits = None if bits is None else _qimage((np.asarray(bits) + 1) / 2)
        self.update()

    def paint_content(self, p: QPainter) -> None:
        y = self._caption_h
        p.setPen(QColor("#e6e6e6"))
        caption = "network input, 28x28" if self._bits is not None else \
            "what the network sees (28x28)"
        p.drawText(QRectF(0, 0, self.width(), y), Qt.AlignmentFlag.AlignVCenter, caption)
        self._draw(p, self._image, QRect(0, y, SIDE + 2, SIDE + 2))
        if self._bits is not None:
            p.drawText(QRectF(SIDE + 14, 0, SIDE, y), Qt.AlignmentFlag.AlignVCenter |
                       Qt.AlignmentFlag.AlignRight, "as ±1")
            self._draw(p, self._bits, QRect(SIDE + 14, y, SIDE + 2, SIDE + 2))

    @staticmethod
    def _draw(p: QPainter, image: QImage, frame: QRect) -> None:
        p.setPen(QColor("#444"))
        p.drawRect(frame.adjusted(0, 0, -1, -1))
        p.drawImage(QRect(frame.x() + 1, frame.y() + 1, SIDE, SIDE), image)  # nearest: no smoothing
