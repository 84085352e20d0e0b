"""What the network sees: the 28x28 input, and its ±1 form when the first layer binarises it."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

SIDE = 112  # 4 screen pixels per input pixel


def _pixmap(img: np.ndarray) -> QPixmap:
    a = np.ascontiguousarray((np.clip(img, 0, 1) * 255).astype(np.uint8))
    q = QImage(a.data, a.shape[1], a.shape[0], a.shape[1], QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(q.copy()).scaled(SIDE, SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.FastTransformation)


class InputView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.image = QLabel()
        self.bits = QLabel()
        for label in (self.image, self.bits):
            label.setFixedSize(SIDE, SIDE)
            label.setStyleSheet("background: #000; border: 1px solid #444")
        self.image.setToolTip("The 28x28 input the network reads: your drawing cropped, fitted to "
                              "20x20 and centred by centre of mass, as MNIST digits are")
        self.bits.setToolTip("The input as the first layer sees it: each pixel as ±1")
        self.bits_caption = QLabel("±1 input")
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel("what the network sees (28x28)"), 0, 0)
        lay.addWidget(self.image, 1, 0)
        lay.addWidget(self.bits_caption, 0, 1)
        lay.addWidget(self.bits, 1, 1)
        self.show_input(None, None)

    def show_reading(self, reading) -> None:
        if reading is None:
            self.show_input(None, None)
        else:
            self.show_input(reading.input, reading.input_bits)

    def show_input(self, image28, bits=None) -> None:
        blank = np.zeros((28, 28))
        self.image.setPixmap(_pixmap(blank if image28 is None else image28))
        self.bits.setVisible(bits is not None)
        self.bits_caption.setVisible(bits is not None)
        if bits is not None:
            self.bits.setPixmap(_pixmap((np.asarray(bits) + 1) / 2))
