"""An export done wrong: the classic deployment bugs of a BNN, replayed on a trained model.

Deploying a BNN means folding each unit's BatchNorm and sign into one integer threshold and
a flip (engine/packed.py, and "Inside one neuron" for one unit):

    bit = +1  iff  γ (dot/s − μ)/σ + β >= 0
              iff  dot >= t = ⌈s (μ − βσ/γ)⌉      when γ > 0
              iff  dot <  t' (a flip)             when γ < 0

where ``s`` is 255 for the first layer (it reads 8-bit pixel levels 0..255, and the network
divides its sums by 255) and 1 elsewhere. Each mistake below changes one part of that fold,
on a copy of the model's correct packed form, and the lab measures what it costs: the test
accuracy, and the share of each layer's bits that differ from the correct export's.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field

import numpy as np

from bnn_gui.config import ModelConfig, TrainConfig
from bnn_gui.core.runs.events import EpochEnd, Finished
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP, same

MODEL = "bnn-cnn"  # the shipped model the mistakes are replayed on
BITS_DIGITS = 1000  # test digits whose bits are compared with the correct export's

# name -> (label, why, in one sentence a learner understands)
MISTAKES = {
    "correct": (QT_TRANSLATE_NOOP("pitfalls", "correct: threshold and flip from BatchNorm"),
                QT_TRANSLATE_NOOP("pitfalls", "Each unit fires when its dot reaches its own "
                                  "threshold ⌈s(μ − βσ/γ)⌉, the other way round where γ < 0: "
                                  "the bits the network was trained with.")),
    "no-batchnorm": (QT_TRANSLATE_NOOP("pitfalls", "sign of the weights, BatchNorm left out"),
                     QT_TRANSLATE_NOOP("pitfalls", "Without BatchNorm each unit fires when its "
                                       "dot is >= 0, but training centred every unit on its own "
                                       "mean μ: many units now fire for every digit or for "
                                       "none.")),
    "wrong-order": (QT_TRANSLATE_NOOP("pitfalls", "sign first, then BatchNorm"),
                    QT_TRANSLATE_NOOP("pitfalls", "BatchNorm must come before the sign: applied "
                                      "after it, to a ±1 instead of the dot, its shift μ swamps "
                                      "the ±1 and most units give the same bit whatever the "
                                      "digit.")),
    "pixel-scale": (QT_TRANSLATE_NOOP("pitfalls", "first layer's thresholds in 0..1 pixels"),
                    QT_TRANSLATE_NOOP("pitfalls", "The first layer reads pixel levels 0..255; "
                                      "its thresholds were folded for pixels in 0..1, 255 "
                                      "times too small, so its units fire for almost any "
                                      "ink.")),
    "binary-pixels": (QT_TRANSLATE_NOOP("pitfalls", "first layer fed 0/1 pixels"),
                      QT_TRANSLATE_NOOP("pitfalls", "The first layer was trained on real "
                                        "levels 0..255; fed pixels cut to 0 or 1 its dots "
                                        "are 255 times smaller than its thresholds expect.")),
}


BIG = 1 << 40  # a threshold no dot reaches


def mistaken(packed, mistake: str, arrays: dict | None = None):
    """A copy of the PackedNet ``packed`` exported with ``mistake``; "wrong-order" needs the
    model file's BatchNorm ``arrays``."""
    from bnn_gui.core.engine.packed import PackedNet

    layers = list(packed.layers)
    hidden = range(len(layers) - 1)
    binarize = packed.binarize_input
    for i in hidden:
        L = layers[i]
        if mistake == "no-batchnorm":
            layers[i] = dataclasses.replace(L, threshold=np.zeros_like(L.threshold),
                                            flip=np.zeros_like(L.flip))
        elif mistake == "wrong-order":
            layers[i] = _sign_then_batchnorm(L, i, arrays)
        elif mistake == "pixel-scale" and L.real_input:
            # the fold for pixels in 0..1: t/255, rounded up as the correct fold is
            layers[i] = dataclasses.replace(L, threshold=-(-L.threshold // 255))
    if mistake == "binary-pixels":
        binarize = True  # the first layer then reads True/False (1/0) where it expects levels
    elif mistake not in MISTAKES:
        raise ValueError(f"no export mistake {mistake!r}; choose one of {', '.join(MISTAKES)}")
    return PackedNet(layers, packed.config, binarize)


def _sign_then_batchnorm(L, i: int, arrays: dict):
    """The layer as exported with BatchNorm after the sign: v = ±1 (dot >= 0), then the bit
    is sign(γ (v − μ)/σ + β). Per unit that is one of four rules of the dot's sign (always
    +1, always −1, as is, inverted), each written as a threshold and a flip."""
    g, b, m, var = (np.asarray(arrays[f"blocks.{i}.bn.{p}"], np.float64).reshape(-1)
                    for p in ("weight", "bias", "running_mean", "running_var"))
    sigma = np.sqrt(var + 1e-5)
    on_plus = g * (1 - m) / sigma + b >= 0  # the bit when the dot is >= 0
    on_minus = g * (-1 - m) / sigma + b >= 0  # and when it is < 0
    threshold = np.where(on_plus & on_minus, -BIG, np.where(~on_plus & ~on_minus, BIG, 0))
    return dataclasses.replace(L, threshold=threshold.astype(np.int64),
                               flip=~on_plus & on_minus)


@dataclass
class Replay:
    mistake: str
    accuracy: float  # 0..1 on the test digits
    differing: dict[str, float] = field(default_factory=dict)  # layer -> share of bits != correct


def replay(packed, x: np.ndarray, y: np.ndarray, mistake: str,
           arrays: dict | None = None) -> Replay:
    """Test accuracy of ``packed`` exported with ``mistake`` on digits ``x`` (uint8 or 0..1),
    labels ``y``; and per hidden layer, the share of bits that differ from the correct
    export's on the first BITS_DIGITS digits."""
    net = mistaken(packed, mistake, arrays)
    answers = np.concatenate([net.forward(x[i: i + 500]).argmax(1)
                              for i in range(0, len(x), 500)])
    some = x[:BITS_DIGITS]
    _, right = packed.forward(some, record=True)
    _, wrong = net.forward(some, record=True)
    differing = {r.name: float((r.bits != w.bits).mean()) for r, w in zip(right, wrong)}
    return Replay(mistake, float((answers == y).mean()), differing)


@dataclass
class ExportFinished(Finished):
    """The end of a wrong-export lab run: the accuracy it gives and the bits it changes."""

    replay: Replay | None = None
    correct_accuracy: float = 0.0

    def summary(self, tr=same) -> str:
        """In a sentence; ``tr`` translates its templates (the window passes Qt's)."""
        r = self.replay
        layers = ", ".join(f"{name} {100 * share:.0f}%" for name, share in r.differing.items())
        if r.mistake == "correct":
            return tr(QT_TRANSLATE_NOOP("results", "{0}% of the test digits read right, as the "
                                        "model file says")).format(f"{100 * r.accuracy:.2f}")
        return tr(QT_TRANSLATE_NOOP("results", "{0}% read right instead of {1}%; bits that "
                                    "differ from the correct export: {2}")).format(
            f"{100 * r.accuracy:.2f}", f"{100 * self.correct_accuracy:.2f}", layers)


@dataclass
class WrongExportRun:
    """A lab run's trainer (pitfalls.Run.trainer): no training, the shipped model replayed."""

    mistake: str

    def __call__(self, model_cfg, train_cfg, data, should_stop=None, device=None, **_):
        from bnn_gui.core.inference import load_model

        start = time.perf_counter()
        model = load_model(MODEL)
        x, y = data.test_x, data.test_y
        correct = replay(model.packed, x, y, "correct")
        r = correct if self.mistake == "correct" else replay(model.packed, x, y, self.mistake,
                                                             model.file.arrays)
        seconds = time.perf_counter() - start
        end = EpochEnd(0, 1, float("nan"), float("nan"), r.accuracy, 0.0, seconds, seconds)
        yield end
        yield ExportFinished(None, model.config, train_cfg, [end], r.accuracy, seconds,
                             replay=r, correct_accuracy=correct.accuracy)


def experiment():
    from bnn_gui.core.lab.experiment import Experiment, Run

    model, train = ModelConfig(MODEL), TrainConfig(epochs=1)
    return Experiment(
        "wrong-export", QT_TRANSLATE_NOOP("pitfalls", "An export done wrong"),
        QT_TRANSLATE_NOOP("pitfalls", "The shipped bnn-cnn exported to the 1-bit engine five "
                          "ways: right, and with four classic deployment bugs. Nothing is "
                          "trained; each run reads MNIST's 10,000 test digits and compares its "
                          "bits with the correct export's. Inside one neuron shows the correct "
                          "fold of any unit you click: its threshold, and the flip where "
                          "BatchNorm's scale is negative."),
        tuple(Run(label, model, train, why, WrongExportRun(name))
              for name, (label, why) in MISTAKES.items()))
