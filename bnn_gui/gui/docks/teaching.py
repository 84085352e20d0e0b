"""Teaching the network your handwriting, wired into the main window: the personal-set dock,
the "That's wrong: it's a …" actions (digit keys 0-9), putting a kept digit back on the canvas,
and starting a fine-tune of the live model in the training panel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from bnn_gui.core.runs.finetune import FinetuneConfig, unmeasured
from bnn_gui.core.runs.personal import sample_of
from bnn_gui.gui.docks.inspect_docks import bring_to_front, make_dock
from bnn_gui.gui.docks.personal_panel import PersonalPanel, _results
from bnn_gui.gui.messages import error_text, safe_text


class Teaching(QObject):
    def __init__(self, window, session, beside):
        # The window is reached as parent(), never stored (see InspectDocks).
        super().__init__(window)
        self.session = session
        self.panel = PersonalPanel(self._open_set)
        # read it soon after the first paint (the panel as context: no call once it is gone)
        QTimer.singleShot(300, self.panel, lambda: self.panel.set)
        self.dock = make_dock(window, QT_TRANSLATE_NOOP("docks", "My digits"), self.panel, "Ctrl+P",
                              QCoreApplication.translate("Teaching", "Your personal set: your digits with the right labels"), beside)
        window.teach.labelled.connect(self.label_drawing)
        window.teach.undo_requested.connect(self._on_teach_undo_requested)
        window.training.finetuned.connect(self.panel.show_report)
        window.training.running_changed.connect(self.panel.set_training)
        self.panel.sample_chosen.connect(self._on_panel_sample_chosen)
        self.panel.finetune_requested.connect(self.finetune)

    def add_actions(self, menu, action) -> None:
        """The Digits menu's entries; ``action`` is the window's action maker."""
        menu.addAction(self.dock.toggleViewAction())
        wrong = menu.addMenu(self.tr("That's &wrong: it's a…"))
        for d in range(10):
            action(wrong, str(d), lambda _=False, d=d: self.label_drawing(d), [str(d)],
                   self.tr("Add the drawing to your personal set as a {0}").format(d))
        action(menu, self.tr("Teach the live model my &handwriting"), self.finetune,
               ["Ctrl+Shift+T"],
               self.tr("Fine-tune the live model on your personal set mixed with MNIST"))

    def _open_set(self):
        from bnn_gui.core.runs.personal import PersonalSet, PersonalSetError

        try:
            ps, message = PersonalSet.open_or_set_aside()
        except PersonalSetError as e:  # damaged and could not even be renamed: work in memory
            ps, message = PersonalSet(), error_text(e) + "\n" + self.tr("Your digits will not be saved in this session.")
        if message:
            QTimer.singleShot(0, self, lambda: QMessageBox.warning(
                self.parent(), QCoreApplication.translate("Teaching", "Your personal set"), safe_text(error_text(message))))
        return ps

    def label_drawing(self, digit: int) -> None:
        """ "That's wrong": keep the drawing with its right label in the personal set."""
        w, drawing, reading = self.parent(), self.session.drawing, self.session.reading
        sample = sample_of(drawing, int(digit))
        if sample is None:
            w.say(QCoreApplication.translate("Teaching", "Draw a digit first, then say which digit it is."))
            return
        read = reading.digit if reading is not None else None
        before = len(self.panel.set)
        message = self.panel.label_drawing(sample, drawing.revision, read)
        w.say(message)
        if message.startswith("Added"):
            w.teach.confirm(self.tr("✓ kept as a {0} in My digits").format(digit), True)
        elif message.startswith("Relabelled"):
            w.teach.confirm(self.tr("✓ relabelled as a {0}").format(digit), False)
        elif len(self.panel.set) == before:
            w.teach.confirm(QCoreApplication.translate("Teaching", "not saved"), False)

    def _on_teach_undo_requested(self) -> None:
        if self.panel.take_back_last():
            self.parent().say(QCoreApplication.translate("Teaching", "taken back out of My digits (Undo delete there puts it back)"))

    def _on_panel_sample_chosen(self, sample) -> None:
        w = self.parent()
        w.show_drawing_sample(sample)

    def finetune(self) -> None:
        w = self.parent()
        model = self.session.model
        if model is None or not len(self.panel.set):
            w.say(QCoreApplication.translate("Teaching", "Add some of your digits first (click the right digit "
                                      "under the answer), then fine-tune."))
            return
        from bnn_gui.config import ConfigError

        try:
            config = self.panel.finetune_form.config()
        except ConfigError as e:
            bring_to_front(self.dock)
            w.say(self.tr("Fine-tune settings: {0}").format(error_text(e)))
            return
        bring_to_front(w.training_dock)
        if not w.training.start_finetune(model.file.path, model.config, self.panel.set.samples,
                                         config):
            w.say(QCoreApplication.translate("Teaching", "A training run is going: stop it or wait, then "
                                      "fine-tune."))
            return
        warning = unmeasured(self.panel.set.samples, config or FinetuneConfig(), _results)
        if warning:
            w.say(warning)
