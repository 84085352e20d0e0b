"""Reading picture files (any format Qt reads) into numpy arrays for the preprocessing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm);;All files (*)"
MAX_IMAGE_SIDE = 2048  # larger pictures are scaled down first: a digit needs no more
MAX_PIXELS = 20000 * 20000  # larger pictures are refused (decoding one needs > 1.6 GB)


class ImageError(Exception):
    """A file cannot be read as a picture; the message says why."""


def read_image(path: str) -> np.ndarray:
    """An (H, W, 4) uint8 RGBA array; raises ImageError saying why a file cannot be read."""
    p = Path(path)
    if p.is_dir():
        raise ImageError(f"{path}\nis a folder, not a picture.")
    reader = QImageReader(str(path))
    size = reader.size()
    if not reader.canRead():
        raise ImageError(f"{path}\ncould not be read as an image (PNG, JPEG, BMP, …).")
    if size.isValid() and size.width() * size.height() > MAX_PIXELS:
        raise ImageError(f"{path}\nis {size.width()} x {size.height()} pixels; pictures up to "
                         f"{MAX_PIXELS // 10**6} megapixels can be read.")
    # Qt refuses to decode pictures over 256 MB by default; a large photo of a digit is fine
    # (it is scaled down at once below), so the limit follows MAX_PIXELS instead.
    limit = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(max(limit, MAX_PIXELS * 4 // 2**20 + 1))
    try:
        img = reader.read()
    finally:
        QImageReader.setAllocationLimit(limit)
    if img.isNull():
        raise ImageError(f"{path}\ncould not be read as an image ({reader.errorString()}).")
    if max(img.width(), img.height()) > MAX_IMAGE_SIDE:
        img = img.scaled(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    img = img.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
    return rows[:, : img.width() * 4].reshape(img.height(), img.width(), 4).copy()


def thumbnail(img28: np.ndarray, side: int = 56) -> QIcon:
    """A 28x28 digit (uint8 0..255, or float 0..1) as a list icon."""
    a = np.asarray(img28)
    if a.dtype != np.uint8:
        a = np.clip(np.rint(a * 255), 0, 255).astype(np.uint8)
    a = np.ascontiguousarray(a)
    q = QImage(a.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()
    return QIcon(QPixmap.fromImage(q).scaled(side, side))
