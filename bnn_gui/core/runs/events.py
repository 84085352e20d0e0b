"""What a run reports, as plain data: a BatchProgress after every batch, a Probe now and then,
an EpochEnd after every epoch and a Finished at the end (training.train yields them; so do a
fine-tune and the lab's newcomer replay, with their own kinds of Finished). No PyTorch here: the
run record (run.py) and the GUI read these without importing it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # names for the annotations only: importing them would import PyTorch
    from bnn_gui.config import ModelConfig, TrainConfig
    from bnn_gui.core.nets.models import BinaryNet

@dataclass
class BatchProgress:
    epoch: int  # 0-based
    epochs: int
    batch: int  # 0-based, within the epoch
    batches: int
    loss: float
    accuracy: float  # on this batch, train mode
    lr: float
    samples_per_s: float
    elapsed: float  # seconds since the run started
    eta: float  # seconds left, estimated

    @property
    def fraction(self) -> float:
        return (self.epoch * self.batches + self.batch + 1) / (self.epochs * self.batches)


@dataclass
class EpochEnd:
    epoch: int
    epochs: int
    train_loss: float
    train_accuracy: float
    test_accuracy: float
    lr: float
    seconds: float  # this epoch's duration
    elapsed: float
    flips: dict[str, float] = field(default_factory=dict)  # layer -> share of signs flipped


PROBE_DIGITS = 2000  # the test digits a Probe measures: the first 2,000 of MNIST's test set


@dataclass
class Probe:
    """Test accuracy measured during an epoch on the first ``digits`` test digits (a fixed
    subset: a quick, noisier figure; the whole test set is measured at each epoch's end)."""

    epochs: float  # epochs done, with fractions
    accuracy: float
    elapsed: float
    digits: int


@dataclass
class Finished:
    model: BinaryNet
    model_config: ModelConfig
    train_config: TrainConfig
    history: list[EpochEnd]
    test_accuracy: float
    seconds: float
    checksums: dict = field(default_factory=dict)  # MD5s of the data files trained on

    def summary(self, tr=lambda text: text) -> str:
        """What the run found, in a sentence ("" for a plain training run; a fine-tune and the
        newcomer's replay have their own results: finetune.FinetuneFinished,
        newcomer_keras.NotebookFinished)."""
        return ""

    def metrics(self, **extra) -> dict:
        """What a model file records about this run (checkpoint.save's ``metrics``)."""
        return {"test_accuracy": self.test_accuracy,
                "train_accuracy": self.history[-1].train_accuracy,
                "seconds": round(self.seconds, 1),
                "history": [vars(h) for h in self.history], **extra}
