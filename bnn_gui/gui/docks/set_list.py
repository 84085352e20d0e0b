"""The personal set's digits as a list of thumbnails (the personal-set dock's middle,
personal_panel.py), kept in step with the set at the least cost: a change touches only the rows
it changed, and thumbnails are drawn in the background. Its words keep the dock's translation
context."""

from __future__ import annotations

import bisect
import html

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from bnn_gui.core.runs.personal import PersonalSet, Sample
from bnn_gui.gui.background import Background
from bnn_gui.gui.live.images import thumbnail


class SetList(QListWidget):
    """The set's digits as thumbnails, sorted by label and date; takes Delete and Backspace
    for itself (the window uses Delete to clear)."""

    delete_pressed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._icons: dict[str, QIcon] = {}  # sample id -> thumbnail (rendering costs ~2 ms)
        # thumbnails are drawn off the GUI thread: 3,000 digits would freeze it for seconds
        self.thumbnails = Background(self)
        self.thumbnails.done.connect(self._on_thumbnails)
        self._rows: list[tuple] = []  # (label, date, id) of each row, as the list shows them
        self._shown: dict[str, tuple] = {}  # id -> its row's key
        self._revision = -1  # the set's revision the list shows
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(56, 56))
        self.setGridSize(QSize(70, 80))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        # every cell the same size, laid out in batches: a 20,000-digit list stays quick
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.setBatchSize(500)
        self.setMovement(QListWidget.Movement.Static)
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.setToolTip(QCoreApplication.translate(
            "PersonalPanel", "Your digits, by label. Double-click or Enter: put on the canvas; "
            "Delete: remove"))

    def event(self, e):
        if e.type() == QEvent.Type.ShortcutOverride and e.key() in (Qt.Key.Key_Delete,
                                                                    Qt.Key.Key_Backspace):
            e.accept()
            return True
        return super().event(e)

    def keyPressEvent(self, e):
        if e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
        else:
            super().keyPressEvent(e)

    def show_set(self, ps: PersonalSet) -> None:
        """Bring the list in line with ``ps``: only the digits that came, went or changed
        label are touched (a 20,000-digit list rebuilt at every label took most of a second),
        all of it when much changed."""
        shown = self._shown
        if ps.revision == self._revision + 1 and ps.last_change is not None \
                and len(shown) + _net(ps.last_change) == len(ps.samples):
            # only this set's latest change since the list was made: that one alone
            kind, what = ps.last_change
            new = [] if kind == "remove" else list(what)
            ids = set(what) if kind == "remove" else {s.id for s in what}
            gone = [shown[i] for i in ids if i in shown]
            want = {s.id: (s.label, s.created, s.id) for s in new}
        else:
            want = {s.id: (s.label, s.created, s.id) for s in ps.samples}
            gone = [k for i, k in shown.items() if want.get(i) != k]
            new = [s for s in ps.samples if shown.get(s.id) != want[s.id]]
        self._revision = ps.revision
        if len(gone) + len(new) > 200:
            self._fill(ps, {s.id: (s.label, s.created, s.id) for s in ps.samples})
        else:
            for key in gone:
                row = bisect.bisect_left(self._rows, key)
                self.takeItem(row)
                del self._rows[row]
                del shown[key[2]]
                if not any(s.id == key[2] for s in new):
                    self._icons.pop(key[2], None)  # gone from the set: its thumbnail too
            for s in new:
                key = want[s.id]
                row = bisect.bisect_left(self._rows, key)
                self.insertItem(row, self._item(s))
                self._rows.insert(row, key)
                shown[s.id] = key
        missing = [s for s in (ps.samples if len(gone) + len(new) > 200 else new)
                   if s.id not in self._icons]
        if missing:
            self.thumbnails.call(lambda stop: _render(missing, stop))

    def _fill(self, ps: PersonalSet, want: dict) -> None:
        """Every digit again, sorted by label and date."""
        selected = set(self.selected_ids())
        by_id = {s.id: s for s in ps.samples}
        self._rows = sorted(want.values())
        self._shown = {k[2]: k for k in self._rows}
        for sid in set(self._icons) - set(self._shown):  # thumbnails of digits gone
            del self._icons[sid]
        self.clear()
        for key in self._rows:
            item = self._item(by_id[key[2]])
            self.addItem(item)
            item.setSelected(key[2] in selected)

    def _item(self, s: Sample) -> QListWidgetItem:
        item = QListWidgetItem(self._icons.get(s.id) or self._placeholder(), str(s.label))
        item.setData(Qt.ItemDataRole.UserRole, s.id)
        # its text escaped inside rich text: a date read from a file is never markup
        added = (QCoreApplication.translate("PersonalPanel", "a {0}, added {1}")
                 .format(s.label, s.created) if s.created else
                 QCoreApplication.translate("PersonalPanel", "a {0}, added at an unknown time")
                 .format(s.label))
        item.setToolTip(f"<p>{html.escape(added)}</p>")
        return item

    def _placeholder(self) -> QIcon:
        if not hasattr(self, "_blank"):
            self._blank = thumbnail(np.zeros((28, 28), np.uint8))
        return self._blank

    def _on_thumbnails(self, images: dict) -> None:
        """Drawn digits back from the background: their icons, made here (Qt pixmaps belong
        to the GUI thread), go on the items that are still in the list."""
        for sid, img in images.items():
            self._icons[sid] = thumbnail(img)
            key = self._shown.get(sid)
            if key is not None:
                self.item(bisect.bisect_left(self._rows, key)).setIcon(self._icons[sid])

    def selected_ids(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.selectedItems()]


def _net(change: tuple) -> int:
    """How many digits a change (PersonalSet.last_change) added, less those it removed."""
    kind, what = change
    return len(what) if kind == "add" else -len(what) if kind == "remove" else 0


def _render(samples: list[Sample], stop) -> dict[str, np.ndarray]:
    """Sample id -> its 28x28 (uint8), in the background; stops early when asked."""
    out = {}
    for s in samples:
        if stop.is_set():
            break
        img = s.image28()
        out[s.id] = np.zeros((28, 28), np.uint8) if img is None else \
            np.clip(np.rint(img * 255), 0, 255).astype(np.uint8)
    return out
