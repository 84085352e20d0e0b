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
from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QCoreApplication, QIODevice
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QProgressBar, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from bnn_gui.core.files import atomic_write
from bnn_gui.core.lab import bit_budget
from bnn_gui.core.runs.pitfalls import experiments
from bnn_gui.core.runs.run import RunRecord, lab_specs
from bnn_gui.gui.runs.run_controller import RunController
from bnn_gui.gui.messages import may_replace, safe_text
from bnn_gui.gui.language import number

COLOURS = ["#4fc3f7", "#ffb74d", "#81c784", "#e57373", "#ba68c8", "#fff176", "#90a4ae",
           "#f06292"]
COLUMNS = [QT_TRANSLATE_NOOP("LabPanel", "experiment"), QT_TRANSLATE_NOOP("LabPanel", "run"),
           QT_TRANSLATE_NOOP("LabPanel", "epochs"), QT_TRANSLATE_NOOP("LabPanel", "batch"),
           QT_TRANSLATE_NOOP("LabPanel", "lr"), QT_TRANSLATE_NOOP("LabPanel", "train %"),
           QT_TRANSLATE_NOOP("LabPanel", "best test %"), QT_TRANSLATE_NOOP("LabPanel", "seconds")]


class LabPanel(QWidget):
    def __init__(self, data_dir: str | None = None, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.experiments = experiments()
        self.records: list[RunRecord] = []  # the runs in the table and plots, oldest first
        self._curves: dict[int, tuple] = {}  # id(record) -> its (accuracy, loss) plot items
        self._planned = 0  # runs in the experiment going now
        self.runs = RunController(self._read_data, self)
        # bound methods: the controller emits in the GUI thread, where this panel lives
        self.runs.status.connect(self._on_run_status)
        self.runs.progressed.connect(self._on_progress)
        self.runs.epoch_ended.connect(self._on_epoch)
        self.runs.finished.connect(self._on_finished)
        self.runs.failed.connect(self._on_failed)
        self.runs.running_changed.connect(self._on_running_changed)
        self.choice = QComboBox()
        for e in self.experiments:
            self.choice.addItem(_pitfalls(e.title), e.name)
        self.choice.setToolTip(self.tr("A classic BNN mistake or comparison, as a few short runs"))
        self.choice.currentIndexChanged.connect(self._on_choice_changed)
        self.lesson = QLabel(wordWrap=True)
        # what the latest run showed, in its own words and its measured figures
        self.finding = QLabel(wordWrap=True)
        self.finding.setStyleSheet("color: #ffb74d")
        self.finding.setVisible(False)
        self.run_button = QPushButton(self.tr("Run experiment"))
        self.run_button.setToolTip(self.tr("Train its runs one after another on MNIST, in the "
                                           "background"))
        self.run_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop"), enabled=False)
        self.stop_button.clicked.connect(self.stop)
        self.remove_button = QPushButton(self.tr("Remove run"))
        self.remove_button.setToolTip(self.tr("Remove the selected run from the plots and the "
                                              "table"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.png_button = QPushButton(self.tr("Export PNG…"))
        self.png_button.clicked.connect(lambda: self._export("png"))
        self.status = QLabel("")
        self.progress = QProgressBar(textVisible=True)
        self.progress.setFormat(self.tr("no experiment running"))
        self.progress.setToolTip(self.tr("The experiment's progress: its runs, one after another"))
        self.plot = None  # built on first use
        self.bytes_plot = None  # the bit budget's accuracy against bytes, on first use
        self._labels: dict[int, pg.TextItem] = {}  # id(record) -> the 1-bit point's name
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
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
        e = self.experiments[self.choice.currentIndex()]
        self.lesson.setText(_pitfalls(e.lesson).format(*e.lesson_args))
        self.finding.setVisible(False)

    def load_data(self, progress, download: bool = False):
        """Where the training data comes from (tests replace this with synthetic data)."""
        from bnn_gui.core.runs.data import load_mnist

        return load_mnist(self.data_dir, download=download, progress=progress)

    def _read_data(self, progress, download: bool = False):
        return self.load_data(progress, download)  # looked up at each run: tests replace it

    # --- runs --------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.runs.is_running()

    def start(self) -> None:
        """Run the chosen experiment's runs one after another (a queue of run specs)."""
        if self.is_running():
            return
        exp = self.experiments[self.choice.currentIndex()]
        new = self.runs.start(lab_specs(exp))
        self._planned = len(new)
        for rec in new:  # a row and curves for each, filled in as they run
            self.records.append(rec)
            self._add_curves(rec)
            self._add_row(rec)

    def stop(self) -> None:
        self.runs.stop()

    def shutdown(self, wait_ms: int = 10000) -> bool:
        return self.runs.shutdown(wait_ms)

    def _on_running_changed(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        if not running:
            mine = self.records[-self._planned:] if self._planned else []
            done = all(r.state == "done" for r in mine)
            self.status.setText(self.tr("done"))
            self.progress.setFormat(self.tr("done") if done else self.tr("stopped"))
            for rec in mine:  # runs stopped before they began: their rows say so
                self._update_row(rec)

    def _on_run_status(self, rec: RunRecord) -> None:
        self.status.setText(f"{_pitfalls(rec.spec.experiment)}: {_pitfalls(rec.spec.label)}: "
                            f"{rec.status}")

    def _on_failed(self, rec: RunRecord) -> None:
        QMessageBox.warning(self, self.tr("Lab run failed"), safe_text(rec.error))

    def _run_number(self, rec: RunRecord) -> int:
        """1-based place of ``rec`` in the experiment going now."""
        mine = self.records[-self._planned:] if self._planned else []
        return mine.index(rec) + 1 if rec in mine else 1

    def _on_progress(self, rec: RunRecord, _losses) -> None:
        """Batches went by: the loss curve grows live, the bar and the status follow."""
        ev = rec.last
        curves = self._curves.get(id(rec))
        if curves is not None:
            curves[1].setData(np.asarray(rec.batch_x), np.asarray(rec.batch_loss))
        n = self._run_number(rec)
        overall = (n - 1 + ev.fraction) / max(1, self._planned)
        self.progress.setMaximum(1000)
        self.progress.setValue(int(1000 * overall))
        self.progress.setFormat(self.tr("run {0} of {1} · epoch {2}/{3} · {4}% · all: %p%")
                                .format(n, self._planned, ev.epoch + 1, ev.epochs,
                                        number(100 * ev.fraction, 0)))
        self.status.setText(self.tr("{0}: {1}: loss {2}").format(
            _pitfalls(rec.spec.experiment), _pitfalls(rec.spec.label), number(ev.loss, 3)))

    def _on_epoch(self, rec: RunRecord, _reading) -> None:
        curves = self._curves.get(id(rec))
        if curves is not None:
            curves[0].setData(np.asarray(rec.epochs, float), np.asarray(rec.test))
            if len(curves) > 2 and rec.test:  # the bit budget: its point moves up as it learns
                curves[2].setData([bit_budget.weight_bytes(rec.spec.model_config) / 1024],
                                  [max(rec.test)])
        self._update_row(rec)

    def _on_finished(self, rec: RunRecord) -> None:
        if rec.finding:
            self.finding.setText(f"{_pitfalls(rec.spec.label)}: {_finding(rec)}")
            self.finding.setVisible(True)
        self._update_row(rec)

    # --- plots and table ---------------------------------------------------------------------
    def _add_curves(self, rec: RunRecord) -> None:
        if self.plot is None:
            self.plot = pg.GraphicsLayoutWidget()
            self.acc_plot = self.plot.addPlot(row=0, col=0, title=self.tr("test accuracy %"))
            self.loss_plot = self.plot.addPlot(row=0, col=1,
                                               title=self.tr("training loss per batch (log)"))
            self.loss_plot.setLogMode(y=True)
            for p in (self.acc_plot, self.loss_plot):
                p.addLegend(offset=(-5, 5), labelTextSize="8pt")
                p.setLabel("bottom", self.tr("epoch"))
                p.getAxis("bottom").enableAutoSIPrefix(False)
                p.showGrid(x=True, y=True, alpha=0.2)
            self.loss_plot.getAxis("left").setStyle(maxTextLevel=0)
            self._plot_slot.addWidget(self.plot)
            self.plot.show()
        colour = COLOURS[len(self.records) % len(COLOURS)]
        pen = pg.mkPen(colour, width=2)
        self._curves[id(rec)] = (
            self.acc_plot.plot(pen=pen, symbol="o", symbolSize=5, symbolBrush=colour,
                               name=_pitfalls(rec.spec.label)),
            self.loss_plot.plot(pen=pen, name=_pitfalls(rec.spec.label)))
        if rec.spec.experiment == bit_budget.TITLE:
            self._curves[id(rec)] += (self._bytes_point(rec, colour),)

    def _bytes_point(self, rec: RunRecord, colour: str):
        """The bit budget's third plot: each run's best test accuracy against the kilobytes
        of its weights (log scale), the 1-bit point a larger star with its name beside it."""
        if self.bytes_plot is None:
            self.bytes_plot = self.plot.addPlot(row=0, col=2,
                                                title=self.tr("test % against weight KB"))
            self.bytes_plot.setLogMode(x=True)
            self.bytes_plot.setLabel("bottom", self.tr("weights, KB (log)"))
            self.bytes_plot.showGrid(x=True, y=True, alpha=0.2)
        one_bit = bit_budget.bits_of(rec.spec.model_config) == 1
        point = self.bytes_plot.plot(pen=None, symbol="star" if one_bit else "o",
                                     symbolSize=16 if one_bit else 9, symbolBrush=colour,
                                     symbolPen=pg.mkPen("w" if one_bit else colour))
        if one_bit:  # named beside it; placed in the plot's own (log10) coordinates
            label = pg.TextItem(_pitfalls(rec.spec.label), color=colour, anchor=(-0.25, 0.5))
            label.setVisible(False)
            self.bytes_plot.addItem(label)
            self._labels[id(rec)] = label
            point.sigPlotChanged.connect(lambda item: _place(label, item))
        return point

    def _add_row(self, rec: RunRecord) -> None:
        self.table.insertRow(self.table.rowCount())
        self._update_row(rec)

    def _update_row(self, rec: RunRecord) -> None:
        if rec not in self.records:
            return  # removed meanwhile
        row = self.records.index(rec)
        tc = rec.spec.train_config
        best = "" if rec.best_test is None else number(rec.best_test, 2)
        train = (number(rec.train_accuracy[-1], 2) if rec.train_accuracy
                 and rec.train_accuracy[-1] == rec.train_accuracy[-1] else "–")  # NaN: untrained
        secs = number(rec.result.seconds, 0) if rec.result is not None else (
            self.tr("stopped") if rec.state == "stopped" else "")
        for col, v in enumerate([_pitfalls(rec.spec.experiment), _pitfalls(rec.spec.label), tc.epochs,
                                 tc.batch_size, f"{tc.lr:g}", train, best, secs]):
            item = QTableWidgetItem(str(v))
            item.setToolTip(_finding(rec) or _pitfalls(rec.spec.label))  # the whole finding on hover
            self.table.setItem(row, col, item)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            rec = self.records[row]
            if rec.state in ("running", "waiting") and self.is_running():
                continue  # the experiment in progress stays until it ends
            acc_curve, loss_curve, *point = self._curves.pop(id(rec))
            self.acc_plot.removeItem(acc_curve)
            self.loss_plot.removeItem(loss_curve)
            for p in [*point, *filter(None, [self._labels.pop(id(rec), None)])]:
                self.bytes_plot.removeItem(p)
            for legend, curve in ((self.acc_plot.legend, acc_curve),
                                  (self.loss_plot.legend, loss_curve)):
                legend.removeItem(curve)
            self.records.pop(row)
            self.table.removeRow(row)

    def write_csv(self, path: str) -> None:
        """The curves as CSV, written atomically; raises OSError saying why it could not be."""
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["experiment", "run", "epoch", "test_accuracy_percent", "train_loss"])
        for rec in self.records:
            for e, acc, loss in zip(rec.epochs, rec.test, rec.train_loss):
                w.writerow([rec.spec.experiment, rec.spec.label, e, f"{acc:.4f}",
                            f"{loss:.6f}"])
        atomic_write(Path(path), out.getvalue().encode("utf-8"))

    def write_png(self, path: str) -> None:
        """The lab's plots as a PNG, written atomically; raises OSError if it could not be."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.plot.grab().save(buffer, "PNG"):
            raise OSError(self.tr("the picture could not be encoded"))
        atomic_write(Path(path), bytes(buffer.data()))

    def _export(self, kind: str) -> None:
        if kind == "png" and self.plot is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export {0}").format(kind.upper()),
                                              f"lab.{kind}",
                                              f"{kind.upper()} (*.{kind})")
        if not path or not may_replace(self, path):
            return
        try:
            (self.write_csv if kind == "csv" else self.write_png)(path)
        except OSError as e:  # nothing was written; the message says why
            self.status.setText(safe_text(self.tr("could not write {0}: {1}").format(
                path, e.strerror or e)))
            return
        self.status.setText(safe_text(self.tr("wrote {0}").format(path)))


def _pitfalls(text: str) -> str:
    """A lab text written by the core (core/runs/pitfalls.py), in the window's language."""
    return QCoreApplication.translate("pitfalls", text)


def _results(text: str) -> str:
    return QCoreApplication.translate("results", text)


def _finding(rec) -> str:
    """What a run showed, in the window's language: its lesson, then what was measured."""
    measured = rec.result.summary(_results) if rec.result is not None else ""
    return " ".join(t for t in (_pitfalls(rec.spec.lesson) if rec.spec.lesson else "",
                                QCoreApplication.translate("LabPanel", "Measured: {0}.")
                                .format(measured) if measured else "") if t)


def _place(label, point) -> None:
    x, y = point.getOriginalDataset()
    if x is not None and len(x):
        label.setPos(float(np.log10(x[0])), float(y[0]))
        label.setVisible(True)
