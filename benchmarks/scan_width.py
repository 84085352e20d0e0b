"""Choose how bold pictures are thinned (bnn_gui/core/live/stroke_width.py) on validation digits,
then read the test digits once.

Validation: N of MNIST's last 5,000 training digits (the split the shipped models were chosen
on, never trained on), three ways: as 16x16 scans made the way drawing_accuracy.py makes its
scans column (half a pen 1 px bolder, scaled to fill the frame, half dark ink on light); warped
onto big pictures as its "big images" column makes them (thinning must not cost ordinary
pictures); and as scans of the same digits written with a pen 2 px bolder (shown, not used to
choose). Every
(target, trigger) pair, and no thinning at all, is read by every model, thinning (as the app
does) only the pictures enlarged by ENLARGED or more to fit; the pair with the best mean over
the models of the scans is chosen (the big pictures, all shrunk to fit, are read alike by
every pair, which the table shows). Then N MNIST test digits (drawing_accuracy.py's
own sample and scans) are read once, with the chosen pair and with none.

    python benchmarks/scan_width.py [N] [MODEL ...]     # N = 1000; bnn-cnn bnn-mlp
"""

import itertools
import sys

import numpy as np
import torch

from bnn_gui import load_model
from bnn_gui.core.live.preprocess import image_to_ink, to_mnist_placed
from bnn_gui.core.live.stroke_width import (ENLARGED, TARGET, TRIGGER, stroke_width,
                                           thin_to_mnist)
from bnn_gui.core.runs.data import load_mnist
from bnn_gui.research.pictures import bolder, image_set, scan_set

TARGETS = (2.2, 2.4, 2.6, 2.8, 3.0)
TRIGGERS = (0.0, 2.9, 3.2, 3.5)  # 0: thin whatever is wider than the target


def placed(pictures) -> list[tuple[np.ndarray, bool]]:
    """Each picture's 28x28 before thinning, and whether the app would thin it (enlarged to
    fit): the picture path's first steps, done once."""
    out = []
    for p in pictures:
        x, where = to_mnist_placed(image_to_ink(p))
        out.append((x, where.scale >= ENLARGED))
    return out


def accuracy(models, xs, labels, how) -> list[float]:
    xs = [thin_to_mnist(x, *how) if how and enlarged else x for x, enlarged in xs]
    return [float(np.mean([m.read(x).digit for x in xs] == labels)) for m in models]


def row(name, accs) -> str:
    return f"| {name} | " + " | ".join(f"{100 * a:.1f}%" for a in accs) + " |"


def main() -> None:
    args = sys.argv[1:]
    n = int(args.pop(0)) if args else 1000
    names = args or ["bnn-cnn", "bnn-mlp"]
    torch.set_num_threads(1)
    models = [load_model(name) for name in names]
    data = load_mnist()
    val = np.random.default_rng(5).choice(np.arange(55_000, 60_000), n, replace=False)
    val_x, val_y = data.train_x[val], data.train_y[val]
    widths = [stroke_width(x / 255.0) for x in val_x]
    print(f"MNIST's own stroke width (validation digits): median {np.median(widths):.2f}, "
          f"90th percentile {np.percentile(widths, 90):.2f} px\n")
    sets = {"16x16 scans": placed(scan_set(val_x, seed=6)),
            "big pictures": placed(image_set(val_x, seed=7)),
            "scans, 2 px bolder pen": placed(scan_set(bolder(val_x), seed=6))}
    cols = [f"{s}: {m}" for s in sets for m in names]
    print(f"Validation: {n} of MNIST's last 5,000 training digits\n")
    print("| thinning | " + " | ".join(cols) + " | scans, mean |\n|---|" + "---|" * (len(cols) + 1))
    results = {}
    for how in [None] + [(t, g) for t, g in itertools.product(TARGETS, TRIGGERS)
                         if not g or g > t]:
        accs = [a for pics in sets.values() for a in accuracy(models, pics, val_y, how)]
        results[how] = float(np.mean(accs[: len(names)]))
        label = "none" if how is None else f"to {how[0]} px, above {how[1] or how[0]} px"
        print(row(label, accs)[:-1] + f"| {100 * results[how]:.2f}% |", flush=True)
    best = max(results, key=results.get)
    print(f"\nchosen on validation: {best} (shipped: {(TARGET, TRIGGER)})\n")

    idx = np.random.default_rng(2).choice(len(data.test_x), n, replace=False)
    test_x, test_y = data.test_x[idx], data.test_y[idx]
    tests = {"16x16 scans": placed(scan_set(test_x)), "big pictures": placed(image_set(test_x)),
             "scans, 2 px bolder pen": placed(scan_set(bolder(test_x)))}
    print(f"Test, read once: {n} MNIST test digits (drawing_accuracy.py's sample)\n")
    print("| thinning | " + " | ".join(f"{s}: {m}" for s in tests for m in names)
          + " |\n|---|" + "---|" * len(cols))
    for how in (None, best):
        label = "none" if how is None else f"to {how[0]} px, above {how[1] or how[0]} px"
        print(row(label, [a for pics in tests.values()
                          for a in accuracy(models, pics, test_y, how)]))


if __name__ == "__main__":
    main()
