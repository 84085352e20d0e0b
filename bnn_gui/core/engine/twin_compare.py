"""What can be compared between the live model and its float twin on one drawing.

Two networks trained apart learn their hidden units in their own order: unit 5 of one has
nothing to do with unit 5 of the other, so the share of hidden signs that agree is about a
half whatever the drawing (measured: 51-62% for bnn-cnn against float-cnn on MNIST digits),
and says nothing. What does mean something is their output: the answers, the order in which
they rank the ten digits, and how far that order agrees (Spearman's rank correlation of the
ten probabilities, ρ = 1 - 6 Σ d² / (n (n² - 1)) with d the difference of a digit's ranks, 1 for
the same order, -1 for the reverse).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Comparison:
    same_answer: bool
    live_order: list[int]  # the ten digits, most likely first
    twin_order: list[int]
    rank_correlation: float  # Spearman's ρ of the ten probabilities
    live_rank_of_twin_answer: int  # where the live model ranks the twin's answer (1: first)


def _ranks(p: np.ndarray) -> np.ndarray:
    """Rank of each digit, 1 = most likely (ties broken by digit, as argsort is stable)."""
    order = np.argsort(-np.asarray(p, np.float64), kind="stable")
    ranks = np.empty(len(order), np.int64)
    ranks[order] = np.arange(1, len(order) + 1)
    return ranks


def compare(live, twin) -> Comparison | None:
    """The comparison of two readings of the same drawing (None when either is blank)."""
    if live is None or twin is None or live.digit is None or twin.digit is None:
        return None
    a, b = _ranks(live.probabilities), _ranks(twin.probabilities)
    n = len(a)
    rho = 1 - 6 * float(((a - b) ** 2).sum()) / (n * (n * n - 1))
    return Comparison(live.digit == twin.digit, list(np.argsort(a)), list(np.argsort(b)),
                      rho, int(a[twin.digit]))
