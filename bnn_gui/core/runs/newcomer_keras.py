"""The newcomer's notebook in PyTorch with Keras's semantics written out (see newcomer.py):
its activation, its loss, its network and a training loop that, as Keras's, goes on through a
NaN loss."""

from __future__ import annotations

import math
from dataclasses import dataclass
import time

import numpy as np
import torch
from torch import nn

from bnn_gui.core.nets.binary import ste_sign
from bnn_gui.core.runs.devices import torch_threads
from bnn_gui.core.runs.events import Finished
from bnn_gui.core.translatable import same
from bnn_gui.core.runs.newcomer import Finding, Notebook
from bnn_gui.core.nets.rng import drawing_from, new_generator

EPSILON = 1e-7  # Keras's backend epsilon: the cross-entropy's clip


class BinaryTanh(torch.autograd.Function):
    """The notebook's ``binary_tanh(x) = 2 * round_through(hard_sigmoid(x)) - 1`` with
    ``hard_sigmoid(x) = clip(0.5 x + 0.5, 0, 1)`` and ``round_through(x) = x +
    stop_gradient(round(x) - x)``. Forward: +1 where x > 0, -1 where x <= 0 (round sends 0.5
    to 0, half to even, in TensorFlow and in PyTorch alike), NaN stays NaN. Backward: the
    gradient of 2 * hard_sigmoid, 1 where |x| < 1 and 0 where it is clipped."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return 2 * torch.round((0.5 * x + 0.5).clamp(0, 1)) - 1

    @staticmethod
    def backward(ctx, grad):
        (x,) = ctx.saved_tensors
        return grad * (x.abs() < 1).to(grad.dtype)


def keras_categorical_crossentropy(output: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Keras 2's ``categorical_crossentropy(target, output)`` for outputs that are not
    logits: the outputs are divided by their sum (to make "probabilities" of them), clipped
    into [1e-7, 1 - 1e-7], and -sum(target * log p) is averaged over the batch."""
    p = output / output.sum(dim=1, keepdim=True)
    p = p.clamp(EPSILON, 1 - EPSILON)
    return -(target * torch.log(p)).sum(dim=1).mean()


class KerasMLP(nn.Module):
    """784-256-128-64-10 as the notebook builds it."""

    def __init__(self, nb: Notebook):
        super().__init__()
        self.nb = nb
        sizes = [784, 256, 128, 64, 10]
        self.dense = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        for layer in self.dense:  # Keras: glorot_uniform kernels, zero biases
            nn.init.xavier_uniform_(layer.weight)
            nn.init.zeros_(layer.bias)
        # Keras's momentum 0.9 keeps 90% of the old average: PyTorch's momentum 0.1
        self.norms = nn.ModuleList(nn.BatchNorm1d(n, eps=1e-6, momentum=0.1)
                                   for n in sizes[1:-1]) if nb.batchnorm else None

    def _dense(self, i: int, x: torch.Tensor) -> torch.Tensor:
        layer = self.dense[i]
        w = layer.weight
        if self.nb.binary_weights:
            w = ste_sign(w)
        return nn.functional.linear(x, w, layer.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.reshape(len(x), -1)
        for i in range(3):
            x = self._dense(i, x)
            if self.norms is not None:
                x = self.norms[i](x)
            x = BinaryTanh.apply(x)
        x = self._dense(3, x)
        if self.nb.output_activation == "binary_tanh":
            return BinaryTanh.apply(x)
        if self.nb.output_activation == "softmax":
            return torch.softmax(x, dim=1)
        return x


def _batches(x: np.ndarray, y: np.ndarray, order: torch.Tensor, bs: int):
    for b in range(math.ceil(len(order) / bs)):
        idx = order[b * bs: (b + 1) * bs]
        yield (torch.tensor(x[idx.numpy()]).float().div_(255),
               torch.tensor(y[idx.numpy()].astype(np.int64)))


def _test(model, x: np.ndarray, y: np.ndarray, should_stop) -> tuple[float, list[int], float]:
    from bnn_gui.core.runs.training import check

    model.eval()
    answers = np.zeros(10, np.int64)
    right = nan = 0
    with torch.no_grad():
        for i in range(0, len(x), 2000):
            check(should_stop)
            out = model(torch.tensor(x[i: i + 2000]).float().div_(255))
            # PyTorch's argmax counts NaN as the largest: a row of NaNs answers its first index
            pred = out.argmax(1).numpy()
            answers += np.bincount(pred, minlength=10)
            right += int((pred == y[i: i + 2000]).sum())
            nan += int(torch.isnan(out).any(1).sum())
    model.train()
    return right / len(x), answers.tolist(), nan / len(x)


@dataclass
class NotebookFinished(Finished):
    """The replay's end: the notebook's network and what went wrong in it."""

    finding: Finding | None = None

    def summary(self, tr=same) -> str:
        return self.finding.summary(tr)


def replay(nb: Notebook, train_cfg, data, should_stop=None):
    """Train the notebook's network as Keras would; yields training.BatchProgress after each
    batch, EpochEnd after each epoch and a NotebookFinished with its ``Finding``. A NaN
    loss does not stop it (Keras goes on too).

    Denormal floats are flushed to zero while it runs, as TensorFlow does on a CPU: Adam's
    running averages of the many zero gradients (the clip's) decay into denormals, which the
    CPU computes tens of times slower (measured: 206 digits a second instead of about 8,000)."""
    torch.set_flush_denormal(True)  # this thread's setting; put back when the run ends
    try:
        with torch_threads(train_cfg.threads):  # the process's setting: put back at the end
            yield from _replay(nb, train_cfg, data, should_stop)
    finally:
        torch.set_flush_denormal(False)


def _replay(nb: Notebook, train_cfg, data, should_stop):
    from bnn_gui.core.runs.training import BatchProgress, EpochEnd, check

    with drawing_from(new_generator(train_cfg.seed)):
        model = KerasMLP(nb)
    opt = (torch.optim.Adam(model.parameters(), lr=train_cfg.lr, eps=EPSILON)
           if nb.optimizer == "adam" else torch.optim.SGD(model.parameters(), lr=train_cfg.lr))
    x, y = data.train_x, data.train_y
    if train_cfg.max_train_samples:
        x, y = x[: train_cfg.max_train_samples], y[: train_cfg.max_train_samples]
    shuffle = torch.Generator().manual_seed(train_cfg.seed)
    n, bs, epochs = len(x), train_cfg.batch_size, train_cfg.epochs
    batches = math.ceil(n / bs)
    start, step, first_nan, zero_sums = time.perf_counter(), 0, None, 0
    history = []
    for epoch in range(epochs):
        epoch_start, loss_sum, correct, seen = time.perf_counter(), 0.0, 0, 0
        for b, (xb, yb) in enumerate(_batches(x, y, torch.randperm(n, generator=shuffle), bs)):
            check(should_stop)
            out = model(xb)
            loss = keras_categorical_crossentropy(out, nn.functional.one_hot(yb, 10).float())
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            step += 1
            if nb.binary_weights:  # BinaryConnect: latent weights back into [-1, 1]
                with torch.no_grad():
                    for layer in model.dense:
                        layer.weight.clamp_(-1, 1)
            if first_nan is None and any(torch.isnan(p).any() for p in model.parameters()):
                first_nan = step
                zero_sums = int((out.detach().sum(1) == 0).sum())
            hits = int((out.detach().argmax(1) == yb).sum())
            loss_value = float(loss.detach())
            loss_sum += loss_value * len(yb)
            correct += hits
            seen += len(yb)
            now = time.perf_counter()
            done = epoch * n + seen
            rate = done / max(now - start, 1e-9)
            yield BatchProgress(epoch, epochs, b, batches, loss_value, hits / len(yb),
                                train_cfg.lr, rate, now - start, (epochs * n - done) / rate)
        test_acc, answers, nan_share = _test(model, data.test_x, data.test_y, should_stop)
        now = time.perf_counter()
        end = EpochEnd(epoch, epochs, loss_sum / seen, correct / seen, test_acc, train_cfg.lr,
                       now - epoch_start, now - start, {})
        history.append(end)
        yield end
    model.eval()
    yield NotebookFinished(model, _shape(), train_cfg, history, history[-1].test_accuracy,
                           time.perf_counter() - start,
                           finding=Finding(answers, test_acc, history[-1].train_accuracy,
                                           first_nan, zero_sums, nan_share))


def _shape():
    """The preset of the same shape (784-256-128-64-10), for the lab's table."""
    from bnn_gui.config import preset

    return preset("seed-mlp")


