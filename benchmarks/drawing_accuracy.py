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
import torch.nn.functional as F

from bnn_gui import load_model
from bnn_gui.core.runs.data import load_mnist
from bnn_gui.research.handwriting import FIRST_PEN_STYLES, PEN, VARIED_PEN_STYLES, draw_digit


def stroke_set(n: int, seed: int = 0, **how):
    rng = np.random.default_rng(seed)
    digits = np.arange(n) % 10
    drawings = [draw_digit(int(d), rng, **how) for d in digits]
    heights = np.array([np.ptp(np.vstack(s)[:, 1]) for s in drawings])
    return drawings, digits, heights


def image_set(x: np.ndarray, seed: int = 1):
    """Each 28x28 digit warped onto an H x W image: scale 2-20x, shear +-0.3, anywhere."""
    rng = np.random.default_rng(seed)
    out = []
    for img in x:
        scale = np.exp(rng.uniform(np.log(2), np.log(20)))
        side = 28 * scale
        h, w = int(side * rng.uniform(1.1, 2.0)), int(side * rng.uniform(1.1, 2.5))
        shear = rng.uniform(-0.3, 0.3)
        # affine_grid maps output coords in [-1, 1] to input coords; the digit fills side/h, side/w
        cy, cx = rng.uniform(-1, 1, 2) * (1 - np.array([side / h, side / w]))
        theta = torch.tensor([[w / side, shear * h / side, -cx * w / side - shear * cy * h / side],
                              [0, h / side, -cy * h / side]], dtype=torch.float32)[None]
        grid = F.affine_grid(theta, [1, 1, h, w], align_corners=False)
        src = torch.from_numpy(img.astype(np.float32) / 255)[None, None]
        big = F.grid_sample(src, grid, align_corners=False)[0, 0].numpy()
        if rng.random() < 0.5:
            big = 1 - big  # dark ink on a light background
        out.append((big * 255).astype(np.uint8))
    return out


def scan_set(x: np.ndarray, seed: int = 4):
    """Each 28x28 digit as a 16x16 scan: half of them a pixel bolder (about the strokes of a
    16x16 postal scan), cropped to its ink, scaled to fit 16 px on its longer side (kept
    centred, so that it touches the picture's edges), half of them dark ink on light paper."""
    rng = np.random.default_rng(seed)
    out = []
    for img in x:
        ink = torch.from_numpy(img.astype(np.float32) / 255)[None, None]
        bold = int(rng.integers(0, 2))
        if bold:
            ink = F.max_pool2d(ink, 2 * bold + 1, stride=1, padding=bold)
        a = ink[0, 0].numpy()
        rows, cols = np.nonzero(a > 0.1)
        a = a[rows.min():rows.max() + 1, cols.min():cols.max() + 1]
        scale = 16 / max(a.shape)
        h, w = max(1, round(a.shape[0] * scale)), max(1, round(a.shape[1] * scale))
        small = F.interpolate(torch.from_numpy(np.ascontiguousarray(a))[None, None], size=(h, w),
                              mode="area")[0, 0].numpy()
        scan = np.zeros((16, 16), np.float32)
        top, left = (16 - h) // 2, (16 - w) // 2
        scan[top:top + h, left:left + w] = small
        if rng.random() < 0.5:
            scan = 1 - scan
        out.append((scan * 255).astype(np.uint8))
    return out


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
