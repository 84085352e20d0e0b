"""The pitfalls lab in the window: pick an experiment, read what it teaches, run its short runs
one after another in the background; their curves overlay on the same plots and a table
compares them. Runs can be removed, and exported as CSV (curves) or PNG (plots). Nothing the
lab trains is saved as a model."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QProgressBar, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from bnn_gui.core.files import atomic_write
from bnn_gui.core.runs.pitfalls import experiments
from bnn_gui.gui.runs.worker import TrainingJob, TrainingRun
from bnn_gui.gui.messages import safe_text

COLOURS = ["#4fc3f7", "#ffb74d", "#81c784", "#e57373", "#ba68c8", "#fff176", "#90a4ae",
           "#f06292"]
COLUMNS = ["experiment", "run", "epochs", "batch", "lr", "train %", "best test %", "seconds"]


class LabPanel(QWidget):
    def __init__(self, data_dir: str | None = None, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.experiments = experiments()
        self.records: list[dict] = []  # one per run started: curves, settings, result
        self.queue: list = []
        self.run: TrainingRun | None = None
        self._current: dict | None = None  # the record of the run going now
        self.choice = QComboBox()
        for e in self.experiments:
            self.choice.addItem(e.title, e.name)
        self.choice.setToolTip("A classic BNN mistake or comparison, as a few short runs")
        self.choice.currentIndexChanged.connect(self._on_choice_changed)
        self.lesson = QLabel(wordWrap=True)
        # what the latest run showed, in its own words and its measured figures
        self.finding = QLabel(wordWrap=True)
        self.finding.setStyleSheet("color: #ffb74d")
        self.finding.setVisible(False)
        self.run_button = QPushButton("Run experiment")
        self.run_button.setToolTip("Train its runs one after another on MNIST, in the background")
        self.run_button.clicked.connect(self.start)
        self.stop_button = QPushButton("Stop", enabled=False)
        self.stop_button.clicked.connect(self.stop)
        self.remove_button = QPushButton("Remove run")
        self.remove_button.setToolTip("Remove the selected run from the plots and the table")
        self.remove_button.clicked.connect(self.remove_selected)
        self.csv_button = QPushButton("Export CSV…")
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.png_button = QPushButton("Export PNG…")
        self.png_button.clicked.connect(lambda: self._export("png"))
        self.status = QLabel("")
        self.progress = QProgressBar(textVisible=True)
        self.progress.setFormat("no experiment running")
        self.progress.setToolTip("The experiment's progress: its runs, one after another")
        self.plot = None  # built on first use
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # every column in view: the results are never scrolled out of sight
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        for b in (self.run_button, self.stop_button, self.remove_button, self.csv_button,
                  self.png_button):
            top.addWidget(b)
        self._plot_slot = QHBoxLayout()
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.lesson)
        lay.addWidget(self.finding)
        row = QHBoxLayout()
        row.addWidget(self.progress, 2)
        row.addWidget(self.status, 3)
        lay.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(self._plot_slot, 3)
        body.addWidget(self.table, 2)
        lay.addLayout(body, 1)
        self._on_choice_changed()

    def _on_choice_changed(self, *_):
        self.lesson.setText(self.experiments[self.choice.currentIndex()].lesson)
        self.finding.setVisible(False)

    def load_data(self, progress, download: bool = False):
        """Where the training data comes from (tests replace this with synthetic data)."""
        from bnn_gui.core.runs.data import load_mnist

        return load_mnist(self.data_dir, download=download, progress=progress)

    # --- runs --------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.run is not None and self.run.is_running()

    def start(self) -> None:
        if self.is_running():
            return
        exp = self.experiments[self.choice.currentIndex()]
        self.queue = [(exp, r) for r in exp.runs]
        self._planned, self._done_runs = len(self.queue), 0
        self.run_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self._next()

    def _next(self) -> None:
        if not self.queue:
            self.run_button.setEnabled(True)
            self.stop_button.setEnabled(False)
            self.status.setText("done")
            self.progress.setFormat("done" if self._done_runs == self._planned else "stopped")
            return
        exp, r = self.queue.pop(0)
        rec = dict(experiment=exp.title, label=r.label, train=r.train, epochs=[], test=[],
                   loss=[], best=None, seconds=None, batch_x=[], batch_loss=[],
                   train_acc=None, lesson=r.lesson, finding="")
        self.records.append(rec)
        self._add_curves(rec)
        self._add_row(rec)
        self.run = TrainingRun(TrainingJob(r.model, r.train, None, self.load_data,
                                           trainer=r.trainer))
        # Bound methods of this panel only: Qt then calls them in the GUI thread, where the
        # panel lives. (A lambda has no thread of its own: it ran in the training thread and
        # touched the plots and the table from there.) Runs go one after another, so the
        # record they speak of is the current one.
        self._current = rec
        w = self.run.worker
        w.status.connect(self.status.setText)
        w.progress.connect(self._on_worker_progress)
        w.epoch_ended.connect(self._on_worker_epoch_ended)
        w.finished.connect(self._on_worker_finished)
        w.failed.connect(self._on_failed)
        w.stopped.connect(self._on_worker_stopped)
        self.run.thread.finished.connect(self._on_thread_finished)
        self.status.setText(f"{exp.title}: {r.label}…")
        self.run.start()

    def stop(self) -> None:
        self.queue.clear()
        if self.is_running():
            self.run.stop()

    def shutdown(self, wait_ms: int = 10000) -> bool:
        self.queue.clear()
        return self.run is None or self.run.stop(wait_ms) or not self.run.is_running()

    def _on_thread_finished(self) -> None:
        self.run.thread.wait()
        self._done_runs += 1
        self.run.worker.job = None  # drops the data loader, which refers back to this panel
        self._next()

    def _on_worker_progress(self, ev, losses) -> None:
        self._on_progress(self._current, ev, losses)

    def _on_worker_epoch_ended(self, ev, _reading) -> None:
        self._on_epoch(self._current, ev)

    def _on_worker_finished(self, _path, result) -> None:
        self._on_finished(self._current, result)

    def _on_worker_stopped(self) -> None:
        self.queue.clear()

    def _on_failed(self, message: str, _missing: bool) -> None:
        self.queue.clear()
        QMessageBox.warning(self, "Lab run failed", safe_text(message))

    def _on_progress(self, rec: dict, ev, losses) -> None:
        """Batches went by: the loss curve grows live, the bar and the status follow."""
        end = ev.epoch * ev.batches + ev.batch + 1
        for i, loss in enumerate(losses):
            rec["batch_x"].append((end - len(losses) + i + 1) / ev.batches)
            rec["batch_loss"].append(loss)
        rec["loss_curve"].setData(np.asarray(rec["batch_x"]), np.asarray(rec["batch_loss"]))
        overall = (self._done_runs + ev.fraction) / max(1, self._planned)
        self.progress.setValue(int(1000 * overall))
        self.progress.setMaximum(1000)
        self.progress.setFormat(f"run {self._done_runs + 1} of {self._planned} · epoch "
                                f"{ev.epoch + 1}/{ev.epochs} · {100 * ev.fraction:.0f}% · "
                                f"all: %p%")
        self.status.setText(f"{rec['experiment']}: {rec['label']}: loss {ev.loss:.3f}")

    def _on_epoch(self, rec: dict, ev) -> None:
        rec["epochs"].append(ev.epoch + 1)
        rec["test"].append(100 * ev.test_accuracy)
        rec["loss"].append(ev.train_loss)
        x = np.asarray(rec["epochs"], float)
        rec["acc_curve"].setData(x, np.asarray(rec["test"]))
        rec["best"] = max(rec["test"])
        rec["train_acc"] = 100 * ev.train_accuracy
        self._update_row(rec)

    def _on_finished(self, rec: dict, result) -> None:
        rec["seconds"] = result.seconds
        report = getattr(result, "report", None)
        if rec["lesson"] or hasattr(report, "summary"):
            rec["finding"] = " ".join(
                t for t in (rec["lesson"], "Measured: " + report.summary() + "."
                            if hasattr(report, "summary") else "") if t)
            self.finding.setText(f"{rec['label']}: {rec['finding']}")
            self.finding.setVisible(True)
        self._update_row(rec)

    # --- plots and table ---------------------------------------------------------------------
    def _add_curves(self, rec: dict) -> None:
        if self.plot is None:
            self.plot = pg.GraphicsLayoutWidget()
            self.acc_plot = self.plot.addPlot(row=0, col=0, title="test accuracy %")
            self.loss_plot = self.plot.addPlot(row=0, col=1,
                                               title="training loss per batch (log)")
            self.loss_plot.setLogMode(y=True)
            for p in (self.acc_plot, self.loss_plot):
                p.addLegend(offset=(-5, 5), labelTextSize="8pt")
                p.setLabel("bottom", "epoch")
                p.getAxis("bottom").enableAutoSIPrefix(False)
                p.showGrid(x=True, y=True, alpha=0.2)
            self.loss_plot.getAxis("left").setStyle(maxTextLevel=0)
            self._plot_slot.addWidget(self.plot)
            self.plot.show()
        colour = COLOURS[len(self.records) % len(COLOURS)]
        pen = pg.mkPen(colour, width=2)
        rec["acc_curve"] = self.acc_plot.plot(pen=pen, symbol="o", symbolSize=5,
                                              symbolBrush=colour, name=rec["label"])
        rec["loss_curve"] = self.loss_plot.plot(pen=pen, name=rec["label"])

    def _add_row(self, rec: dict) -> None:
        self.table.insertRow(self.table.rowCount())
        self._update_row(rec)

    def _update_row(self, rec: dict) -> None:
        row = self.records.index(rec)
        tc = rec["train"]
        best = "" if rec["best"] is None else f"{rec['best']:.2f}"
        train = "" if rec["train_acc"] is None else f"{rec['train_acc']:.2f}"
        secs = "" if rec["seconds"] is None else f"{rec['seconds']:.0f}"
        for col, v in enumerate([rec["experiment"], rec["label"], tc.epochs, tc.batch_size,
                                 f"{tc.lr:g}", train, best, secs]):
            item = QTableWidgetItem(str(v))
            item.setToolTip(rec["finding"] or rec["label"])  # the whole finding on hover
            self.table.setItem(row, col, item)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            rec = self.records[row]
            if rec is self.records[-1] and self.is_running():
                continue  # the run in progress stays until it ends
            self.acc_plot.removeItem(rec["acc_curve"])
            self.loss_plot.removeItem(rec["loss_curve"])
            for legend, curve in ((self.acc_plot.legend, rec["acc_curve"]),
                                  (self.loss_plot.legend, rec["loss_curve"])):
                legend.removeItem(curve)
            self.records.pop(row)
            self.table.removeRow(row)

    def write_csv(self, path: str) -> None:
        """The curves as CSV, written atomically; raises OSError saying why it could not be."""
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["experiment", "run", "epoch", "test_accuracy_percent", "train_loss"])
        for rec in self.records:
            for e, acc, loss in zip(rec["epochs"], rec["test"], rec["loss"]):
                w.writerow([rec["experiment"], rec["label"], e, f"{acc:.4f}", f"{loss:.6f}"])
        atomic_write(Path(path), out.getvalue().encode("utf-8"))

    def write_png(self, path: str) -> None:
        """The lab's plots as a PNG, written atomically; raises OSError if it could not be."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.plot.grab().save(buffer, "PNG"):
            raise OSError("the picture could not be encoded")
        atomic_write(Path(path), bytes(buffer.data()))

    def _export(self, kind: str) -> None:
        if kind == "png" and self.plot is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, f"Export {kind.upper()}", f"lab.{kind}",
                                              f"{kind.upper()} (*.{kind})")
        if not path:
            return
        try:
            (self.write_csv if kind == "csv" else self.write_png)(path)
        except OSError as e:  # nothing was written; the message says why
            self.status.setText(safe_text(f"could not write {path}: {e.strerror or e}"))
            return
        self.status.setText(safe_text(f"wrote {path}"))
