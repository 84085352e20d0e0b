"""Training speed of each preset through the app's loop (``core.training.train``) against a
plain PyTorch loop of the same network written here, in one run, alternated, best of three
(compare the ratio: these machines are noisy between runs). Both loops: the same model, Adam, cross-entropy, latent
weights clipped after every step, MNIST held as uint8 and made float per batch.

    python benchmarks/training_speed.py [BATCHES]     (batches per measurement, default 150)
"""

from __future__ import annotations

import sys
import time

import torch
import torch.nn.functional as F

from bnn_gui.config import preset, train_defaults
from bnn_gui.core.runs.data import load_mnist
from bnn_gui.core.nets.layers import binary_layers
from bnn_gui.core.nets.models import build
from bnn_gui.core.runs.training import BatchProgress, train

PRESETS = ["bnn-quick", "bnn-mlp", "seed-mlp", "float-mlp", "bnn-cnn"]
WARMUP = 10  # batches left out of each measurement (allocations, first-call costs)


def plain(cfg, tc, x, y, batches: int) -> float:
    """Samples per second of a hand-written loop."""
    torch.manual_seed(0)
    model = build(cfg).train()
    opt = torch.optim.Adam(model.parameters(), lr=tc.lr)
    clipped = [layer.weight for layer in binary_layers(model)] if cfg.binary_weights else []
    bs = tc.batch_size
    order = torch.randperm(len(x))
    start = None
    for b in range(batches + WARMUP):
        if b == WARMUP:
            start = time.perf_counter()
        idx = order[b * bs: (b + 1) * bs]
        loss = F.cross_entropy(model(x[idx].float().div_(255)), y[idx])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        with torch.no_grad():
            for w in clipped:
                w.clamp_(-cfg.clip, cfg.clip)
    return batches * bs / (time.perf_counter() - start)


def app(cfg, tc, data, batches: int) -> float:
    """Samples per second of core.training.train over the same number of batches."""
    n = (batches + WARMUP) * tc.batch_size
    times = []
    for ev in train(cfg, tc.replace(epochs=1, max_train_samples=n), data):
        if isinstance(ev, BatchProgress):
            times.append(time.perf_counter())
            if len(times) == batches + WARMUP:
                break  # the test set at the epoch's end is not training
    return batches * tc.batch_size / (times[-1] - times[WARMUP - 1])


def main(batches: int = 150) -> None:
    torch.set_num_threads(2)
    data = load_mnist(download=False)
    x, y = torch.from_numpy(data.train_x.copy()), torch.from_numpy(data.train_y.astype("int64"))
    print(f"{batches} batches each after {WARMUP} of warm-up, 2 threads\n")
    print("| preset | batch | app loop samples/s | plain loop samples/s | ratio |")
    print("|---|---|---|---|---|")
    for name in PRESETS:
        cfg, tc = preset(name), train_defaults(name).replace(augment_shift=0)
        n = batches if not cfg.conv else max(20, batches // 5)
        # alternated, best of three each: the machine's noise is larger than the difference
        ours = theirs = 0.0
        for _ in range(3):
            ours = max(ours, app(cfg, tc, data, n))
            theirs = max(theirs, plain(cfg, tc, x, y, n))
        print(f"| {name} | {tc.batch_size} | {ours:,.0f} | {theirs:,.0f} | "
              f"{ours / theirs:.2f}x |", flush=True)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
