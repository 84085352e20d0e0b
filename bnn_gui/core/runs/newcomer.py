"""The newcomer's Keras notebook that was "stuck at 9.87%", replayed in PyTorch with Keras's
semantics written out, then fixed one change at a time (the lab's "newcomer" experiment).

The notebook: Dense(256), Dense(128), Dense(64), Dense(10), each with real-valued weights
(glorot_uniform, zero bias) and the ``binary_tanh`` activation, the output included;
BatchNormalization written three times but never added; SGD(lr=1e-6); Keras's
categorical_crossentropy on one-hot targets; batches of 100; inputs divided by 255.

What happens, measured by ``replay`` (``Finding``): the ten outputs are each -1 or +1, so
their sum is 0 for about a quarter of the digits (five of each). Keras's cross-entropy divides
the outputs by their sum: the division by 0 gives infinities that the clip hides in the
forward pass, but the backward pass multiplies the clip's zero gradient by infinity: NaN. One
step of SGD, at any learning rate, writes NaN into every weight; from then on every output is
NaN and argmax answers the first index, 0, for every digit: 5,923 of the 60,000 training
digits (9.87%) and 980 of the 10,000 test digits (9.80%) are 0s.

This module is the ladder as data (no PyTorch: the lab lists it at start-up);
``newcomer_keras`` is the network, the loss and the training loop.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bnn_gui.core.translatable import QT_TRANSLATE_NOOP, same


@dataclass(frozen=True)
class Notebook:
    """One version of the notebook: each rung of the ladder changes one of these."""

    output_activation: str = "binary_tanh"  # or "linear" or "softmax"
    batchnorm: bool = False  # BatchNormalization(momentum=0.9, epsilon=1e-6) after each Dense
    optimizer: str = "sgd"  # or "adam" (Keras's defaults)
    binary_weights: bool = False  # the paper's BNN: sign(w) forward, latent w clipped to [-1, 1]


@dataclass
class Finding:
    """What the run showed, measured on the test set at its end and along the way."""

    answers: list[int]  # how many test digits were answered 0, 1, ..., 9
    test_accuracy: float
    train_accuracy: float  # Keras's figure: the running accuracy over the last epoch
    first_nan_step: int | None  # the first SGD/Adam step after which a weight was NaN
    zero_sums_at_nan: int  # digits of that batch whose ten outputs summed to 0
    nan_outputs: float  # share of test digits whose outputs are NaN at the end

    def summary(self, tr=same) -> str:
        """In a sentence; ``tr`` translates its templates (the window passes Qt's)."""
        top = int(np.argmax(self.answers))
        share = self.answers[top] / max(1, sum(self.answers))
        parts = [tr(QT_TRANSLATE_NOOP("results", "training accuracy {0}%, test {1}%")).format(
            f"{100 * self.train_accuracy:.2f}", f"{100 * self.test_accuracy:.2f}")]
        if share > 0.3:
            parts.append(tr(QT_TRANSLATE_NOOP("results", "it answers {0} for {1}% of the test digits")).format(
                top, f"{100 * share:.1f}"))
        else:
            parts.append(tr(QT_TRANSLATE_NOOP("results", "its answers spread over the ten digits (most often {0}, "
                                               "{1}%)")).format(top, f"{100 * share:.1f}"))
        if self.first_nan_step is not None:
            parts.append(tr(QT_TRANSLATE_NOOP("results", "every weight was NaN after step {0} (that batch held {1} "
                                               "digits whose ten ±1 outputs summed to 0: a "
                                               "division by 0 in the loss)")).format(
                self.first_nan_step, self.zero_sums_at_nan))
        if self.nan_outputs:
            parts.append(tr(QT_TRANSLATE_NOOP("results", "{0}% of the outputs are NaN, and argmax of a row of NaNs "
                                               "is its first index, 0")).format(
                f"{100 * self.nan_outputs:.0f}"))
        return tr(QT_TRANSLATE_NOOP("results", "; ")).join(parts)


def ladder():
    """(label, Notebook, learning rate, lesson) for each rung: one change on top of the last.
    The lessons say what to look for; the figures are the runs' own."""
    nb = Notebook()
    rungs = [(QT_TRANSLATE_NOOP("pitfalls", "as written: SGD at lr 1e-6"), nb, 1e-6,
              QT_TRANSLATE_NOOP("pitfalls", "The ten ±1 outputs sum to 0 for about a quarter of the digits; Keras's loss "
              "divides by that sum, and the first such batch turns every weight into NaN. "
              "From then on the network answers 0 for every digit: the share of 0s."))]
    for label, change, lr, lesson in [
        (QT_TRANSLATE_NOOP("pitfalls", "the asker's lr 1e-3"), {}, 1e-3,
         QT_TRANSLATE_NOOP("pitfalls", "The same NaN at the same step: the learning rate multiplies a NaN gradient, and "
         "NaN times any rate is NaN. No learning rate could have helped.")),
        (QT_TRANSLATE_NOOP("pitfalls", "no activation on the output (the accepted answer)"), {"output_activation": "linear"},
         1e-3, QT_TRANSLATE_NOOP("pitfalls", "Real-valued outputs almost never sum to exactly 0, so the weights stay finite, "
         "but Keras's loss still divides raw outputs by their sum: negative or oversized "
         "'probabilities' are clipped, and a clipped value passes no gradient back.")),
        (QT_TRANSLATE_NOOP("pitfalls", "softmax on the output (what the loss expects)"), {"output_activation": "softmax"},
         1e-3, QT_TRANSLATE_NOOP("pitfalls", "Probabilities that sum to 1 make the loss a true cross-entropy: now it learns "
         "steadily, though SGD is slow through three sign layers.")),
        (QT_TRANSLATE_NOOP("pitfalls", "BatchNorm actually added"), {"batchnorm": True}, 1e-3,
         QT_TRANSLATE_NOOP("pitfalls", "BatchNorm centres each layer's sums so the signs split the digits and the "
         "straight-through gradient (zero where |x| > 1) flows.")),
        (QT_TRANSLATE_NOOP("pitfalls", "Adam"), {"optimizer": "adam"}, 1e-3,
         QT_TRANSLATE_NOOP("pitfalls", "Adam scales each step to the gradient's size: far faster than plain SGD here.")),
        (QT_TRANSLATE_NOOP("pitfalls", "binary weights as well (the paper's BNN)"), {"binary_weights": True}, 1e-3,
         QT_TRANSLATE_NOOP("pitfalls", "±1 weights (sign forward, latent weights clipped to [-1, 1]): a network of bits, "
         "as in the paper. Compare it with the rung before: the price of 1-bit weights after "
         "these few epochs (the paper trains for hundreds, and this project's bnn presets "
         "with a larger learning rate).")),
    ]:
        nb = Notebook(**{**nb.__dict__, **change})
        rungs.append((label, nb, lr, lesson))
    return rungs
