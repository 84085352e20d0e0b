"""File > Save what the network sees: the drawing's 28x28 input as 8-bit levels
(core/engine/levels_file.py), for the exported C library's example or any other program."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bnn_gui.core.engine.levels_file import save
from bnn_gui.gui.messages import error_text, may_replace, safe_text

FILTER = QT_TRANSLATE_NOOP("save_levels", "IDX image, as MNIST's (*.idx);;PGM picture (*.pgm)")


def save_what_it_sees(parent: QWidget, drawing, say) -> None:
    """Ask where, then write; a blank canvas or a failed write is said in one line."""
    x = drawing.input28()
    if x is None:
        say(QCoreApplication.translate("save_levels", "Nothing to save: draw a digit first"))
        return
    path, chosen = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("save_levels", "Save what the network sees"),
                                               "digit.idx", QCoreApplication.translate("save_levels", FILTER))
    if not path:
        return
    if not Path(path).suffix:  # the format the person picked, as its name says
        path += ".pgm" if "pgm" in chosen.lower() else ".idx"
    if not may_replace(parent, path):
        return
    try:
        save(path, x)
    except (OSError, ValueError) as e:
        QMessageBox.warning(parent, QCoreApplication.translate("save_levels", "Could not save"), safe_text(error_text(e)))
        return
    say(QCoreApplication.translate("save_levels", "saved the 28x28 levels the network reads to {0}")
        .format(path))
