"""The toolbar's model list: shipped models, the user's, files opened this session, and an
"Open model file…" entry at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox


class ModelPicker(QComboBox):
    chosen = Signal(str)  # the path of a model to load
    open_requested = Signal()  # "Open model file…"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setToolTip(QCoreApplication.translate("ModelPicker", "The network reading your drawing: shipped, yours, or a file"))
        self.setMinimumContentsLength(34)  # a trained model's whole name
        # longer names (a fine-tune of a fine-tune): the box grows to them, the list shows
        # them whole, and every entry's tooltip is its file
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.activated.connect(self._on_activated)
        self.fill()

    def fill(self, select: str | None = None) -> None:
        from bnn_gui.core.nets.checkpoint import available_models

        self.clear()
        for path in available_models():
            self.addItem(path.stem, str(path))
            self.setItemData(self.count() - 1, str(path), Qt.ItemDataRole.ToolTipRole)
        self.addItem(QCoreApplication.translate("ModelPicker", "Open model file…"), None)
        if select:
            self.select(select)

    def select(self, path: str) -> None:
        """Show ``path`` as the current model, adding it to the list if it is not there."""
        i = self.findData(path)
        if i < 0:
            self.insertItem(self.count() - 1, Path(path).stem, path)
            i = self.findData(path)
            self.setItemData(i, path, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(i)

    def _on_activated(self, index: int) -> None:
        path = self.itemData(index)
        if path is None:
            self.open_requested.emit()
        else:
            self.chosen.emit(path)
