"""What goes on the canvas from outside the pen: a picture file (the Open dialog, or dropped on
the window; read in the background by ``PictureOpener``), a lesson file dropped on the window,
and MNIST's test digits (``MnistSource`` finds or fetches MNIST).

A part of ``MainWindow`` (a mixin: it uses the window's session, ``pictures``, ``mnist_source``,
``lessons``, ``say`` and ``refresh``). Its words keep the window's translation context."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bnn_gui.gui.live.images import IMAGE_FILTER
from bnn_gui.gui.messages import safe_text


class CanvasInputs:
    def open_image_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open image"), "",
            QCoreApplication.translate("images", IMAGE_FILTER))
        if path:
            self.open_image(path)

    def open_image(self, path: str) -> None:
        """Read a picture onto the canvas in the background (``pictures.opened`` or
        ``pictures.refused`` follows); a file that is not an image gets a message and the
        drawing stays."""
        self.say(QCoreApplication.translate("MainWindow", "reading {0}…").format(path))
        self.pictures.open(path)

    def _on_picture_opened(self, path: str) -> None:
        frame = self.session.drawing.input_frame()
        if frame is not None and frame.thinned_from is not None:
            from bnn_gui.core.live.stroke_width import TARGET

            self.say(QCoreApplication.translate(
                "MainWindow", "opened {0}: a small picture, enlarged {1}x to fit, so its strokes "
                "({2} px wide) were thinned to {3} px, as MNIST's are")
                     .format(path, f"{frame.placement.scale:.2f}", f"{frame.thinned_from:.1f}",
                             f"{TARGET:.1f}"), 20)
        else:
            self.say(QCoreApplication.translate("MainWindow", "opened {0}").format(path))
        self.refresh()

    def _on_picture_refused(self, title: str, text: str) -> None:
        self.statusBar().clearMessage()
        QMessageBox.warning(self, title, safe_text(text))

    def load_mnist_digit(self, index: int | None = None) -> None:
        """Put MNIST test digit ``index`` (default: a random one) on the canvas with its label
        (MNIST found, or downloaded if the person accepts: mnist_source.py)."""
        if isinstance(index, bool):  # buttons and actions pass `checked`
            index = None
        self.mnist_source.with_mnist(lambda ds: self._show_mnist_digit(ds, index))

    def _show_mnist_digit(self, ds, index: int | None) -> None:
        if index is None:
            index = int(np.random.default_rng().integers(len(ds.test_x)))
        i = int(index)
        self.session.drawing.set_image(ds.test_x[i].astype(np.float32) / 255, int(ds.test_y[i]))
        self.say(QCoreApplication.translate("MainWindow", "MNIST test digit #{0}, true label {1}")
                 .format(i, ds.test_y[i]))
        self.refresh()

    def dragEnterEvent(self, e):
        if e.mimeData().hasUrls():
            e.acceptProposedAction()

    def dropEvent(self, e):
        urls = [u for u in e.mimeData().urls() if u.isLocalFile()]
        if urls and urls[0].toLocalFile().lower().endswith(".toml"):
            self.lessons.player.open(urls[0].toLocalFile())  # a lesson
        elif urls:
            self.open_image(urls[0].toLocalFile())
