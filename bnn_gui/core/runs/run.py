"""A run as plain data: what to train (``RunSpec``) and what happened (``RunRecord``).

A spec says everything a run needs: the model and training configs, whether it fine-tunes a
saved model, where it computes, where (and whether) its model is saved, and for a lab run its
own trainer and lesson. ``events(spec, data, ...)`` turns it into the training generator
(training.train, finetune.finetune or a lab trainer); ``save(spec, finished)`` writes its model
with the recipe that made it. A ``RunRecord`` folds the generator's events into plain lists
(losses per batch, accuracy per epoch and probe, flips, the result) that a view draws from and
a test reads without Qt. A lab experiment is a list of specs run one after another.

No PyTorch at import: the GUI builds specs and reads records; the run itself happens in its
background thread (gui/runs/run_controller.py) or a command-line loop.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from bnn_gui.core.runs.events import BatchProgress, EpochEnd, Finished, Probe


@dataclass(frozen=True)
class FinetuneSpec:
    base_model: Path  # the model file to start from; read again in the run, never changed
    samples: tuple  # personal.Sample: a copy taken when the run was asked for
    config: object  # finetune.FinetuneConfig


@dataclass(frozen=True)
class RunSpec:
    model_config: object  # bnn_gui.config.ModelConfig
    train_config: object  # bnn_gui.config.TrainConfig
    out_dir: Path | None = None  # None: the model is not saved (a lab run)
    finetune: FinetuneSpec | None = None  # set: fine-tune base_model instead of a new network
    device: str = "auto"  # where PyTorch computes (devices.py), resolved in the run's thread
    # a lab run: its experiment and label, what it teaches, and its own loop (called as
    # training.train is; None: training.train)
    experiment: str = ""
    label: str = ""
    lesson: str = ""
    trainer: Callable | None = None

    @property
    def kind(self) -> str:
        """"finetune", "lab" or "train"."""
        if self.finetune is not None:
            return "finetune"
        return "lab" if self.out_dir is None else "train"

    @property
    def model_name(self) -> str:
        """The saved model's name before its date: the preset, "-personal" for a fine-tune."""
        name = self.model_config.name
        return f"{name}-personal" if self.finetune is not None else name

    def recipe(self) -> list:
        """How the window made this model (recipe.py): a training run's configs, or a
        fine-tune's settings after the recipe of the model it started from."""
        from bnn_gui.core.nets.checkpoint import ModelFileError, read_model_file
        from bnn_gui.core.runs.recipe import extend, stage

        if self.finetune is None:
            return [stage("window_train", {"model_config": self.model_config.to_dict(),
                                           "train_config": self.train_config.to_dict()},
                          command="bnn-gui (the window): Training ▸ Start training")]
        ft = self.finetune
        try:
            base = read_model_file(ft.base_model).recipe
        except (ModelFileError, OSError):
            base = []
        return extend(base, stage("window_finetune", {
            "base_model": Path(ft.base_model).name,
            "finetune_config": ft.config.to_dict(),
            "personal_digits": len(ft.samples)},
            command="bnn-gui (the window): Digits ▸ Teach the live model my handwriting"))


def lab_specs(experiment) -> list[RunSpec]:
    """A pitfalls experiment (pitfalls.Experiment) as the queue of runs it is made of."""
    return [RunSpec(r.model, r.train, experiment=experiment.title, label=r.label,
                    lesson=r.lesson, trainer=r.trainer) for r in experiment.runs]


def events(spec: RunSpec, data, should_stop=None, device=None, probe_every_s: float = 0.0):
    """The run's model (None for a lab trainer's own network, which nothing else reads) and
    its event generator. A fine-tune reads its base model here, in the run's thread."""
    if spec.trainer is not None:
        return None, spec.trainer(spec.model_config, spec.train_config, data,
                                  should_stop=should_stop, device=device)
    if spec.finetune is None:
        from bnn_gui.core.runs.training import new_model, train

        model = new_model(spec.model_config, spec.train_config)
        return model, train(spec.model_config, spec.train_config, data, model=model,
                            should_stop=should_stop, probe_every_s=probe_every_s,
                            device=device)
    from bnn_gui.core.nets import checkpoint
    from bnn_gui.core.runs.finetune import finetune

    ft = spec.finetune
    model, _ = checkpoint.load_net(ft.base_model)
    return model, finetune(model, data, list(ft.samples), ft.config, should_stop=should_stop,
                           device=device)


def save(spec: RunSpec, finished: Finished, path: Path | None = None) -> Path:
    """Write the run's model with its recipe: as ``path``, or under a fresh name in
    ``spec.out_dir``. Raises OSError saying why it could not be; a name reserved in the
    folder and never written is removed again."""
    from bnn_gui.core.files import new_model_file
    from bnn_gui.core.nets import checkpoint

    target = None if path is None else Path(path)
    reserved = target is None
    try:
        if target is None:
            target = new_model_file(Path(spec.out_dir), spec.model_name, finished.test_accuracy)
        return checkpoint.save(target, finished.model, finished.train_config,
                               finished.metrics(), finished.checksums, spec.recipe())
    except OSError:
        if reserved and target is not None and target.exists() and target.stat().st_size == 0:
            target.unlink()  # our own reservation, never written
        raise


@dataclass
class RunRecord:
    """What a run has reported so far, as plain lists (percentages where a person reads them).

    ``state``: "waiting", "running", then "done", "unsaved" (trained, but the model could not
    be written: ``result`` still holds it), "stopped" or "failed" (``error`` says why)."""

    spec: RunSpec
    state: str = "waiting"
    status: str = ""  # what the run is doing now, in words ("reading the training data…")
    batch_x: list[float] = field(default_factory=list)  # epochs done (fractional) per batch
    batch_loss: list[float] = field(default_factory=list)
    last: BatchProgress | None = None  # the latest batch's figures
    epochs: list[int] = field(default_factory=list)  # 1-based epoch numbers
    test: list[float] = field(default_factory=list)  # test accuracy % at each epoch's end
    train_loss: list[float] = field(default_factory=list)
    train_accuracy: list[float] = field(default_factory=list)  # %, per epoch
    flips: list[dict] = field(default_factory=list)  # per epoch: layer -> share of signs flipped
    epoch_seconds: list[float] = field(default_factory=list)
    probe_x: list[float] = field(default_factory=list)  # epochs done when probed
    probe_test: list[float] = field(default_factory=list)  # % on the probe's subset
    result: Finished | None = None
    saved_path: str = ""
    error: str = ""
    data_missing: bool = False  # failed because MNIST is not there (a download may help)

    def apply(self, event) -> None:
        """Fold one event of the run's generator into the record."""
        if isinstance(event, BatchProgress):
            self.state = "running"
            self.batch_x.append(event.epoch + (event.batch + 1) / event.batches)
            self.batch_loss.append(event.loss)
            self.last = event
        elif isinstance(event, Probe):
            self.probe_x.append(event.epochs)
            self.probe_test.append(100 * event.accuracy)
        elif isinstance(event, EpochEnd):
            self.epochs.append(event.epoch + 1)
            self.test.append(100 * event.test_accuracy)
            self.train_loss.append(event.train_loss)
            self.train_accuracy.append(100 * event.train_accuracy)
            self.flips.append(dict(event.flips))
            self.epoch_seconds.append(event.seconds)
        elif isinstance(event, Finished):
            self.result = event

    @property
    def best_test(self) -> float | None:
        return max(self.test) if self.test else None

    @property
    def finding(self) -> str:
        """What a lab run showed: its lesson, then what was measured (the newcomer's replay)."""
        measured = self.result.summary() if self.result is not None else ""
        return " ".join(t for t in (self.spec.lesson, measured and f"Measured: {measured}.")
                        if t)

    def finished(self) -> bool:
        return self.state in ("done", "unsaved", "stopped", "failed")

    def release_model(self) -> None:
        """Let go of the trained network (the figures stay): once it is saved, or when no one
        will save it any more."""
        if self.result is not None and self.result.model is not None:
            self.result.model = None


def run_events(gen: Iterator, record: RunRecord) -> Finished | None:
    """Drive a generator to its end, folding every event into ``record`` (scripts, tests)."""
    for event in gen:
        record.apply(event)
    return record.result
