"""Opening a picture file onto the drawing, off the GUI thread.

A picture can take a second to decode (a 10000x10000 PNG), so it is read by the background
helper while the window keeps drawing. If the drawing changes before the picture is ready (the
person draws, clears with Delete, loads a digit), the picture is dropped: the newer intent wins.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from bnn_gui.gui.background import Background
from bnn_gui.gui.live.images import ImageError, read_image


class PictureOpener(QObject):
    opened = Signal(str)  # the path, once its picture is on the drawing
    refused = Signal(str, str)  # a title and a one-paragraph reason; the drawing is unchanged

    def __init__(self, drawing, parent=None):
        super().__init__(parent)
        self.drawing = drawing
        self.path: str | None = None
        self._revision = -1
        self.background = Background(self)
        self.background.done.connect(self._on_done)
        self.background.failed.connect(self._on_failed)

    def open(self, path: str) -> None:
        """Start reading ``path``; ``opened`` or ``refused`` follows."""
        from bnn_gui.core.live.preprocess import image_to_ink

        self.path, self._revision = str(path), self.drawing.revision
        self.background.call(lambda stop: image_to_ink(read_image(str(path))))

    def busy(self) -> bool:
        return self.background.busy()

    def cancel(self) -> None:
        self.background.cancel()

    def wait(self, wait_ms: int) -> bool:
        return self.background.wait(wait_ms)

    def _on_done(self, ink) -> None:
        if self.drawing.revision != self._revision:
            return  # drawn over while the picture was read: the drawing wins
        if ink.max() <= 0:
            self.refused.emit("No digit in the picture",
                              f"{self.path}\nis all one colour: there is no ink to read.\n"
                              "Your drawing is unchanged.")
            return
        self.drawing.set_image(ink)
        self.opened.emit(self.path)

    def _on_failed(self, error) -> None:
        if isinstance(error, ImageError):
            text = str(error)
        elif isinstance(error, MemoryError):
            text = f"{self.path}\n" + QCoreApplication.translate("PictureOpener", "needs more memory than there is to decode.")
        else:  # a decoder's own failure: named, never a traceback
            text = f"{self.path}\n" + QCoreApplication.translate("PictureOpener", "could not be read as an image ({0}).").format(
                f"{type(error).__name__}: {error}")
        self.refused.emit(QCoreApplication.translate("PictureOpener", "Not an image"),
                          f"{text}\n" + QCoreApplication.translate("PictureOpener", "Your drawing is unchanged."))
