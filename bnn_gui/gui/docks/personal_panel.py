"""Your own handwriting: the personal-set dock (the "That's wrong" bar is teach_bar.py).

Labelling the same drawing again changes its label instead of adding it twice. The dock shows the set as thumbnails by digit, deletes, relabels, loads onto
the canvas, imports and exports the set file, and asks for a fine-tune of the live model.
"""

from __future__ import annotations

import bisect
import html

from typing import Callable

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMenu, QMessageBox, QPushButton,
                               QToolButton, QVBoxLayout, QWidget)

from bnn_gui.core.runs.personal import PersonalSet, PersonalSetError, Sample
from bnn_gui.gui.background import Background
from bnn_gui.gui.runs.finetune_form import FinetuneForm
from bnn_gui.gui.live.images import thumbnail
from bnn_gui.gui.messages import error_text, may_replace, safe_text

SET_FILTER = QT_TRANSLATE_NOOP("PersonalPanel", "Personal sets (*.json);;All files (*)")


class _SetList(QListWidget):
    """Thumbnails; takes Delete and Backspace for itself (the window uses Delete to clear)."""

    delete_pressed = Signal()

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


class PersonalPanel(QWidget):
    sample_chosen = Signal(object)  # a Sample to put on the canvas
    finetune_requested = Signal()
    changed = Signal()  # the set changed

    def __init__(self, open_set: Callable[[], PersonalSet], parent=None):
        """``open_set`` reads the set from disk; it is called when the set is first needed (a
        large set takes a tenth of a second to read: not on the way to the first paint)."""
        super().__init__(parent)
        self._open_set, self._set = open_set, None
        self._icons: dict[str, QIcon] = {}  # sample id -> thumbnail (rendering costs ~2 ms)
        # thumbnails are drawn off the GUI thread: 3,000 digits would freeze it for seconds
        self.thumbnails = Background(self)
        self.thumbnails.done.connect(self._on_thumbnails)
        self._stale = True  # the list needs rebuilding when next shown
        self._rows: list[tuple] = []  # (label, date, id) of each row, as the list shows them
        self._shown: dict[str, tuple] = {}  # id -> its row's key
        self._revision = -1  # the set's revision the list shows
        self._last = None  # (canvas revision, sample id) of the latest labelled drawing
        self._running = False  # a training run is going: no fine-tune can start
        self.summary = QLabel(wordWrap=True)
        self.list = _SetList()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(56, 56))
        self.list.setGridSize(QSize(70, 80))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        # every cell the same size, laid out in batches: a 20,000-digit list stays quick
        self.list.setUniformItemSizes(True)
        self.list.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.list.setBatchSize(500)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setToolTip(QCoreApplication.translate("PersonalPanel", "Your digits, by label. Double-click or Enter: put on the canvas; "
                             "Delete: remove"))
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.delete_pressed.connect(self.delete_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)

        self.load_button = QPushButton(QCoreApplication.translate("PersonalPanel", "Load"))
        self.load_button.setToolTip(QCoreApplication.translate("PersonalPanel", "Put the selected digit on the canvas (Enter)"))
        self.load_button.clicked.connect(lambda: self._on_list_item_activated(
            self.list.currentItem()))
        self.relabel_button = QToolButton(text=QCoreApplication.translate("PersonalPanel", "Relabel ▾"))
        self.relabel_button.setToolTip(QCoreApplication.translate("PersonalPanel", "Give the selected digits another label"))
        self.relabel_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.relabel_button)
        for d in range(10):
            menu.addAction(f"as {d}", lambda d=d: self.relabel_selected(d))
        self.relabel_button.setMenu(menu)
        self.delete_button = QPushButton(QCoreApplication.translate("PersonalPanel", "Delete"))
        self.delete_button.setToolTip(QCoreApplication.translate("PersonalPanel", "Remove the selected digits from your set (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(QCoreApplication.translate("PersonalPanel", "Undo delete"))
        # as wide as its longest text from the start: the buttons beside it never shift
        self.undo_button.setMinimumWidth(
            self.undo_button.fontMetrics().horizontalAdvance("Undo delete (9999)") + 24)
        self.undo_button.setToolTip(QCoreApplication.translate("PersonalPanel", "Put back the digits deleted last (every delete can be "
                                    "undone, one after another)"))
        self.undo_button.clicked.connect(self.undo_delete)
        self._deleted: list[list[Sample]] = []  # what each delete removed, newest last
        import_button = QPushButton(QCoreApplication.translate("PersonalPanel", "Import…"))
        import_button.setToolTip(QCoreApplication.translate("PersonalPanel", "Add the digits of a personal-set file (a .json export)"))
        import_button.clicked.connect(self.import_dialog)
        export_button = QPushButton(QCoreApplication.translate("PersonalPanel", "Export…"))
        export_button.setToolTip(QCoreApplication.translate("PersonalPanel", "Save your whole set as one file, to share or keep"))
        export_button.clicked.connect(self.export_dialog)
        self.finetune_button = QPushButton(QCoreApplication.translate("PersonalPanel", "Teach the live model my handwriting"))
        self.finetune_button.setToolTip(
            QCoreApplication.translate("PersonalPanel", "Fine-tune the live model on your digits mixed with MNIST, in the background; the "
            "result is saved as a new model and the old one stays (Ctrl+Shift+T)"))
        self.finetune_button.clicked.connect(self.finetune_requested)
        self.finetune_form = FinetuneForm()
        self.finetune_form.changed.connect(self._update_buttons)
        self.report = QLabel(wordWrap=True)
        self.report.setTextFormat(Qt.TextFormat.RichText)

        buttons = QHBoxLayout()
        for w in (self.load_button, self.relabel_button, self.delete_button, self.undo_button,
                  import_button, export_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.summary)
        side.addWidget(self.finetune_button)
        side.addWidget(self.report)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(340)
        middle = QVBoxLayout()
        middle.addLayout(buttons)
        middle.addWidget(self.list, 1)
        settings = QVBoxLayout()  # a column of its own: on screen in a low dock too
        settings.addWidget(QLabel(QCoreApplication.translate("PersonalPanel", "<b>Fine-tune settings</b>")))
        settings.addWidget(self.finetune_form)
        settings.addStretch(1)
        settings_widget = QWidget()
        settings_widget.setLayout(settings)
        settings_widget.setMaximumWidth(300)
        lay = QHBoxLayout(self)
        lay.addWidget(side_widget)
        lay.addLayout(middle, 1)
        lay.addWidget(settings_widget)
        self.summary.setText(QCoreApplication.translate("PersonalPanel", "reading your personal set…"))
        for b in (self.load_button, self.relabel_button, self.delete_button,
                  self.finetune_button):
            b.setEnabled(False)

    @property
    def set(self) -> PersonalSet:
        if self._set is None:
            self._set = self._open_set()
            self._show_summary()
            self._update_buttons()
        return self._set

    # --- labelling ---------------------------------------------------------------------------
    def label_drawing(self, sample: Sample, revision: int, read_as: int | None) -> str:
        """Add the canvas's drawing (``revision`` tells one drawing from the next) with its right
        label; the same drawing labelled again is relabelled. Returns a status-bar message."""
        try:
            if self._last is not None and self._last[0] == revision:
                self.set.relabel([self._last[1]], sample.label)
                what = self.tr("Relabelled as a {0}")
            else:
                self.set.add(sample)
                self._last = (revision, sample.id)
                what = self.tr("Added as a {0}")
        except PersonalSetError as e:
            QMessageBox.warning(self, QCoreApplication.translate("PersonalPanel", "Could not save your digit"), safe_text(error_text(e)))
            return self.tr("your digit was not saved")
        self._set_changed()
        n = self.set.counts()[sample.label]
        read = "" if read_as is None or read_as == sample.label else \
            self.tr(" (the network read {0})").format(read_as)
        return (what.format(sample.label) + read + ": "
                + self.tr("your set has %n digit(s)", "", len(self.set)) + ", "
                + self.tr("%n of them a {0}", "", n).format(sample.label))

    # --- the list ----------------------------------------------------------------------------
    def showEvent(self, e):
        super().showEvent(e)
        if self._stale:
            self.rebuild()

    def _set_changed(self) -> None:
        self._show_summary()
        self._update_buttons()
        self.changed.emit()
        if self.isVisible():
            self.rebuild()
        else:
            self._stale = True

    def rebuild(self) -> None:
        """Bring the list in line with the set: only the digits that came, went or changed
        label are touched (a 20,000-digit list rebuilt at every label took most of a second),
        all of it when much changed."""
        ps, shown = self.set, self._shown
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
            self._fill({s.id: (s.label, s.created, s.id) for s in ps.samples})
        else:
            for key in gone:
                row = bisect.bisect_left(self._rows, key)
                self.list.takeItem(row)
                del self._rows[row]
                del shown[key[2]]
                if not any(s.id == key[2] for s in new):
                    self._icons.pop(key[2], None)  # gone from the set: its thumbnail too
            for s in new:
                key = want[s.id]
                row = bisect.bisect_left(self._rows, key)
                self.list.insertItem(row, self._item(s))
                self._rows.insert(row, key)
                shown[s.id] = key
        self._stale = False
        self._update_buttons()
        missing = [s for s in (self.set.samples if len(gone) + len(new) > 200 else new)
                   if s.id not in self._icons]
        if missing:
            self.thumbnails.call(lambda stop: _render(missing, stop))

    def _fill(self, want: dict) -> None:
        """Every digit again, sorted by label and date."""
        selected = set(self.selected_ids())
        by_id = {s.id: s for s in self.set.samples}
        self._rows = sorted(want.values())
        self._shown = {k[2]: k for k in self._rows}
        for sid in set(self._icons) - set(self._shown):  # thumbnails of digits gone
            del self._icons[sid]
        self.list.clear()
        for key in self._rows:
            item = self._item(by_id[key[2]])
            self.list.addItem(item)
            item.setSelected(key[2] in selected)

    def _item(self, s: Sample) -> QListWidgetItem:
        item = QListWidgetItem(self._icons.get(s.id) or self._placeholder(), str(s.label))
        item.setData(Qt.ItemDataRole.UserRole, s.id)
        # its text escaped inside rich text: a date read from a file is never markup
        added = (self.tr("a {0}, added {1}").format(s.label, s.created) if s.created
                 else self.tr("a {0}, added at an unknown time").format(s.label))
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
                self.list.item(bisect.bisect_left(self._rows, key)).setIcon(self._icons[sid])

    def selected_ids(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]

    def _show_summary(self) -> None:
        counts = self.set.counts()
        if not len(self.set):
            self.summary.setText(QCoreApplication.translate("PersonalPanel", "Your personal set is empty. When the network misreads your "
                                 "digit, click the right digit under the answer (or type it): "
                                 "your drawing is kept here with its label. A few of each digit "
                                 "are enough to teach the network your handwriting."))
            return
        per = ", ".join(f"{d}: {c}" for d, c in enumerate(counts) if c)
        self.summary.setText(self.tr("<b>%n digit(s)</b> in your set ({0}).<br>Saved in {1}", "",
                                     len(self.set)).format(per, self.set.path))

    def _update_buttons(self) -> None:
        n = len(self.selected_ids())
        self.load_button.setEnabled(n == 1)
        self.relabel_button.setEnabled(n > 0)
        self.delete_button.setEnabled(n > 0)
        self.undo_button.setEnabled(bool(self._deleted))
        self.undo_button.setText(self.tr("Undo delete ({0})").format(len(self._deleted[-1]))
                                 if self._deleted else self.tr("Undo delete"))
        ok = self.finetune_form.check()
        self.finetune_button.setEnabled(len(self.set) > 0 and not self._running and ok)
        self.finetune_form.set_editable(not self._running)

    def _on_list_item_activated(self, item) -> None:
        if item is None:
            return
        sid = item.data(Qt.ItemDataRole.UserRole)
        sample = next((s for s in self.set.samples if s.id == sid), None)
        if sample is not None:
            self.sample_chosen.emit(sample)

    # --- changes -----------------------------------------------------------------------------
    def delete_selected(self) -> None:
        ids = set(self.selected_ids())
        if ids:
            gone = [s for s in self.set.samples if s.id in ids]
            before = len(self.set)
            self._apply(lambda: self.set.remove(ids), self.tr("Could not delete"))
            if len(self.set) < before:  # deleted (a failed save changes nothing)
                self._deleted.append(gone)
                self._update_buttons()

    def take_back_last(self) -> bool:
        """Take the digit just kept out of the set again (the teach bar's Undo); True if it
        was there. It can be put back with Undo delete, like any delete."""
        if self._last is None:
            return False
        ids = {self._last[1]}
        gone = [s for s in self.set.samples if s.id in ids]
        if not gone:
            return False
        before = len(self.set)
        self._apply(lambda: self.set.remove(ids), self.tr("Could not take the digit back"))
        if len(self.set) < before:
            self._deleted.append(gone)
            self._last = None
            self._update_buttons()
            return True
        return False

    def undo_delete(self) -> None:
        if self._deleted:
            batch = self._deleted.pop()
            self._apply(lambda: self.set.restore(batch), self.tr("Could not put the digits back"))

    def relabel_selected(self, digit: int) -> None:
        ids = self.selected_ids()
        if ids:
            self._apply(lambda: self.set.relabel(ids, digit), self.tr("Could not relabel"))

    def _apply(self, change, title: str) -> None:
        try:
            change()
        except PersonalSetError as e:
            QMessageBox.warning(self, title, safe_text(error_text(e)))
        self._set_changed()

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("PersonalPanel", "Import a personal set"), "", self.tr(SET_FILTER))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> int | None:
        """Add a set file's digits; a damaged file gets a message and changes nothing."""
        try:
            added = self.set.import_file(path)
        except PersonalSetError as e:
            QMessageBox.warning(self, QCoreApplication.translate("PersonalPanel", "Could not import"), safe_text(error_text(e) + "\n\n" + self.tr("Your set is unchanged.")))
            return None
        self._set_changed()
        self.report.setText(self.tr("Imported %n new digit(s) from {0}.", "", added).format(path))
        return added

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("PersonalPanel", "Export your personal set"),
                                              "my-digits.json", self.tr(SET_FILTER))
        if path and may_replace(self, path):
            self.export_file(path)

    def export_file(self, path: str) -> bool:
        try:
            self.set.export_file(path)
        except PersonalSetError as e:
            QMessageBox.warning(self, QCoreApplication.translate("PersonalPanel", "Could not export"), safe_text(error_text(e)))
            return False
        self.report.setText(self.tr("Exported %n digit(s) to {0}.", "", len(self.set)).format(path))
        return True

    # --- fine-tuning -------------------------------------------------------------------------
    def set_training(self, running: bool) -> None:
        self._running = running
        self._update_buttons()

    def show_report(self, report, path: str) -> None:
        import html
        from pathlib import Path

        advice = report.advice(_results)
        advice = f"<br><span style='color:#ffb060'>{advice}</span>" if advice else ""
        self.report.setText(self.tr("<b>Fine-tuned</b> — {0}.<br>Saved as {1}; it is now the live "
                                    "model, and the model you started from is unchanged.")
                            .format(report.summary(_results), html.escape(Path(path).name)) + advice)
        self.report.setToolTip(str(path))


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


def _results(text: str) -> str:
    """A fine-tune's report (core/runs/finetune.py) in the window's language."""
    return QCoreApplication.translate("results", text)
