"""Training as a plain generator.

``train(...)`` yields a :class:`BatchProgress` after every batch, an :class:`EpochEnd` after
every epoch and finally a :class:`Finished` holding the trained model. A consumer stops it
between batches with ``gen.close()`` (or by simply dropping it); nothing is written to disk here.
The command line and the Qt worker are thin loops around it, and tests drive it with no thread.

Recipe (BNN paper, section 2 and its training scripts): Adam; the learning rate decays
exponentially once per epoch; latent weights clipped to [-H, H] after every step; the sign's
straight-through estimator cancels the gradient where |x| > 1.
"""

from __future__ import annotations

import math
import time
from typing import Iterator

import numpy as np
import torch
import torch.nn.functional as F

from bnn_gui.config import ModelConfig, TrainConfig
from bnn_gui.core.nets.binary import sign
from bnn_gui.core.runs.data import Dataset
from bnn_gui.core.runs.devices import torch_threads
from bnn_gui.core.nets.layers import binary_layers
from bnn_gui.core.nets.models import BinaryNet, build
from bnn_gui.core.nets.rng import drawing_from, new_generator
from bnn_gui.core.stopping import Stopped, check  # noqa: F401 (Stopped: part of this module's API)
from bnn_gui.core.runs.events import (PROBE_DIGITS, BatchProgress, EpochEnd,  # noqa: F401
                                      Finished, Probe)


class TrainingDiverged(RuntimeError):
    """The loss became NaN or infinite."""


def to_tensors(x: np.ndarray, y: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
    """uint8 images (N, 28, 28) and labels (N,) as torch tensors (one copy, then shared)."""
    return torch.tensor(np.asarray(x, np.uint8)), torch.tensor(np.asarray(y), dtype=torch.long)


@torch.no_grad()
def accuracy(model: BinaryNet, x: torch.Tensor, y: torch.Tensor, batch_size: int = 2000,
             should_stop=None) -> float:
    """Accuracy (a fraction) of ``model`` in eval mode on uint8 images ``x`` with labels ``y``.
    With ``should_stop``, it is asked between batches of 500 (a fraction of a second even for
    a conv net) and ``Stopped`` raised when it says so."""
    was_training = model.training
    model.eval()
    device = next(model.parameters()).device
    correct = 0
    if should_stop is not None:
        batch_size = min(batch_size, 500)
    for i in range(0, len(x), batch_size):
        try:
            check(should_stop)
        except Stopped:
            model.train(was_training)
            raise
        logits = model(x[i: i + batch_size].to(device).float().div_(255))
        correct += int((logits.argmax(1) == y[i: i + batch_size].to(device)).sum())
    model.train(was_training)
    return correct / max(len(x), 1)


def random_shift(x: torch.Tensor, max_shift: int, gen: torch.Generator) -> torch.Tensor:
    """Shift each image of (B, 28, 28) by its own random (dy, dx) in [-max_shift, max_shift],
    filling with background, by one gather (no per-sample Python)."""
    b, h, w = x.shape
    p = max_shift
    padded = F.pad(x, (p, p, p, p))  # (B, h + 2p, w + 2p)
    dy, dx = torch.randint(0, 2 * p + 1, (2, b), generator=gen)
    rows = (dy[:, None] + torch.arange(h))[:, :, None]  # (B, h, 1)
    cols = (dx[:, None] + torch.arange(w))[:, None, :]  # (B, 1, w)
    return padded[torch.arange(b)[:, None, None], rows, cols]


def _weight_signs(model: BinaryNet) -> dict[str, torch.Tensor]:
    """Layer name ("conv1", "dense2", "out") -> sign of its latent weights."""
    names = {id(b.layer): b.name for b in model.blocks} | {id(model.out): "out"}
    return {names[id(layer)]: sign(layer.weight.detach()).clone() for layer in binary_layers(model)}


def new_model(model_cfg: ModelConfig, train_cfg: TrainConfig) -> BinaryNet:
    """A freshly initialised network, seeded by ``train_cfg.seed`` (same seed, same start)."""
    with drawing_from(new_generator(train_cfg.seed)):
        return build(model_cfg)


def train(model_cfg: ModelConfig, train_cfg: TrainConfig, data: Dataset,
          model: BinaryNet | None = None, should_stop=None,
          probe_every_s: float = 0.0, device=None, extra_loss=None
          ) -> Iterator[BatchProgress | Probe | EpochEnd | Finished]:
    """Train ``model`` (or a new one built from ``model_cfg``) on ``data``; see module docs.
    ``should_stop()`` is asked between batches of every phase (training, the test set at each
    epoch's end): when it says so, ``Stopped`` is raised within a fraction of a second.
    ``probe_every_s``: also measure the test accuracy on the first PROBE_DIGITS test digits
    about that often (a ``Probe``), so that curves move within seconds, not once an epoch.
    ``device``: a torch.device to train on (devices.resolve); the data stays on the CPU as
    uint8 and each batch is moved; the finished model is handed back on the CPU.
    ``extra_loss(xb, yb, logits)``: a term added to each batch's cross-entropy (a teacher's
    distillation, benchmarks/pen_train.py), given the batch as the model read it."""
    model_cfg.validate()
    train_cfg.validate()
    with torch_threads(train_cfg.threads):  # put back when the run ends, is stopped or fails
        yield from _train(model_cfg, train_cfg, data, model, should_stop, probe_every_s,
                          device, extra_loss)


def _train(model_cfg, train_cfg, data, model, should_stop, probe_every_s, device, extra_loss):
    if model is None:
        model = new_model(model_cfg, train_cfg)
    device = torch.device("cpu") if device is None else torch.device(device)
    model.to(device)
    # the run's own draws (dropout, stochastic weights), whatever runs beside it (rng.py),
    # made on the device that draws them
    draws = new_generator(train_cfg.seed + 1, device)
    train_x, train_y = to_tensors(data.train_x, data.train_y)
    test_x, test_y = to_tensors(data.test_x, data.test_y)
    if train_cfg.max_train_samples:
        train_x, train_y = train_x[: train_cfg.max_train_samples], train_y[: train_cfg.max_train_samples]
    if len(train_x) == 0:
        raise ValueError("the training set is empty")
    shuffle = torch.Generator().manual_seed(train_cfg.seed)
    opt = torch.optim.Adam(model.parameters(), lr=train_cfg.lr, weight_decay=train_cfg.weight_decay)
    # found once, not at every step (walking the modules costs a small net a few % of its time)
    clipped = [(layer.weight, layer.clip) for layer in binary_layers(model)]

    n, bs, epochs = len(train_x), train_cfg.batch_size, train_cfg.epochs
    batches = math.ceil(n / bs)
    start = time.perf_counter()
    history: list[EpochEnd] = []
    probe_x, probe_y = test_x[:PROBE_DIGITS], test_y[:PROBE_DIGITS]
    last_probe, probe_cost = start, 0.0
    for epoch in range(epochs):
        lr = train_cfg.lr_at(epoch)
        for group in opt.param_groups:
            group["lr"] = lr
        signs_before = _weight_signs(model)
        model.train()
        epoch_start = time.perf_counter()
        order = torch.randperm(n, generator=shuffle)
        loss_sum = correct = seen = 0
        for b in range(batches):
            check(should_stop)
            if train_cfg.lr_schedule != "epoch":  # set at every batch
                lr = train_cfg.lr_at_step(epoch * batches + b, epochs * batches, epoch)
                for group in opt.param_groups:
                    group["lr"] = lr
            idx = order[b * bs: (b + 1) * bs]
            xb, yb = train_x[idx].float().div_(255), train_y[idx]  # (B, 28, 28) in [0, 1]
            if train_cfg.augment_shift:
                xb = random_shift(xb, train_cfg.augment_shift, shuffle)
            xb, yb = xb.to(device, non_blocking=True), yb.to(device, non_blocking=True)
            with drawing_from(draws):
                logits = model(xb)
            loss = F.cross_entropy(logits, yb)
            if extra_loss is not None:
                loss = loss + extra_loss(xb, yb, logits)
            loss_value = loss.item()
            if not math.isfinite(loss_value):
                raise TrainingDiverged(
                    f"the loss became {loss_value} at epoch {epoch + 1}, batch {b + 1}: "
                    f"the learning rate {lr:g} is too large; try a smaller one (e.g. {lr / 10:g})")
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            with torch.no_grad():  # the latent weights back into [-H, H] (clip_latent_weights)
                for w, clip in clipped:
                    w.clamp_(-clip, clip)

            hits = int((logits.detach().argmax(1) == yb).sum())
            loss_sum += loss_value * len(idx)
            correct += hits
            seen += len(idx)
            now = time.perf_counter()
            done = epoch * n + seen
            rate = done / (now - start)
            yield BatchProgress(epoch, epochs, b, batches, loss_value, hits / len(idx), lr,
                                rate, now - start, (epochs * n - done) / rate)
            # probes take at most about a tenth of the run (a conv net's cost more)
            if (probe_every_s and b + 1 < batches
                    and now - last_probe >= max(probe_every_s, 9 * probe_cost)):
                probe_accuracy = accuracy(model, probe_x, probe_y, should_stop=should_stop)
                last_probe = time.perf_counter()
                probe_cost = last_probe - now
                yield Probe(epoch + (b + 1) / batches, probe_accuracy, last_probe - start,
                            len(probe_x))
        test_acc = accuracy(model, test_x, test_y, should_stop=should_stop)
        signs_after = _weight_signs(model)
        flips = {k: float((signs_after[k] != v).float().mean()) for k, v in signs_before.items()}
        now = time.perf_counter()
        end = EpochEnd(epoch, epochs, loss_sum / seen, correct / seen, test_acc, lr,
                       now - epoch_start, now - start, flips)
        history.append(end)
        yield end
    model.eval()
    model.cpu()  # saved, packed and read in the window as any CPU-trained model
    yield Finished(model, model_cfg, train_cfg, history, history[-1].test_accuracy,
                   time.perf_counter() - start, checksums=data.checksums)


def run_to_end(gen: Iterator) -> Finished:
    """Drive a training generator to its end and return the Finished event (scripts, tests)."""
    for event in gen:
        if isinstance(event, Finished):
            return event
    raise RuntimeError("training ended without a result")
