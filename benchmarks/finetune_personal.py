"""Fine-tuning on a personal set: accuracy before and after, on the person's held-out digits,
on more of their digits never seen, and on MNIST's test set.

The "person" is synthetic (research/handwriting.py's TILTED writer: every digit turned 24-30°
anticlockwise), since real people cannot be asked to draw here. Usage:

    python benchmarks/finetune_personal.py [MODEL ...] [--per-digit 5] [--threads 2]
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from bnn_gui.core.nets import checkpoint
from bnn_gui.core.runs.data import load_mnist
from bnn_gui.core.runs.finetune import FinetuneConfig, finetune, render
from bnn_gui.research.handwriting import TILTED, draw_digit
from bnn_gui.core.runs.personal import Sample
from bnn_gui.core.runs.training import accuracy, run_to_end, to_tensors


def personal_samples(n_per_digit: int, seed: int) -> list[Sample]:
    rng = np.random.default_rng(seed)
    return [Sample(d, [s.tolist() for s in draw_digit(d, rng, style=TILTED)])
            for _ in range(n_per_digit) for d in range(10)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("models", nargs="*", default=["bnn-mlp", "bnn-cnn"])
    ap.add_argument("--per-digit", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--unseen", type=int, default=30, help="unseen drawings per digit")
    ap.add_argument("--epochs", type=int, default=FinetuneConfig.epochs)
    ap.add_argument("--lr", type=float, default=FinetuneConfig.lr)
    ap.add_argument("--mnist-samples", type=int, default=FinetuneConfig.mnist_samples)
    ap.add_argument("--share", type=float, default=FinetuneConfig.personal_share)
    args = ap.parse_args()
    mnist = load_mnist(download=False)
    samples = personal_samples(args.per_digit, seed=1)
    unseen_x, unseen_y = to_tensors(*render(personal_samples(args.unseen, seed=2)))
    cfg = FinetuneConfig(threads=args.threads, epochs=args.epochs, lr=args.lr,
                         lr_end=args.lr / 10, mnist_samples=args.mnist_samples,
                         personal_share=args.share).validate()
    print(f"personal set: {len(samples)} drawings ({args.per_digit} per digit); "
          f"unseen: {len(unseen_y)}; {cfg}")
    print("| model | held-out personal | unseen personal | MNIST test | seconds |")
    print("|---|---|---|---|---|")
    for name in args.models:
        model, _ = checkpoint.load_net(name)
        unseen_before = accuracy(model, unseen_x, unseen_y)
        t = time.perf_counter()
        result = run_to_end(finetune(model, mnist, samples, cfg))
        seconds = time.perf_counter() - t
        r = result.report
        unseen_after = accuracy(model, unseen_x, unseen_y)
        print(f"| {name} | {100 * r.before.personal:.1f}% → {100 * r.after.personal:.1f}% "
              f"(n={r.before.personal_n}) | {100 * unseen_before:.1f}% → {100 * unseen_after:.1f}% "
              f"| {100 * r.before.mnist:.2f}% → {100 * r.after.mnist:.2f}% | {seconds:.0f} |",
              flush=True)


if __name__ == "__main__":
    main()
