"""Your own handwriting: the personal-set dock (the "That's wrong" bar is teach_bar.py).

Labelling the same drawing again changes its label instead of adding it twice. The dock shows
the set as thumbnails by digit (set_list.py), deletes, relabels, loads onto the canvas, imports
and exports the set file, and asks for a fine-tune of the live model.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton,
                               QToolButton, QVBoxLayout, QWidget)

from bnn_gui.core.runs.personal import PersonalSet, PersonalSetError, Sample
from bnn_gui.gui.docks.set_list import SetList
from bnn_gui.gui.runs.finetune_form import FinetuneForm
from bnn_gui.gui.messages import error_text, may_replace, safe_text

SET_FILTER = QT_TRANSLATE_NOOP("PersonalPanel", "Personal sets (*.json);;All files (*)")


class PersonalPanel(QWidget):
    sample_chosen = Signal(object)  # a Sample to put on the canvas
    finetune_requested = Signal()
    changed = Signal()  # the set changed

    def __init__(self, open_set: Callable[[], PersonalSet], parent=None):
        """``open_set`` reads the set from disk; it is called when the set is first needed (a
        large set takes a tenth of a second to read: not on the way to the first paint)."""
        super().__init__(parent)
        self._open_set, self._set = open_set, None
        self._stale = True  # the list needs rebuilding when next shown
        self._last = None  # (canvas revision, sample id) of the latest labelled drawing
        self._running = False  # a training run is going: no fine-tune can start
        self.summary = QLabel(wordWrap=True)
        self.list = SetList()
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
        """Bring the list in line with the set."""
        self.list.show_set(self.set)
        self._stale = False
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        return self.list.selected_ids()

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


def _results(text: str) -> str:
    """A fine-tune's report (core/runs/finetune.py) in the window's language."""
    return QCoreApplication.translate("results", text)
