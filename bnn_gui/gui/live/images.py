"""Reading picture files (any format Qt reads) into numpy arrays for the preprocessing."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QCoreApplication, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QImageIOHandler, QImageReader, QPixmap

from bnn_gui.core.files import open_regular
from bnn_gui.gui.messages import error_text
from bnn_gui.gui.language import number

IMAGE_FILTER = QT_TRANSLATE_NOOP("images", "Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm *.svg);;All files (*)")
MAX_FILE_BYTES = 100 << 20  # a picture file; a phone photo is a few MB
MAX_IMAGE_SIDE = 2048  # larger pictures are scaled down first: a digit needs no more
MAX_PIXELS = 10000 * 10000  # from the header, before decoding: at most 400 MB, about 1 s here
MAX_VECTOR_BYTES = 1 << 20  # an SVG is drawn at most VECTOR_SIDE wide: its size says little
VECTOR_SIDE = 1024
# Qt refuses to decode pictures over 256 MB; a 10000x10000 photo of a digit is fine (it is
# scaled down at once), so the limit follows MAX_PIXELS while a picture is read, and Qt's own
# is put back after (it is the whole process's).
ALLOCATION_MB = MAX_PIXELS * 4 // 2**20 + 1
_limit_lock = threading.Lock()
_limit_users = [0, 0]  # reads going on, Qt's limit before the first of them


@contextmanager
def allocation_limit(mb: int = ALLOCATION_MB):
    """Qt's picture-decoding limit raised to ``mb`` while the block runs (reads in several
    threads share it: the first sets it, the last puts Qt's back)."""
    with _limit_lock:
        if _limit_users[0] == 0:
            _limit_users[1] = QImageReader.allocationLimit()
            QImageReader.setAllocationLimit(mb)
        _limit_users[0] += 1
    try:
        yield
    finally:
        with _limit_lock:
            _limit_users[0] -= 1
            if _limit_users[0] == 0:
                QImageReader.setAllocationLimit(_limit_users[1])


class ImageError(Exception):
    """A file cannot be read as a picture; the message says why."""


def read_image(path: str) -> np.ndarray:
    """An (H, W, 4) uint8 RGBA array; raises ImageError saying why a file cannot be read.

    Time and memory are bounded before anything is decoded: a regular file of at most
    MAX_FILE_BYTES, a size from the header of at most MAX_PIXELS (a 400 KB PNG can declare
    20000x20000), an SVG drawn at most VECTOR_SIDE wide, a compressed SVG refused (it can
    inflate without bound). Runs in any thread (QImage and QImageReader are reentrant)."""
    try:
        with open_regular(Path(path), MAX_FILE_BYTES,
                          QT_TRANSLATE_NOOP("errors", "a picture")) as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        raise ImageError(error_text(e)) from None
    if data[:2] == b"\x1f\x8b":  # gzip: a compressed SVG (no picture format is bare gzip);
        # refused before Qt sees it: even asking its size inflates it all (a 2 MB file drove
        # memory to 2.2 GB)
        raise ImageError(f"{path}\n" + QCoreApplication.translate("images", "is compressed (a .svgz?), which is not read "
                         "(it can inflate without bound); save it as plain SVG or PNG."))
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    kind = bytes(reader.format().data()).decode("ascii", "replace")
    if not reader.canRead():
        raise ImageError(f"{path}\n" + QCoreApplication.translate("images", "could not be read as an image (PNG, JPEG, BMP, …)."))
    if kind == "svgz":
        raise ImageError(f"{path}\n" + QCoreApplication.translate("images", "is a compressed SVG, which is not read (it can "
                         "inflate without bound); save it as plain SVG or PNG."))
    if kind == "svg" and len(data) > MAX_VECTOR_BYTES:  # before its size: that parses it
        raise ImageError(f"{path}\n" + QCoreApplication.translate("images", "is an SVG of {0} bytes; SVGs up to {1} bytes are "
                         "read (save it as PNG).").format(number(len(data)), number(MAX_VECTOR_BYTES)))
    size = reader.size()
    if kind == "svg":
        reader.setScaledSize(_fit(size, VECTOR_SIDE))
    elif size.isValid() and size.width() * size.height() > MAX_PIXELS:
        raise ImageError(f"{path}\n" + QCoreApplication.translate("images", "is {0} x {1} pixels; pictures up to {2} "
                         "megapixels can be read.").format(size.width(), size.height(),
                                                          MAX_PIXELS // 10**6))
    elif (size.isValid() and max(size.width(), size.height()) > MAX_IMAGE_SIDE
          and reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize)):
        reader.setScaledSize(_fit(size, MAX_IMAGE_SIDE))  # JPEG decodes straight to it
    with allocation_limit():
        img = reader.read()
    if img.isNull():
        raise ImageError(f"{path}\n" + QCoreApplication.translate("images", "could not be read as an image ({0}).")
                         .format(reader.errorString()))
    if max(img.width(), img.height()) > MAX_IMAGE_SIDE:
        img = img.scaled(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    img = img.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
    return rows[:, : img.width() * 4].reshape(img.height(), img.width(), 4).copy()


def _fit(size: QSize, side: int) -> QSize:
    """``size`` scaled to fit ``side`` x ``side`` (a square of that side if unknown)."""
    if not size.isValid() or size.isEmpty():
        return QSize(side, side)
    return size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio)


def thumbnail(img28: np.ndarray, side: int = 56) -> QIcon:
    """A 28x28 digit (uint8 0..255, or float 0..1) as a list icon."""
    a = np.asarray(img28)
    if a.dtype != np.uint8:
        a = np.clip(np.rint(a * 255), 0, 255).astype(np.uint8)
    a = np.ascontiguousarray(a)
    q = QImage(a.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()
    return QIcon(QPixmap.fromImage(q).scaled(side, side))
