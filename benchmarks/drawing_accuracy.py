"""Accuracy on drawings, the way a user draws: many sizes, places, slants, and two data paths.

1. Strokes: synthetic handwriting (bnn_gui.research.handwriting) drawn on an 800x600 canvas at
   heights from 40 to 500 px, anywhere, slanted, rotated, wider or narrower, wobbly, sampled like
   mouse events, read with ``classify_strokes`` (the canvas's pipeline).
2. Images: MNIST test digits blown up 2-20x, sheared, placed anywhere on a larger image, half of
   them dark ink on white, read with ``classify_image``; compared with the same digits read
   straight from their 28x28 files.
3. Pen styles: the styles MNIST lacks (``FIRST_PEN_STYLES``: slashed zeros, flagged 1s, barred
   7s, open 4s, curled 9s, small-loop 6s) drawn the way pen writers draw (``PEN``: turned
   clockwise more often, leaning right, shakier), N_DRAWINGS / 2 of them; then each of
   ``VARIED_PEN_STYLES`` (zeros slashed past the oval, 1s with flags of any length, 4s in one
   or two strokes, 6s open or closed) in a column of its own, N_DRAWINGS / 10 each.
4. Scans: MNIST test digits as a scanner's 16x16 grey pictures (cropped to the digit, scaled
   to fit, half of them a pen 1 px bolder first, so that a bold 0 fills much of its picture), half of
   them dark ink on light paper, read with ``classify_image``.

    python benchmarks/drawing_accuracy.py [N_DRAWINGS] [N_IMAGES] [MODEL ...]
"""

import os
import sys
import time

import numpy as np
import torch

from bnn_gui import load_model
from bnn_gui.core.runs.data import load_mnist
from bnn_gui.research.handwriting import FIRST_PEN_STYLES, PEN, VARIED_PEN_STYLES, draw_digit
from bnn_gui.research.pictures import image_set, scan_set


def stroke_set(n: int, seed: int = 0, **how):
    rng = np.random.default_rng(seed)
    digits = np.arange(n) % 10
    drawings = [draw_digit(int(d), rng, **how) for d in digits]
    heights = np.array([np.ptp(np.vstack(s)[:, 1]) for s in drawings])
    return drawings, digits, heights


def bins(values, edges):
    return np.digitize(values, edges)


def main() -> None:
    args = sys.argv[1:]
    n_draw = int(args.pop(0)) if args else 2000
    n_img = int(args.pop(0)) if args else 1000
    models = args or ["bnn-cnn", "bnn-mlp", "float-mlp"]
    torch.set_num_threads(int(os.environ.get("THREADS", "2")))

    drawings, labels, heights = stroke_set(n_draw)
    # the styles pen writers use that MNIST lacks, written the way they write (PEN_STYLES)
    pen_digits = np.array(sorted(FIRST_PEN_STYLES))
    pen_labels = pen_digits[np.arange(n_draw // 2) % len(pen_digits)]
    rng = np.random.default_rng(3)
    pen_drawings = [draw_digit(int(d), rng, style=PEN, templates=FIRST_PEN_STYLES)
                    for d in pen_labels]
    varied = {name: [draw_digit(d, rng, style=PEN, templates={d: [way]})
                     for _ in range(n_draw // 10)]
              for name, (d, way) in VARIED_PEN_STYLES.items()}
    data = load_mnist()
    idx = np.random.default_rng(2).choice(len(data.test_x), n_img, replace=False)
    images = image_set(data.test_x[idx])
    scans = scan_set(data.test_x[idx])
    print(f"{n_draw} synthetic drawings, heights {heights.min():.0f}-{heights.max():.0f} px; "
          f"{n_img} MNIST test digits warped onto images of "
          f"{min(i.shape[0] for i in images)}-{max(i.shape[0] for i in images)} px\n")

    size_edges = [80, 200]
    size_names = ["< 80 px", "80-200 px", "> 200 px"]
    print("| model | drawings | " + " | ".join(size_names) + " | worst digit | pen styles | "
          + " | ".join(VARIED_PEN_STYLES) + " | MNIST 28x28 | same digits as big images | "
          "as 16x16 scans | s |")
    print("|---|---|" + "---|" * (len(size_names) + len(VARIED_PEN_STYLES)) + "---|---|---|---|---|---|")
    for name in models:
        model = load_model(name)
        t = time.perf_counter()
        pred = np.array([model.classify_strokes(s).digit for s in drawings])
        ok = pred == labels
        by_size = [ok[bins(heights, size_edges) == b].mean() for b in range(3)]
        per_digit = [ok[labels == d].mean() for d in range(10)]
        worst = int(np.argmin(per_digit))
        pen_ok = np.array([model.classify_strokes(s).digit for s in pen_drawings]) == pen_labels
        styles = [np.mean([model.classify_strokes(s).digit == VARIED_PEN_STYLES[k][0]
                           for s in v]) for k, v in varied.items()]
        plain = np.array([model.read(x / 255.0).digit for x in data.test_x[idx]])
        warped = np.array([model.classify_image(im).digit for im in images])
        scanned = np.array([model.classify_image(im).digit for im in scans])
        y = data.test_y[idx]
        print(f"| {name} | {100 * ok.mean():.1f}% | "
              + " | ".join(f"{100 * a:.1f}%" for a in by_size)
              + f" | {worst}: {100 * per_digit[worst]:.0f}% | {100 * pen_ok.mean():.1f}% | "
              + " | ".join(f"{100 * a:.1f}%" for a in styles) + " | "
              f"{100 * (plain == y).mean():.1f}% | "
              f"{100 * (warped == y).mean():.1f}% | {100 * (scanned == y).mean():.1f}% | "
              f"{time.perf_counter() - t:.0f} |")
        confusions = [(int(a), int(b)) for a, b in zip(labels[~ok], pred[~ok])]
        common = sorted(set(confusions), key=confusions.count, reverse=True)[:5]
        print("|  | most common misreadings: "
              + ", ".join(f"{a} as {b} ({confusions.count((a, b))})" for a, b in common) + " |")


if __name__ == "__main__":
    main()
