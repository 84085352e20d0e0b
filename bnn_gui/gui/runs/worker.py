"""The training worker: a QObject living in a QThread, a thin shell around core.training.train.

The worker trains its own network; the GUI thread never touches it. What crosses threads:
progress events (plain dataclasses) and readings of the drawing (numpy arrays) going out, a
stop flag and the current drawing (a numpy array, swapped under a lock) coming in.

Per-batch progress is sent at most every ``PROGRESS_INTERVAL`` seconds, with every loss since
the previous signal, so a fast run on tiny data cannot flood the GUI's event queue.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
from PySide6.QtCore import Signal

from bnn_gui.gui.background import Job, Worker

PROGRESS_INTERVAL = 0.2  # seconds: redrawing the curves more often costs training time
PROBE_EVERY_S = 2.0  # seconds between test-accuracy probes on a 2,000-digit subset


@dataclass
class TrainingJob:
    model_config: object  # bnn_gui.config.ModelConfig
    train_config: object  # bnn_gui.config.TrainConfig
    out_dir: Path | None  # None: the run is not saved (the pitfalls lab)
    load_data: Callable  # (progress) -> bnn_gui.core.runs.data.Dataset; may raise DataError
    finetune: FinetuneJob | None = None  # set: fine-tune a saved model instead of a new one
    device: str = "auto"  # where PyTorch computes (core/runs/devices.py), resolved in the thread
    trainer: Callable | None = None  # a lab run's own loop (pitfalls.Run.trainer); None: train


@dataclass
class FinetuneJob:
    base_model: Path  # the model file to start from; it is read again here, never changed
    samples: list  # bnn_gui.core.runs.personal.Sample: a copy, the GUI keeps its own
    config: object  # bnn_gui.core.runs.finetune.FinetuneConfig


def _recipe(job: TrainingJob) -> list:
    """How the window made this model (core/runs/recipe.py): a training run's configs, or a
    fine-tune's settings after the recipe of the model it started from."""
    from bnn_gui.core.nets.checkpoint import ModelFileError, read
    from bnn_gui.core.runs.recipe import extend, stage

    if job.finetune is None:
        return [stage("window_train", {"model_config": job.model_config.to_dict(),
                                       "train_config": job.train_config.to_dict()},
                      command="bnn-gui (the window): Training ▸ Start training")]
    try:
        base = read(job.finetune.base_model).recipe
    except (ModelFileError, OSError):
        base = []
    return extend(base, stage("window_finetune", {
        "base_model": job.finetune.base_model.name,
        "finetune_config": job.finetune.config.to_dict(),
        "personal_digits": len(job.finetune.samples)},
        command="bnn-gui (the window): Digits ▸ Teach the live model my handwriting"))


class TrainingWorker(Worker):
    status = Signal(str)  # "reading MNIST…"
    progress = Signal(object, list)  # latest BatchProgress, losses since the last signal
    epoch_ended = Signal(object, object)  # EpochEnd, the Reading of the drawing by the snapshot
    probed = Signal(object)  # a Probe: test accuracy on a fixed subset, during an epoch
    finished = Signal(str, object)  # path of the saved model ("" if not saved), Finished
    save_failed = Signal(str, object)  # why the model could not be saved, Finished (to save it
    #                                    elsewhere: the trained network is not lost)
    stopped = Signal()  # stopped on request; nothing was written
    failed = Signal(str, bool)  # message, True when MNIST is missing (offer a download)

    def __init__(self, job: TrainingJob):
        super().__init__()
        self.job = job
        self._lock = threading.Lock()
        self._drawing: np.ndarray | None = None

    def set_drawing(self, image28: np.ndarray | None) -> None:
        """Thread-safe: the 28x28 the snapshot reads after each epoch (None: blank)."""
        with self._lock:
            self._drawing = None if image28 is None else np.array(image28, np.float32)

    def work(self) -> None:
        from bnn_gui.config import ConfigError
        from bnn_gui.core.nets.checkpoint import ModelFileError
        from bnn_gui.core.runs.data import DataError, MnistMissing
        from bnn_gui.core.runs.training import Stopped, TrainingDiverged

        try:
            self._run()
        except Stopped:  # asked to stop in the middle of a phase: nothing was written
            self.stopped.emit()
        except DataError as e:
            self.failed.emit(str(e), isinstance(e, MnistMissing))
        except (TrainingDiverged, ConfigError, ModelFileError) as e:
            self.failed.emit(str(e), False)
        except Exception as e:  # an error in training must reach the window, not kill the app
            self.failed.emit(f"{type(e).__name__}: {e}", False)

    def _run(self) -> None:
        from bnn_gui.core.nets import checkpoint
        from bnn_gui.core.files import new_model_file
        from bnn_gui.core.runs.training import BatchProgress, EpochEnd, Finished, Probe, new_model, train

        from bnn_gui.core.runs.devices import resolve

        job = self.job
        device = resolve(job.device)  # "cuda" with no GPU: a one-line failure, nothing read
        self.status.emit("reading the training data…")
        data = job.load_data(self._data_progress)
        if self.stopping():
            self.stopped.emit()
            return
        if job.trainer is not None:  # a lab run with its own loop: nothing to read drawings with
            model = None
            gen = job.trainer(job.model_config, job.train_config, data,
                              should_stop=self.stopping, device=device)
            name = job.model_config.name
        elif job.finetune is None:
            model = new_model(job.model_config, job.train_config)
            gen = train(job.model_config, job.train_config, data, model=model,
                        should_stop=self.stopping, probe_every_s=PROBE_EVERY_S,
                        device=device)
            name = job.model_config.name
        else:
            from bnn_gui.core.runs.finetune import finetune

            ft = job.finetune
            self.status.emit("measuring accuracy before, varying your digits…")
            model, _ = checkpoint.load(ft.base_model)
            gen = finetune(model, data, ft.samples, ft.config, should_stop=self.stopping,
                           device=device)
            name = f"{job.model_config.name}-personal"
        losses: list[float] = []
        last_sent = 0.0
        try:
            for ev in gen:
                if self.stopping():
                    self.stopped.emit()
                    return
                if isinstance(ev, BatchProgress):
                    losses.append(ev.loss)
                    now = time.perf_counter()
                    if now - last_sent >= PROGRESS_INTERVAL or ev.batch + 1 == ev.batches:
                        self.progress.emit(ev, losses)
                        losses, last_sent = [], now
                elif isinstance(ev, Probe):
                    self.probed.emit(ev)
                elif isinstance(ev, EpochEnd):
                    self.epoch_ended.emit(ev, None if model is None else self._read_drawing(model))
                elif isinstance(ev, Finished):
                    path = ""
                    if job.out_dir is not None and not self.stopping():
                        self.status.emit("saving the model…")
                        target = None
                        try:
                            target = new_model_file(job.out_dir, name,
                                                    getattr(ev, "test_accuracy", None))
                            ev.recipe = _recipe(job)
                            path = str(checkpoint.save(target, ev.model, ev.train_config,
                                                       ev.metrics(), ev.checksums, ev.recipe))
                        except OSError as e:
                            if target is not None and target.exists() \
                                    and target.stat().st_size == 0:
                                target.unlink()  # our own reservation, never written
                            self.save_failed.emit(
                                f"The model could not be saved in {job.out_dir}: "
                                f"{e.strerror or e}.", ev)
                            return
                    self.finished.emit(path, ev)
        finally:
            gen.close()

    def _data_progress(self, what: str, done: int, total: int) -> None:
        if self.stopping():  # reading or fetching the data stops too
            from bnn_gui.core.runs.training import Stopped

            raise Stopped()
        self.status.emit(f"{what} {100 * done / total:.0f}%" if total else f"{what}…")

    def _read_drawing(self, model):
        from bnn_gui.core.inference import read_net

        with self._lock:
            x = self._drawing
        return read_net(model, x)


class TrainingRun(Job):
    """A training worker and its thread (``background.Job``): started together, shut down
    together."""

    def __init__(self, job: TrainingJob):
        super().__init__(TrainingWorker(job))
