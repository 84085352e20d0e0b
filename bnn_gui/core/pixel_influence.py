"""Which pixels matter: for the 28x28 the network reads, what inking or erasing each of its 784
pixels would do to the answer, computed exactly by running the engine on every changed input;
and the fewest pixel changes, found greedily, that make it read a chosen digit.

A pixel is "flipped" to the other end of its range: ink (>= 0.5) is erased to 0, background
(< 0.5) is inked to 1. The answer is the largest score (the first one on a tie, as argmax);
its margin is ``score[answer] - max(score[other digits])``, > 0 while it stays the answer.

The scores are the ones the network view shows, so that both speak of the same margin: for a
binary output layer read by the packed engine, the integer scores (agreeing minus disagreeing
bits; the model's logits are these times one positive scale, so the order is the same); for
other models, the logits.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bnn_gui.core.stopping import check

BATCH = 196  # changed inputs per engine call: a quarter of the picture


@dataclass
class PixelInfluence:
    digit: int  # the answer on the unchanged input
    margin: float  # its margin there (in ``unit``)
    delta: np.ndarray  # (28, 28): how flipping each pixel moves that margin
    answer: np.ndarray  # (28, 28): the answer with that pixel flipped
    unit: str = "logits"  # or "bits" (agreeing − disagreeing, the packed engine's scores)

    @property
    def changes(self) -> np.ndarray:
        """(28, 28) bool: the pixels that change the answer on their own."""
        return self.answer != self.digit


@dataclass
class ReadAs:
    target: int
    image: np.ndarray  # (28, 28) float32: the input with the changes made
    changed: list[tuple[int, int]]  # (row, col) in the order they were made
    answer: int  # what the network reads on ``image``

    @property
    def reached(self) -> bool:
        return self.answer == self.target


def flipped(x: np.ndarray) -> np.ndarray:
    """Each pixel's value flipped to the other end: ink erased, background inked."""
    return np.where(x >= 0.5, 0.0, 1.0).astype(np.float32)


def score_unit(model) -> str:
    """"bits" when ``scores`` gives the packed engine's integer scores, else "logits"."""
    net = model.packed
    if net is None:
        return "logits"
    out = net.layers[-1]
    scale = np.asarray(out.out_scale, np.float64).reshape(-1)
    one_scale = out.out_kind == "scale" and scale.size and (scale == scale[0]).all() \
        and scale[0] > 0
    return "bits" if one_scale else "logits"


def scores(model, batch: np.ndarray) -> np.ndarray:
    """(N, 10) scores of the model's own engine for (N, 28, 28) inputs in [0, 1]: integer
    bits where ``score_unit`` says so (the same order as the logits), else the logits."""
    batch = np.asarray(batch, np.float32)
    if model.packed is not None:
        if score_unit(model) == "bits":
            _, readings = model.packed.forward(batch, record=True)
            last = readings[-1].bits if readings else batch
            return np.asarray(model.packed.output_dots(last), np.float64)
        return np.asarray(model.packed.forward(batch), np.float64)
    import torch

    with torch.no_grad():
        return model.net.eval()(torch.from_numpy(batch)).double().numpy()


def margin_of(s: np.ndarray, digit: int) -> np.ndarray:
    """``score[digit] - max(other scores)`` for each row of (N, 10) scores."""
    others = np.delete(s, digit, axis=1)
    return s[:, digit] - others.max(axis=1)


def _each_flip(model, x: np.ndarray, pixels: np.ndarray, should_stop=None,
               through=None) -> np.ndarray:
    """Scores with each listed pixel (flat indices) flipped alone, in batches; ``through``:
    what each changed picture goes through before the network reads it (None: nothing)."""
    flat, other = x.reshape(-1), flipped(x).reshape(-1)
    if through is None and model.packed is not None and score_unit(model) == "bits":
        # the packed engine's scores, each change followed only where it reaches
        from bnn_gui.core.engine.single_flips import flip_scores

        return flip_scores(model.packed, x, pixels, other[pixels], should_stop).astype(np.float64)
    out = np.empty((len(pixels), 10))
    for start in range(0, len(pixels), BATCH):
        check(should_stop)
        part = pixels[start: start + BATCH]
        batch = np.repeat(flat[None], len(part), axis=0)
        batch[np.arange(len(part)), part] = other[part]
        batch = batch.reshape(-1, 28, 28)
        if through is not None:
            batch = np.stack([_through(through, b) for b in batch])
        out[start: start + len(part)] = scores(model, batch)
    return out


def _through(fn, picture: np.ndarray) -> np.ndarray:
    made = fn(picture)
    return np.zeros((28, 28), np.float32) if made is None else made


def influence(model, x: np.ndarray, should_stop=None) -> PixelInfluence:
    """The map for input ``x`` (28x28 in [0, 1]): 784 engine passes. ``should_stop()`` is
    asked between batches (stopping.Stopped)."""
    x = np.asarray(x, np.float32)
    base = scores(model, x[None])
    digit = int(np.argmax(base[0]))
    margin = float(margin_of(base, digit)[0])
    s = _each_flip(model, x, np.arange(784), should_stop)
    return PixelInfluence(digit, margin, (margin_of(s, digit) - margin).reshape(28, 28),
                          s.argmax(axis=1).reshape(28, 28), score_unit(model))


def ink_box(x: np.ndarray, threshold: float = 0.05) -> np.ndarray:
    """Flat indices of the pixels inside the bounding box of the ink (all 784 when blank)."""
    rows, cols = np.nonzero(x > threshold)
    if len(rows) == 0:
        return np.arange(784)
    r, c = np.mgrid[rows.min(): rows.max() + 1, cols.min(): cols.max() + 1]
    return (r * 28 + c).ravel()


def read_as(model, x: np.ndarray, target: int, max_changes: int = 120, shortlist: int = 48,
            full_every: int = 6, should_stop=None, through=None) -> ReadAs:
    """Flip pixels one at a time, each time the one that raises ``target``'s margin most,
    until the network reads ``target`` (or ``max_changes`` were made). Every ``full_every``
    steps all pixels are tried; in between, the ``shortlist`` that did best last time (a
    pixel's effect changes little with one other pixel changed, and this keeps a step cheap).
    ``through``: the changed picture is read after this (``preprocess_image``: a picture put
    on the canvas is made MNIST-like again, so the result is read as ``target`` there too).
    Only pixels inside the ink's bounding box are changed: a dot of ink far away would only
    move the box that the picture is cropped to, which teaches nothing about the digit."""
    if not 0 <= target <= 9:
        raise ValueError(f"target {target} is not a digit 0..9")
    x = np.array(x, np.float32)
    changed: list[tuple[int, int]] = []
    allowed = ink_box(x)
    candidates = allowed
    start = x if through is None else _through(through, x)
    answer = int(np.argmax(scores(model, start[None])[0]))
    for step in range(max_changes):
        if answer == target:
            break
        done = np.array([r * 28 + c for r, c in changed], int)
        full = step % full_every == 0
        pool = np.setdiff1d(allowed if full else candidates, done)
        if len(pool) == 0:
            break
        s = _each_flip(model, x, pool, should_stop, through)
        gain = margin_of(s, target)
        if full:
            candidates = pool[np.argsort(-gain)[:shortlist]]
        best = int(np.argmax(gain))
        pixel = int(pool[best])
        x.reshape(-1)[pixel] = flipped(x).reshape(-1)[pixel]
        changed.append(divmod(pixel, 28))
        answer = int(np.argmax(s[best]))
    return ReadAs(target, x, changed, answer)
