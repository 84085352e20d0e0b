"""A model on a labelled test set: per-digit accuracy, confusion matrix, the digits it misreads.

Binary models are run by the packed engine (numpy), others by PyTorch, in batches.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Evaluation:
    labels: np.ndarray  # (N,) true digits
    answers: np.ndarray  # (N,) predicted digits
    second: np.ndarray  # (N,) the second most probable digit
    confidence: np.ndarray  # (N,) probability of the answer

    @property
    def accuracy(self) -> float:
        return float((self.answers == self.labels).mean()) if len(self.labels) else 0.0

    @property
    def confusion(self) -> np.ndarray:
        """(10, 10) counts: row = true digit, column = answer; sums to N."""
        m = np.zeros((10, 10), np.int64)
        np.add.at(m, (self.labels, self.answers), 1)
        return m

    def per_digit(self) -> np.ndarray:
        """(10,) accuracy for each true digit (NaN where a digit does not occur)."""
        m = self.confusion
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.diag(m) / m.sum(1)

    def indices(self, true: int | None = None, answer: int | None = None,
                wrong_only: bool = False) -> np.ndarray:
        """Indices of the digits with that true label and/or answer (a confusion cell)."""
        keep = np.ones(len(self.labels), bool)
        if true is not None:
            keep &= self.labels == true
        if answer is not None:
            keep &= self.answers == answer
        if wrong_only:
            keep &= self.answers != self.labels
        return np.flatnonzero(keep)


def _logits(model, x: np.ndarray, batch: int) -> np.ndarray:
    if model.packed is not None:
        return np.concatenate([model.packed.forward(x[i: i + batch])
                               for i in range(0, len(x), batch)])
    import torch

    out = []
    with torch.no_grad():
        for i in range(0, len(x), batch):
            xb = torch.from_numpy(np.asarray(x[i: i + batch], np.float32) / 255)
            out.append(model.net(xb).numpy())
    return np.concatenate(out)


def evaluate(model, images: np.ndarray, labels: np.ndarray, batch: int = 250) -> Evaluation:
    """``model``: an inference.Model; ``images`` uint8 (N, 28, 28) with ink = 255."""
    logits = _logits(model, np.asarray(images), batch).astype(np.float64)
    order = np.argsort(-logits, axis=1, kind="stable")
    z = np.exp(logits - logits.max(1, keepdims=True))
    probs = z / z.sum(1, keepdims=True)
    answers = order[:, 0]
    return Evaluation(np.asarray(labels).astype(np.int64), answers, order[:, 1],
                      probs[np.arange(len(answers)), answers])
