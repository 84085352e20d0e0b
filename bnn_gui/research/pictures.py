"""MNIST digits made into the pictures people open: warped onto big images (``image_set``), and
small scans (``scan_set``), each the way ``benchmarks/drawing_accuracy.py`` reads them; and
digits written with a bolder pen (``bolder``)."""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F


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


def bolder(x: np.ndarray, px: int = 2) -> np.ndarray:
    """(N, 28, 28) uint8 digits as if written with a pen ``px`` pixels wider (a maximum over
    (2 px + 1)^2 pixels)."""
    t = torch.from_numpy(np.asarray(x, np.float32))[:, None]
    return F.max_pool2d(t, 2 * px + 1, stride=1, padding=px)[:, 0].numpy().astype(np.uint8)
