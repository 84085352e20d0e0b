"""What a lab experiment is: a set of short runs that differ in one setting, with the sentence
it teaches (pitfalls.py, bit_budget.py, wrong_export.py). Data only; the runs are ordinary
``training.train`` runs or a trainer of their own, so the command line, the window and the
tests drive them the same way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from bnn_gui.config import ModelConfig, TrainConfig


@dataclass(frozen=True)
class Run:
    label: str
    model: ModelConfig
    train: TrainConfig
    lesson: str = ""  # what this run shows, beside the experiment's lesson
    # called as training.train is (model_cfg, train_cfg, data, should_stop=, device=); None:
    # training.train itself. The newcomer's notebook has its own (Keras's semantics).
    trainer: Callable | None = None



@dataclass(frozen=True)
class Experiment:
    name: str
    title: str
    lesson: str  # English, with {0}… for ``lesson_args`` (the window translates it first)
    runs: tuple[Run, ...]
    lesson_args: tuple = ()

    @property
    def text(self) -> str:
        """The lesson, as the command line prints it."""
        return self.lesson.format(*self.lesson_args)
