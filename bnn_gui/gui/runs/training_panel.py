"""The training panel: the form (training_form.py), Start/Stop, progress, live curves, "watch
it learn"; fine-tunes on the personal set run here too, with the same curves. The run itself
goes through a RunController (run_controller.py); this panel only shows its record.
"""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QMessageBox,
                               QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from bnn_gui.core.paths import user_models_dir
from bnn_gui.gui.runs.training_form import TrainingForm
from bnn_gui.gui.runs.training_plots import TrainingPlots
from bnn_gui.core.runs.run import FinetuneSpec, RunSpec
from bnn_gui.gui.runs.run_controller import RunController
from bnn_gui.gui.messages import may_replace, safe_text
from bnn_gui.gui.runs.mnist_source import offer_text
from bnn_gui.gui.language import number


def _fmt_time(seconds: float) -> str:
    m, s = divmod(int(seconds + 0.5), 60)
    return f"{m}:{s:02d}"


class TrainingPanel(QWidget):
    model_saved = Signal(str)  # path of the newly trained model
    use_requested = Signal(str)  # "Use the new model": a kept-aside model, made live
    finetuned = Signal(object, str)  # FinetuneReport, path of the fine-tuned model
    running_changed = Signal(bool)

    def __init__(self, data_dir: str | None = None, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self._drawing = None
        self._live_reading = None
        self._watched = None  # the 28x28 that "watch it learn" speaks of
        self._watch_last = None  # (epoch, the network in training's reading) it showed
        self._description = ""  # what the run going now is, in words
        self.runs = RunController(self._read_data, self)
        self.runs.status.connect(self._on_run_status)
        self.runs.progressed.connect(self._on_run_progressed)
        self.runs.probed.connect(self._on_run_probed)
        self.runs.epoch_ended.connect(self._on_run_epoch_ended)
        self.runs.finished.connect(self._on_run_finished)
        self.runs.save_failed.connect(self._on_run_save_failed)
        self.runs.stopped.connect(self._on_run_stopped)
        self.runs.failed.connect(self._on_run_failed)
        self.runs.running_changed.connect(self._on_running_changed)
        self._build()
        self._validate()

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.form = TrainingForm()
        self.form.changed.connect(self._validate)
        self.form.submitted.connect(self.start)
        # the form's widgets, as the tests and the window reach them
        self.preset_box, self.weights_box = self.form.preset_box, self.form.weights_box
        self.fields, self.error_label = self.form.fields, self.form.error_label

        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Train a new network in the background (F5)"))
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop"), enabled=False)
        self.stop_button.setToolTip(self.tr("Stop after the current batch; nothing is saved "
                                            "(Shift+F5)"))
        self.stop_button.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)

        self.progress = QProgressBar(textVisible=True)
        self.progress.setToolTip(self.tr("Progress of the run, with the time left"))
        self.progress.setFormat(self.tr("not started"))
        self.figures = QLabel(self.tr("Press Start to train; drawing keeps working meanwhile. "
                                      "The new model becomes the live one if it scores at least "
                                      "as well on MNIST's test digits; if not, it is kept one "
                                      "click away."),
                              wordWrap=True)
        self.figures.setToolTip(self.tr("Epoch, loss, accuracy on the last batch and on the "
                                        "test set, speed"))
        self.watch = QLabel(wordWrap=True)
        self.watch.setToolTip(self.tr("Watch it learn: after each epoch, the network in "
                                      "training reads the digit on the canvas"))
        self.watch.setTextFormat(Qt.TextFormat.RichText)
        self.use_button = QPushButton(self.tr("Use the new model"))
        self.use_button.setToolTip(self.tr("Make the model this run saved the live model (the "
                                           "one in use stays in the Model box)"))
        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.use_button.hide()
        self._kept_aside: str | None = None
        side = QVBoxLayout()  # Start, Stop and the progress first: on screen in a low dock too
        side.addLayout(buttons)
        side.addWidget(self.progress)
        side.addWidget(self.figures)
        side.addWidget(self.use_button)
        side.addWidget(self.watch)
        side.addWidget(self.form)
        side.addStretch(1)
        left = QWidget()
        left.setLayout(side)
        # The controls scroll on their own, so that in a low dock the plots still get its
        # whole height (Start, Stop and the progress stay at the top, on screen).
        controls = QScrollArea()
        controls.setWidget(left)
        controls.setWidgetResizable(True)
        controls.setFrameShape(QFrame.Shape.NoFrame)
        # never clipped: a form wider than the column (large type) scrolls instead
        controls.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # as wide as the form needs in the window's language (Russian labels run about a
        # quarter longer than English), 370 px at least, half a laptop screen at most
        need = left.minimumSizeHint().width() + controls.verticalScrollBar().sizeHint().width()
        controls.setFixedWidth(min(max(370, need + 4), 560))
        controls.setMinimumHeight(60)

        self.plots = TrainingPlots()
        self.plots.setMinimumHeight(60)
        layout = QHBoxLayout(self)
        layout.addWidget(controls)
        layout.addWidget(self.plots, 1)

    def configs(self):
        return self.form.configs()

    def _validate(self, *_) -> bool:
        ok = self.form.check()
        self.start_button.setEnabled(ok and not self.is_running())
        return ok

    # --- the run -----------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.runs.is_running()

    @property
    def record(self):
        """The latest run's record (None before the first)."""
        return self.runs.records[-1] if self.runs.records else None

    def load_data(self, progress, download: bool = False):
        """Where the training data comes from (tests replace this with synthetic data)."""
        from bnn_gui.core.runs.data import load_mnist

        return load_mnist(self.data_dir, download=download, progress=progress)

    def _read_data(self, progress, download: bool = False):
        return self.load_data(progress, download)  # looked up at each run: tests replace it

    def start(self) -> bool:
        """Train a new network with the form's settings."""
        if self.is_running() or not self._validate():
            return False
        model_cfg, train_cfg = self.configs()
        self._launch(RunSpec(model_cfg, train_cfg, user_models_dir(),
                             device=self.form.device_box.currentData()),
                     self.tr("training {0}: %n epoch(s), batch {1}, lr {2} → {3}", "",
                             train_cfg.epochs).format(model_cfg.name, train_cfg.batch_size,
                                                      f"{train_cfg.lr:g}",
                                                      f"{train_cfg.lr_end:g}"))
        return True

    def start_finetune(self, base_model, model_config, samples, config=None) -> bool:
        """Fine-tune the model file ``base_model`` on personal ``samples`` mixed with MNIST
        (finetune.py); the result is saved as a new model, the file started from is kept."""
        from bnn_gui.core.runs.finetune import FinetuneConfig

        if self.is_running():
            return False
        config = config or FinetuneConfig()
        spec = RunSpec(model_config, config.train_config(), user_models_dir(),
                       FinetuneSpec(Path(base_model), tuple(samples), config),
                       device=self.form.device_box.currentData())
        self._launch(spec,
                     self.tr("<b>fine-tuning</b> {0} on your {1} digits, {2}% of a mix with {3} "
                             "MNIST digits: %n epoch(s), lr {4} → {5} (set in My digits)", "",
                             config.epochs).format(
                         html.escape(Path(base_model).stem), len(samples),
                         f"{100 * config.personal_share:g}", number(config.mnist_samples),
                         f"{config.lr:g}", f"{config.lr_end:g}"))
        return True

    def _launch(self, spec: RunSpec, description: str) -> None:
        self._description = description
        self.runs.set_drawing(self._drawing)
        self.runs.start([spec])

    def _on_running_changed(self, running: bool) -> None:
        if running:  # a run begins (again, after a download): its view starts afresh
            self.use_button.hide()
            self._kept_aside = None
            self.plots.clear_run()
            self.progress.setRange(0, 1000)
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("starting…"))
            self.figures.setText(self._description)
            self.watch.setText("")
            # a fine-tune has its own settings (in My digits): the training form would show
            # numbers that are not the ones in use
            self.form.setVisible(self.record.spec.kind != "finetune")
        self._set_running(running)

    def stop(self) -> None:
        if self.is_running():
            self.runs.stop()
            self.stop_button.setEnabled(False)
            self.progress.setFormat(self.tr("stopping…"))

    def shutdown(self, wait_ms: int = 10000) -> bool:
        """Stop a run and wait for its thread (window closing). True if nothing is running."""
        return self.runs.shutdown(wait_ms)

    def _set_running(self, running: bool) -> None:
        if not running:
            self.form.setVisible(True)
        self.stop_button.setEnabled(running)
        self.form.set_editable(not running)
        self._validate()
        self.running_changed.emit(running)

    def show_reading(self, reading) -> None:
        """The live model's reading of the drawing; its 28x28 is what the network in training
        reads after each epoch ("watch it learn")."""
        self._live_reading = reading
        self._drawing = None if reading is None else reading.input
        self.runs.set_drawing(self._drawing)
        watched = self._watched
        if watched is not None and not _same_input(watched, self._drawing):
            # what "watch it learn" said was of another drawing: never leave it standing
            self._watched = None
            self.watch.setText(self.tr("<b>Watch it learn</b>: the network in training reads "
                                       "your new drawing after the next epoch.")
                               if self.is_running() else "")
        elif watched is not None and self._watch_last is not None:
            # the same drawing read again (by a new live model, after a run): what the live
            # model reads is said again, never left from the model before
            self._show_watch(*self._watch_last)

    # --- what the run reports (RunController: always in the GUI thread) -------------------
    def _on_run_status(self, record) -> None:
        self.progress.setFormat(record.status)

    def _on_run_progressed(self, record, losses) -> None:
        ev = record.last
        self.progress.setValue(int(1000 * ev.fraction))
        self.progress.setFormat(self.tr("epoch {0}/{1}  ·  %p%  ·  {2} left").format(
            ev.epoch + 1, ev.epochs, _fmt_time(ev.eta)))
        test = ("<br>" + self.tr("test accuracy after epoch {0}: {1}%").format(
            record.epochs[-1], number(record.test[-1], 2)) if record.test else "")
        self.figures.setText(self.tr("epoch {0}/{1}, batch {2}/{3}<br>loss {4} · batch accuracy "
                                     "{5}% · {6} samples/s").format(
                                 ev.epoch + 1, ev.epochs, ev.batch + 1, ev.batches,
                                 number(ev.loss, 4), number(100 * ev.accuracy, 0),
                                 f"{ev.samples_per_s:,.0f}")
                             + test)
        self.plots.add_losses(record, losses)

    def _on_run_probed(self, record) -> None:
        self.plots.add_probe(record)

    def _on_run_epoch_ended(self, record, reading) -> None:
        self.plots.add_epoch(record)
        self.figures.setText(self.tr("epoch {0}/{1}: loss {2} · train {3}% · test {4}% · {5} s")
                             .format(record.epochs[-1], record.spec.train_config.epochs,
                                     number(record.train_loss[-1], 4),
                                     number(record.train_accuracy[-1], 2),
                                     number(record.test[-1], 2),
                                     number(record.epoch_seconds[-1], 1)))
        self._show_watch(record.epochs[-1] - 1, reading)

    def _show_watch(self, epoch: int, reading) -> None:
        self._watched = None if reading is None else reading.input
        self._watch_last = (epoch, reading)
        if reading is None or reading.digit is None:
            self.watch.setText(self.tr("After epoch {0}: draw a digit to watch the network "
                                       "in training read it.").format(epoch + 1))
            return
        live = self._live_reading
        live_text = (f"{live.digit} ({100 * live.confidence:.0f}%)"
                     if live is not None and live.digit is not None else "—")
        self.watch.setText(
            self.tr("<b>Watch it learn</b> — after epoch {0} the network in training reads {1} "
                    "({2}%); the live model reads {3}").format(
                epoch + 1, f"<span style='font-size:16pt; color:#ff8c00'>{reading.digit}</span>",
                number(100 * reading.confidence, 0),
                f"<span style='font-size:16pt'>{live_text}</span>"))

    def _on_run_finished(self, record) -> None:
        path, result = record.saved_path, record.result
        report = getattr(result, "report", None)  # a fine-tune's (FinetuneFinished)
        self.progress.setValue(1000)
        self.progress.setFormat(self.tr("done in {0}").format(_fmt_time(result.seconds)))
        report_text = ""
        if report is not None:
            advice = report.advice(_results)
            report_text = "<br>" + self.tr("Fine-tuned: {0}").format(report.summary(_results)) + (
                f"<br><span style='color:#ffb060'>{advice}</span>" if advice else "")
        # the file's name only (a long path has no place to wrap); the whole path on hover
        self.figures.setText(self.tr("Saved <b>{0}</b><br>test accuracy {1}%; it is now the live "
                                     "model.").format(html.escape(Path(path).name),
                                                      number(100 * result.test_accuracy, 2))
                             + report_text)
        self.figures.setToolTip(self.tr("Saved as {0}").format(path))
        self.last_accuracy = result.test_accuracy
        self.last_was_finetune = report is not None
        self.model_saved.emit(path)
        if report is not None:
            self.finetuned.emit(report, path)

    def keep_aside(self, path: str, live_name: str, live_accuracy: float) -> None:
        """The run's model scored below the live one: the live one stays, the new one is one
        click away (``use_requested``)."""
        self._kept_aside = path
        new = getattr(self, "last_accuracy", None)
        new_text = f"{100 * new:.2f}%" if new is not None else self.tr("unknown")
        self.figures.setText(
            self.tr("Saved <b>{0}</b> (test accuracy {1}). The live model, {2}, scores {3}%, so "
                    "it stays live; the new one is in the Model box.").format(
                html.escape(Path(path).name), new_text, html.escape(live_name),
                number(100 * live_accuracy, 2)))
        self.use_button.show()

    def _on_use_button_clicked(self) -> None:
        if self._kept_aside is not None:
            self.use_button.hide()
            self.use_requested.emit(self._kept_aside)
            self._kept_aside = None

    def _on_run_save_failed(self, record) -> None:
        """The model folder is read-only or full: the trained network is still here; offer to
        save it somewhere else."""
        message = record.error
        self.progress.setFormat(self.tr("not saved"))
        self.figures.setText(message + "<br>" + self.tr("The live model and your other files are "
                                                      "unchanged."))
        while True:
            answer = QMessageBox.question(
                self, self.tr("Could not save the model"),
                message + "\n\n" + self.tr("Save it somewhere else?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard)
            if answer != QMessageBox.StandardButton.Save:
                return
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the trained model"),
                                                  f"{record.spec.model_name}.safetensors",
                                                  self.tr("Models (*.safetensors)"))
            if not path:
                return
            if not may_replace(self, path):
                continue
            try:
                self.runs.save_as(record, path)  # then finished, as any saved run
                return
            except OSError as e:
                message = self.tr("The model could not be saved as {0}: {1}.").format(
                    path, e.strerror or e)

    def _on_run_stopped(self, _record) -> None:
        self.progress.setFormat(self.tr("stopped"))
        self.figures.setText(self.tr("Stopped. Nothing was saved: the live model and your "
                                     "model files are unchanged."))

    def _on_run_failed(self, record) -> None:
        self.progress.setFormat(self.tr("failed"))
        self.figures.setText(self.tr("The run failed; the live model and your files are "
                                     "unchanged."))
        if record.data_missing:
            answer = QMessageBox.question(
                self, self.tr("MNIST not found"), safe_text(offer_text(record.error)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self.runs.retry_downloading()  # the same run again, downloading first
            return
        QMessageBox.warning(self, self.tr("Training failed"), safe_text(record.error))


def _same_input(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a.shape == b.shape and bool(np.array_equal(a, b))


def _results(text: str) -> str:
    """A fine-tune's report (core/runs/finetune.py) in the window's language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("results", text)
