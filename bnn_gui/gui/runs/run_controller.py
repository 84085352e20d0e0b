"""The one place a run's events cross threads.

A ``RunController`` (a QObject in the GUI thread) takes a queue of run specs (core/runs/run.py)
and runs them one after another, each in a background ``Job`` (background.py). The worker in the
run's thread reads the data, drives the run's generator and saves the model; every event it
sends arrives in the controller's bound slots, hence in the GUI thread, where it is folded into
the run's ``RunRecord`` and passed on as a signal that views connect to. Views never see a
worker or a thread.

Per-batch events are sent at most every ``PROGRESS_INTERVAL`` seconds, all those since the
last send together, so that a fast run on tiny data cannot flood the GUI's event queue.
"""

from __future__ import annotations

import functools
import threading
import time
from pathlib import Path
from typing import Callable

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal, Slot

from bnn_gui.core.runs.run import RunRecord, RunSpec, save
from bnn_gui.gui.background import Job, Worker
from bnn_gui.gui.messages import error_text, step_text

PROGRESS_INTERVAL = 0.2  # seconds: redrawing the curves more often costs training time
PROBE_EVERY_S = 2.0  # seconds between test-accuracy probes on a 2,000-digit subset
KEPT_RECORDS = 50  # the controller remembers this many runs (the lab's table keeps its own)


def _tr(text: str) -> str:
    """The run's status words in the window's language (translate is thread-safe)."""
    return QCoreApplication.translate("RunWorker", text)


class RunWorker(Worker):
    """Runs one spec in the job's thread. Its signals carry plain data only."""

    status = Signal(str)
    batches = Signal(list)  # BatchProgress events since the last send
    probed = Signal(object)  # a Probe
    epoch_ended = Signal(object, object)  # EpochEnd, the Reading of the drawing by the snapshot
    finished = Signal(object, str)  # Finished, the saved model's path ("" when not saved)
    save_failed = Signal(object, str)  # Finished (the trained network is not lost), why
    stopped = Signal()  # stopped on request; nothing was written
    failed = Signal(str, bool)  # message, True when MNIST is missing (a download may help)

    def __init__(self, spec: RunSpec, load_data: Callable, drawing: np.ndarray | None):
        super().__init__()
        self.spec = spec
        self.load_data = load_data  # (progress) -> Dataset; may raise DataError
        self._lock = threading.Lock()
        self._drawing = drawing

    def set_drawing(self, image28: np.ndarray | None) -> None:
        """Thread-safe: the 28x28 the snapshot reads after each epoch (None: blank)."""
        with self._lock:
            self._drawing = None if image28 is None else np.array(image28, np.float32)

    def work(self) -> None:
        from bnn_gui.core.torch_import import import_torch

        import_torch(training=True)  # before anything imports it: the window keeps drawing
        from bnn_gui.config import ConfigError
        from bnn_gui.core.nets.checkpoint import ModelFileError
        from bnn_gui.core.runs.data import DataError, MnistMissing
        from bnn_gui.core.runs.training import Stopped, TrainingDiverged

        try:
            self._run()
        except Stopped:  # asked to stop in the middle of a phase: nothing was written
            self.stopped.emit()
        except DataError as e:
            self.failed.emit(error_text(e), isinstance(e, MnistMissing))
        except (TrainingDiverged, ConfigError, ModelFileError) as e:
            self.failed.emit(error_text(e), False)
        except Exception as e:  # an error in training must reach the window, not kill the app
            self.failed.emit(f"{type(e).__name__}: {e}", False)

    def _run(self) -> None:
        from bnn_gui.core.runs.devices import resolve
        from bnn_gui.core.runs.events import BatchProgress, EpochEnd, Finished, Probe
        from bnn_gui.core.runs.run import events

        spec = self.spec
        device = resolve(spec.device)  # "cuda" with no GPU: a one-line failure, nothing read
        self.status.emit(_tr(QT_TRANSLATE_NOOP("RunWorker", "reading the training data…")))
        data = self.load_data(self._data_progress)
        if self.stopping():
            self.stopped.emit()
            return
        if spec.kind == "finetune":
            self.status.emit(_tr(QT_TRANSLATE_NOOP(
                "RunWorker", "measuring accuracy before, varying your digits…")))
        model, gen = events(spec, data, self.stopping, device, PROBE_EVERY_S)
        pending: list = []
        last_sent = 0.0
        try:
            for ev in gen:
                if self.stopping():
                    self.stopped.emit()
                    return
                if isinstance(ev, BatchProgress):
                    pending.append(ev)
                    now = time.perf_counter()
                    if now - last_sent >= PROGRESS_INTERVAL or ev.batch + 1 == ev.batches:
                        self.batches.emit(pending)
                        pending, last_sent = [], now
                elif isinstance(ev, Probe):
                    self.probed.emit(ev)
                elif isinstance(ev, EpochEnd):
                    self.epoch_ended.emit(ev, None if model is None else self._read_drawing(model))
                elif isinstance(ev, Finished):
                    self._finish(ev)
        finally:
            gen.close()

    def _finish(self, result) -> None:
        if self.spec.out_dir is None or self.stopping():
            self.finished.emit(result, "")
            return
        self.status.emit(_tr(QT_TRANSLATE_NOOP("RunWorker", "saving the model…")))
        try:
            path = save(self.spec, result)
        except OSError as e:
            self.save_failed.emit(result, f"The model could not be saved in "
                                          f"{self.spec.out_dir}: {e.strerror or e}.")
            return
        self.finished.emit(result, str(path))

    def _data_progress(self, what: str, done: int, total: int) -> None:
        if self.stopping():  # reading or fetching the data stops too
            from bnn_gui.core.runs.training import Stopped

            raise Stopped()
        what = step_text(what)
        self.status.emit(f"{what} {100 * done / total:.0f}%" if total else f"{what}…")

    def _read_drawing(self, model):
        from bnn_gui.core.inference import read_net

        with self._lock:
            x = self._drawing
        return read_net(model, x)


class RunController(QObject):
    """Runs specs one after another in the background; see the module docs. Every signal is
    emitted in the GUI thread and carries the run's record."""

    status = Signal(object)  # record: record.status is what the run is doing now
    progressed = Signal(object, list)  # record, the new losses
    probed = Signal(object)  # record
    epoch_ended = Signal(object, object)  # record, the network in training's Reading
    finished = Signal(object)  # record: "done" (record.saved_path: "" when not saved)
    save_failed = Signal(object)  # record: "unsaved"; save_as can write it elsewhere
    stopped = Signal(object)  # record
    failed = Signal(object)  # record: record.error, record.data_missing
    running_changed = Signal(bool)  # a queue began, or the last of it ended

    def __init__(self, load_data: Callable, parent=None):
        super().__init__(parent)
        self._load_data = load_data  # (progress, download) -> Dataset
        self.records: list[RunRecord] = []  # every run started, oldest first
        self.queue: list[RunRecord] = []  # waiting their turn
        self.job: Job | None = None
        self.current: RunRecord | None = None
        self._drawing: np.ndarray | None = None
        self._download = False  # the next start downloads MNIST (asked after a failure)
        self._again: list[RunSpec] = []  # what retry_downloading starts again

    # --- asking --------------------------------------------------------------------------
    def start(self, specs: list[RunSpec]) -> list[RunRecord]:
        """Queue ``specs`` and start the first; [] when a run is going already."""
        if self.is_running() or not specs:
            return []
        self._again = list(specs)
        new = [RunRecord(s) for s in specs]
        # a finished run's network is not kept: it was saved (or it was a lab run, which
        # nothing reads); an unsaved one is kept only until the next start (a long session
        # grew by a network a run)
        for old in self.records:
            old.release_model()
        self.records = (self.records + new)[-max(KEPT_RECORDS, len(new)):]
        self.queue = list(new)
        self._next()
        self.running_changed.emit(True)  # after the start: is_running() says so
        return new

    def is_running(self) -> bool:
        return self.job is not None and self.job.is_running()

    @property
    def thread(self):
        """The current run's QThread (None before the first run)."""
        return None if self.job is None else self.job.thread

    def stop(self) -> None:
        """Stop the run going now and drop the ones waiting; nothing is saved."""
        self._cancel_queue()
        if self.is_running():
            self.job.stop()

    def shutdown(self, wait_ms: int = 10000) -> bool:
        """Stop and wait for the thread (the window closing). True if nothing is running."""
        self._cancel_queue()
        self._download = False
        return self.job is None or self.job.stop(wait_ms) or not self.job.is_running()

    def set_drawing(self, image28: np.ndarray | None) -> None:
        """The 28x28 a run's snapshot reads after each epoch ("watch it learn")."""
        self._drawing = image28
        if self.job is not None:
            self.job.worker.set_drawing(image28)

    def retry_downloading(self) -> None:
        """Start the last queue again, downloading MNIST first (after a failure that said it
        is missing); once the failed run's thread has ended."""
        self._download = True
        if not self.is_running():
            self._restart()

    def save_as(self, record: RunRecord, path: str) -> None:
        """Write an unsaved run's model as ``path`` (raises OSError saying why not); then the
        run is done, as if it had been saved where it was meant to be."""
        save(record.spec, record.result, Path(path))
        record.saved_path, record.state, record.error = str(path), "done", ""
        self.finished.emit(record)

    # --- the queue -----------------------------------------------------------------------
    def _cancel_queue(self) -> None:
        for rec in self.queue:
            rec.state = "stopped"
        self.queue.clear()

    def _next(self) -> None:
        rec = self.current = self.queue.pop(0)
        rec.state = "running"
        download, self._download = self._download, False
        loader = functools.partial(self._load_data, download=download)
        worker = RunWorker(rec.spec, loader, self._drawing)
        # bound methods of this object, which lives in the GUI thread: Qt queues each call there
        worker.status.connect(self._on_status)
        worker.batches.connect(self._on_batches)
        worker.probed.connect(self._on_probed)
        worker.epoch_ended.connect(self._on_epoch_ended)
        worker.finished.connect(self._on_finished)
        worker.save_failed.connect(self._on_save_failed)
        worker.stopped.connect(self._on_stopped)
        worker.failed.connect(self._on_failed)
        self.job = Job(worker)
        self.job.thread.finished.connect(self._on_thread_finished)
        self.job.start()

    def _restart(self) -> None:
        self.start(self._again)  # _next takes the download flag

    # --- what the worker reports (GUI thread) ---------------------------------------------
    @Slot(str)
    def _on_status(self, text: str) -> None:
        self.current.status = text
        self.status.emit(self.current)

    @Slot(list)
    def _on_batches(self, batch_events: list) -> None:
        for ev in batch_events:
            self.current.apply(ev)
        self.progressed.emit(self.current, [ev.loss for ev in batch_events])

    @Slot(object)
    def _on_probed(self, ev) -> None:
        self.current.apply(ev)
        self.probed.emit(self.current)

    @Slot(object, object)
    def _on_epoch_ended(self, ev, reading) -> None:
        self.current.apply(ev)
        self.epoch_ended.emit(self.current, reading)

    @Slot(object, str)
    def _on_finished(self, result, path: str) -> None:
        rec = self.current
        rec.apply(result)
        rec.saved_path, rec.state = path, "done"
        self.finished.emit(rec)

    @Slot(object, str)
    def _on_save_failed(self, result, message: str) -> None:
        rec = self.current
        rec.apply(result)
        rec.state, rec.error = "unsaved", message
        self.save_failed.emit(rec)

    @Slot()
    def _on_stopped(self) -> None:
        self._cancel_queue()
        self.current.state = "stopped"
        self.stopped.emit(self.current)

    @Slot(str, bool)
    def _on_failed(self, message: str, data_missing: bool) -> None:
        self._cancel_queue()
        rec = self.current
        rec.state, rec.error, rec.data_missing = "failed", message, data_missing
        self.failed.emit(rec)

    @Slot()
    def _on_thread_finished(self) -> None:
        self.job.thread.wait()  # its work is done; let it be gone before anything restarts
        self.job.worker.load_data = None  # drops the loader, which may refer back to a view
        if self.current is not None and self.current.state == "done":
            self.current.release_model()
        if self.current is not None and not self.current.finished():
            self.current.state = "stopped"  # ended without a word (stopped before it began)
        if self.queue:
            self._next()
            return
        self.running_changed.emit(False)
        if self._download:
            self._restart()
