"""Reading picture files (any format Qt reads) into numpy arrays for the preprocessing."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm);;All files (*)"
MAX_IMAGE_SIDE = 2048  # larger pictures are scaled down first: a digit needs no more


def read_image(path: str) -> np.ndarray | None:
    """An (H, W, 4) uint8 RGBA array, or None if the file is not a picture Qt can read."""
    img = QImage(path)
    if img.isNull():
        return None
    if max(img.width(), img.height()) > MAX_IMAGE_SIDE:
        img = img.scaled(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    img = img.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
    return rows[:, : img.width() * 4].reshape(img.height(), img.width(), 4).copy()
