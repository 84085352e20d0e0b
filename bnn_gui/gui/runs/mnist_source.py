"""MNIST for the window, one flow wherever it is needed (the MNIST digit button, Evaluation):
found where the app looks for it; if not, what is missing and the offer (its size, where it
goes); then a download in the background with a progress dialog that can be cancelled; then
what was asked for. (A training run reads MNIST in its own thread and makes the same offer.)
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from bnn_gui.gui.background import Background
from bnn_gui.gui.messages import error_text, safe_text, step_text


def offer_text(message: str) -> str:
    """The question asked when MNIST is missing (here and in the training panel)."""
    from bnn_gui.core.paths import user_dir

    return message + "\n\n" + QCoreApplication.translate(
        "MnistSource", "Download MNIST now? About 11 MB, checked against its published "
        "checksums, into {0}.").format(user_dir() / "mnist")


class MnistSource(QObject):
    # from the download's thread; queued into the GUI thread, where the dialog (if it is
    # still open) shows it
    progressed = Signal(str, int)

    def __init__(self, data_dir: Callable[[], str | None], parent):
        """``data_dir()``: the folder given on the command line (or None), asked each time."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.background = Background(self)
        self.background.done.connect(self._on_downloaded)
        self.background.failed.connect(self._on_failed)
        self.progressed.connect(self._on_progressed)
        self.dialog: QProgressDialog | None = None
        self._then: Callable | None = None

    def with_mnist(self, then: Callable) -> None:
        """Call ``then(dataset)`` with MNIST: now if it is here, after a download if the
        person accepts one, never if not (or if the download fails or is cancelled)."""
        from bnn_gui.core.runs.data import DataError, MnistMissing, load_mnist

        try:
            then(load_mnist(self.data_dir(), download=False))
            return
        except MnistMissing as e:
            message = error_text(e)
        except DataError as e:  # there but damaged: say so, offer nothing
            QMessageBox.warning(self.parent(), QCoreApplication.translate("MnistSource", "MNIST cannot be read"), safe_text(error_text(e)))
            return
        answer = QMessageBox.question(self.parent(), QCoreApplication.translate("MnistSource", "MNIST not found"),
                                      safe_text(offer_text(message)),
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._then = then
        self.dialog = QProgressDialog("Connecting…", "Cancel", 0, 1000, self.parent())
        self.dialog.setWindowTitle(QCoreApplication.translate("MnistSource", "Downloading MNIST"))
        # not modal: a modal progress dialog runs the event loop inside setValue, and the
        # download's end could then close it in the middle of its own update
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.show()
        self.background.call(self._download)

    def _download(self, stop):
        from bnn_gui.core.runs.data import download_mnist, load_mnist
        from bnn_gui.core.paths import user_dir

        def progress(what: str, done: int, total: int) -> None:  # in the download's thread
            self.progressed.emit(step_text(what), int(1000 * done / total) if total else 0)

        folder = download_mnist(user_dir() / "mnist", progress, should_stop=stop.is_set)
        return load_mnist(folder, download=False)

    def _on_progressed(self, what: str, value: int) -> None:
        if self.dialog is not None:
            self.dialog.setLabelText(what)
            self.dialog.setValue(value)

    def cancel(self) -> None:
        self.background.cancel()
        self._close_dialog()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_downloaded(self, dataset) -> None:
        self._close_dialog()
        then, self._then = self._then, None
        if then is not None:
            then(dataset)

    def _on_failed(self, error) -> None:
        self._close_dialog()
        self._then = None
        QMessageBox.warning(self.parent(), QCoreApplication.translate("MnistSource", "MNIST could not be downloaded"), safe_text(error))
