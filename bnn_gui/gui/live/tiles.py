"""Many small maps (channels, units, templates) as one picture: tiles in a near-square grid,
and the colours a layer's values take in it."""

from __future__ import annotations

import math

import numpy as np


def grid_shape(n: int, aspect: float = 1.0) -> tuple[int, int]:
    """(rows, cols) of a near-square grid for n tiles of height/width ``aspect``."""
    cols = max(1, math.ceil(math.sqrt(n * aspect)))
    return math.ceil(n / cols), cols


def tile(maps: np.ndarray, fill, gap: int = 1, box: float = 1.0) -> np.ndarray:
    """(N, h, w) maps in a grid, row by row, ``gap`` pixels of ``fill`` between them (and
    where the last row is short): near-square, or for a box ``box`` times as wide as tall."""
    n, h, w = maps.shape
    rows, cols = grid_shape(n, box)
    out = np.full((rows * (h + gap) - gap, cols * (w + gap) - gap), fill, maps.dtype)
    for i, m in enumerate(maps):
        r, c = divmod(i, cols)
        out[r * (h + gap): r * (h + gap) + h, c * (w + gap): c * (w + gap) + w] = m
    return out


class Tiling:
    """Where each unit of a layer goes in its image: conv (C, H, W) or dense (D,). ``rows``:
    how many channel maps (or units) go down each column (default: a near-square grid)."""

    def __init__(self, shape: tuple[int, ...], rows: int | None = None):
        self.shape = shape
        n = shape[0]
        if rows is None:
            self.rows, self.cols = grid_shape(n)
        else:
            self.rows = max(1, min(rows, n))
            self.cols = math.ceil(n / self.rows)
            self.rows = math.ceil(n / self.cols)  # no empty bottom rows
        if len(shape) == 3:
            self.tile, self.gap = (shape[1], shape[2]), 1
        else:
            self.tile, self.gap = (1, 1), 0
        th, tw = self.tile
        self.height = self.rows * (th + self.gap) - self.gap
        self.width = self.cols * (tw + self.gap) - self.gap

        # where each image pixel takes its value from: a unit's flat index, or the fill value
        # (index n, appended by `image`) in gaps; gathering is one numpy call per frame
        n = int(np.prod(shape))
        self._gather = np.full((self.height, self.width), n, np.intp)
        for i in range(self.rows * self.cols):
            if i * th * tw >= n:
                break
            r, c = divmod(i, self.cols)
            y, x = r * (th + self.gap), c * (tw + self.gap)
            self._gather[y: y + th, x: x + tw] = np.arange(i * th * tw, (i + 1) * th * tw
                                                           ).reshape(th, tw)

    def image(self, values: np.ndarray, fill) -> np.ndarray:
        """The layer's values (any array of its shape) laid out as one picture."""
        return np.append(values.ravel(), np.asarray(fill, values.dtype))[self._gather]

    def unit_at(self, row: int, col: int) -> tuple | None:
        """The unit index (channel, y, x) or (i,) under an image pixel, or None for a gap."""
        th, tw = self.tile
        r, y = divmod(row, th + self.gap)
        c, x = divmod(col, tw + self.gap)
        if y >= th or x >= tw or r >= self.rows or c >= self.cols:
            return None
        i = r * self.cols + c
        if len(self.shape) == 3:
            return (i, y, x) if i < self.shape[0] else None
        return (i,) if i < self.shape[0] else None


def plan(shapes: list[tuple[int, ...]], width: float, height: float,
         dense_boost: float = 4 / 3, min_band: float = 84,
         with_input: bool = True) -> tuple[float, list[int]]:
    """Lay the input and the layers side by side in ``width`` pixels, each at most ``height``
    tall, with one cell size for the input and every conv layer and ``dense_boost`` times it
    for dense units (they need bigger cells to be seen): the largest cell size for which every
    layer, its maps stacked as high as fit, still fits (each band at least ``min_band`` wide,
    room for its label). Returns (cell size, how many maps or units each layer stacks in a
    column)."""
    depth = height

    def needs(s: float) -> tuple[float, list[int]]:
        total, stacks = (max(28 * s + 12, min_band) if with_input else 0.0), []  # the input
        for shape in shapes:
            if len(shape) == 3:
                c, h, w = shape
                per = max(1, int(depth // (s * (h + 1))))
                stacks.append(per)
                total += max(math.ceil(c / per) * (w + 1) * s + 12, min_band)
            else:
                sd = s * dense_boost
                per = max(1, int(depth // sd))
                stacks.append(per)
                total += max(math.ceil(shape[0] / per) * sd + 12, min_band)
        return total, stacks

    lo, hi = 0.2, 64.0
    for _ in range(30):  # binary search on the cell size
        mid = (lo + hi) / 2
        if needs(mid)[0] <= width:
            lo = mid
        else:
            hi = mid
    return lo, needs(lo)[1]


# colour indices: 0 = -1, 1 = +1, 2 = flipped to -1, 3 = flipped to +1, 4 = gap between tiles
LUT = np.array([[31, 42, 68], [242, 230, 201], [214, 45, 122], [255, 140, 0], [70, 70, 70]],
               np.uint8)
# real-valued layers: a diverging map, blue (negative) to dark grey (0) to orange (positive)
_t = np.linspace(-1, 1, 256)[:, None]
DIVERGING = np.where(_t < 0, (1 + _t) * [40, 40, 40] - _t * [70, 140, 255],
                     (1 - _t) * [40, 40, 40] + _t * [255, 160, 40]).astype(np.uint8)


def real_colours(layer, t: Tiling) -> np.ndarray:
    """A layer that is not ±1 as an RGB picture of its tiles. A few-bit layer (the bit budget)
    has its values on a fixed grid in [−1, 1], drawn on a fixed ramp from the −1 colour to the
    +1 colour, so a k-bit map shows its k-bit levels and nothing in between; a real-valued one
    is symmetric about 0, scaled to its largest magnitude."""
    if getattr(layer, "levels", 0) > 2:
        f = (np.clip(layer.bits.astype(np.float32), -1, 1) + 1) / 2
        ramp = np.rint(f[..., None] * LUT[1] + (1 - f[..., None]) * LUT[0]).astype(np.uint8)
        rgb = np.empty((t.height, t.width, 3), np.uint8)
        for ch in range(3):
            rgb[..., ch] = t.image(ramp[..., ch], LUT[4][ch])
        return rgb
    v = layer.bits.astype(np.float32)
    scale = max(float(np.abs(v).max()), 1e-12)
    idx = np.rint((v / scale + 1) * 127.5).astype(np.uint8)
    rgb = DIVERGING[t.image(idx, 0)]
    rgb[t.image(np.zeros(idx.shape, bool), True)] = LUT[4]
    return rgb
