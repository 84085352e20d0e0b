"""Make a drawing or an image look like an MNIST digit (numpy only).

MNIST digits were fitted into a 20x20 box keeping their aspect ratio, anti-aliased, and centred
by centre of mass in 28x28 by whole-pixel shifts (measured on the training set: the longer side
of the ink is 20 px, the centre of mass at (14.0, 14.0) in 0-based pixel indices on average,
strokes about 2 px wide). A
drawing reads well only if it is made the same way, whatever its size and place on the canvas:

strokes -> raster with a brush in proportion to the drawing's size -> ``to_mnist``:
crop to the ink -> fit the longer side to 20 px (area resampling) -> centre of mass to 14.
A picture goes the same way from its ink (``image_to_ink``); one enlarged to fit has strokes
bolder than MNIST's thinned (``picture_to_mnist_placed``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bnn_gui.core.live.raster import RASTER as _RASTER
from bnn_gui.core.live.raster import rasterize_strokes
from bnn_gui.core.live.stroke_width import ENLARGED, TRIGGER, stroke_width, thin_to_mnist

BOX = 20  # the longer side of the ink, in pixels of the 28x28 result
CENTRE = 14.0  # where the centre of mass goes, in 0-based pixel indices
BRUSH = 0.12  # brush diameter as a share of the drawing's longer side (MNIST: ~2 px of 20)


def _area_matrix(n_in: int, n_out: int, scale: float, offset: float) -> np.ndarray:
    """(n_out, n_in) weights: input pixel i covers [offset + i*scale, offset + (i+1)*scale) in
    output coordinates; output pixel j averages what falls into [j, j+1) (exact area sampling)."""
    lo = offset + np.arange(n_in) * scale
    hi = lo + scale
    j = np.arange(n_out)[:, None]
    overlap = np.clip(np.minimum(hi[None, :], j + 1) - np.maximum(lo[None, :], j), 0, None)
    return overlap.astype(np.float32)


def _place(ink: np.ndarray, scale: float, top: float, left: float) -> np.ndarray:
    rows = _area_matrix(ink.shape[0], 28, scale, top)
    cols = _area_matrix(ink.shape[1], 28, scale, left)
    return np.clip(rows @ ink @ cols.T, 0, 1)


def centre_of_mass(img: np.ndarray) -> tuple[float, float]:
    """Intensity-weighted (row, col) in 0-based pixel indices."""
    total = img.sum()
    r = (img.sum(1) * np.arange(img.shape[0])).sum() / total
    c = (img.sum(0) * np.arange(img.shape[1])).sum() / total
    return float(r), float(c)


@dataclass(frozen=True)
class Placement:
    """Where an ink image lands in the 28x28 (``to_mnist``'s choice, kept so that other ink can
    be put in the same frame and a 28x28 pixel traced back to the picture).

    Per axis (rows, then columns), a point q of the ink image (continuous: pixel i spans
    [i, i + 1)) lands at u = (q - origin) * scale + offset in the 28x28, whose pixel j spans
    [j, j + 1). Only the crop ``origin`` .. ``origin + size`` is placed: ink fainter than the
    crop threshold outside it is left out, as MNIST's crop did."""

    origin: tuple[int, int]
    size: tuple[int, int]
    scale: float
    offset: tuple[float, float]

    def to28(self, q: np.ndarray) -> np.ndarray:
        """(..., 2) ink-image (row, col) -> 28x28 (row, col), continuous."""
        return (np.asarray(q, np.float64) - self.origin) * self.scale + self.offset

    def from28(self, u: np.ndarray) -> np.ndarray:
        """(..., 2) 28x28 (row, col) -> ink-image (row, col), continuous."""
        return (np.asarray(u, np.float64) - self.offset) / self.scale + self.origin

    def place(self, ink: np.ndarray) -> np.ndarray:
        """Any ink image in this frame (ink ~1 on 0) as its 28x28."""
        (r, c), (h, w) = self.origin, self.size
        crop = np.zeros((h, w), np.float32)
        part = np.asarray(ink, np.float32)[r: r + h, c: c + w]
        crop[: part.shape[0], : part.shape[1]] = part
        return _place(crop, self.scale, *self.offset)


def mnist_placement(ink: np.ndarray, threshold: float = 0.05, box: float | None = None
                    ) -> Placement | None:
    """Where ``to_mnist`` puts ``ink`` (None when there is no ink): the crop to the ink, its
    longer side (or ``box`` input pixels, when given) fitted to 20 px, shifted by whole pixels
    so that its centre of mass is within half a pixel of (14.0, 14.0)."""
    ink = np.asarray(ink, dtype=np.float32)
    peak = float(ink.max()) if ink.size else 0.0
    mask = ink > threshold * max(peak, 1e-12)
    if not mask.any() or peak <= 0:
        return None
    rows, cols = np.flatnonzero(mask.any(1)), np.flatnonzero(mask.any(0))
    crop = ink[rows[0]: rows[-1] + 1, cols[0]: cols[-1] + 1] / peak
    scale = BOX / max(box or 0, max(crop.shape))
    # As MNIST: the ink sits in a 20x20 box on the pixel grid (its shorter side centred in the
    # box), and the box is moved by whole pixels to bring the centre of mass nearest to 14.0,
    # so the longer side stays exactly 20 px (a sub-pixel shift would smear it over 21).
    top, left = (BOX - crop.shape[0] * scale) / 2, (BOX - crop.shape[1] * scale) / 2
    r, c = centre_of_mass(_place(crop, scale, top + 4, left + 4))
    return Placement((int(rows[0]), int(cols[0])), crop.shape, scale,
                     (top + 4 + round(CENTRE - r), left + 4 + round(CENTRE - c)))


def to_mnist(ink: np.ndarray, threshold: float = 0.05, box: float | None = None
             ) -> np.ndarray | None:
    """Any-size ink image (ink ~1, background 0) -> 28x28 float32 in [0, 1] like MNIST, or None
    when there is no ink (``mnist_placement`` says where it goes)."""
    placed = to_mnist_placed(ink, threshold, box)
    return None if placed is None else placed[0]


def to_mnist_placed(ink: np.ndarray, threshold: float = 0.05, box: float | None = None
                    ) -> tuple[np.ndarray, Placement] | None:
    """``to_mnist`` and the Placement it used."""
    ink = np.asarray(ink, dtype=np.float32)
    where = mnist_placement(ink, threshold, box)
    if where is None:
        return None
    return where.place(ink / float(ink.max())), where


# The share of a border's pixels that must be one tone for the border alone to say which tone
# is the background: a clean margin is all one tone; a digit cropped tightly enough to touch
# its edges leaves 15% or more of the border in the other.
UNIFORM_BORDER = 0.95


def _otsu(a: np.ndarray) -> float:
    """The grey level that best splits the picture into two tones (Otsu 1979: the threshold
    that maximises the between-class variance w0 w1 (m0 - m1)^2 over a 64-bin histogram);
    the middle of the range for a picture of one tone."""
    lo, hi = float(a.min()), float(a.max())
    if hi - lo < 1e-9:
        return 0.5 if lo != 0.5 else 0.49
    counts, edges = np.histogram(a, bins=64, range=(lo, hi))
    centres = (edges[:-1] + edges[1:]) / 2
    w0 = np.cumsum(counts)[:-1].astype(np.float64)
    w1 = counts.sum() - w0
    s0 = np.cumsum(counts * centres)[:-1]
    m0 = s0 / np.maximum(w0, 1)
    m1 = (float((counts * centres).sum()) - s0) / np.maximum(w1, 1)
    between = w0 * w1 * (m0 - m1) ** 2
    return float(edges[1:-1][int(np.argmax(between))])


def image_to_ink(image: np.ndarray) -> np.ndarray:
    """Greyscale or colour image, values 0..1, 0..255 or 0..65535, dark or light background ->
    ink in [0, 1] on a 0 background. The background is the median value of the border."""
    # NaN or infinite values (a damaged float image) count as background
    a = np.nan_to_num(np.asarray(image, dtype=np.float64), nan=0.0, posinf=0.0, neginf=0.0)
    if a.ndim == 3 and a.shape[2] in (2, 4):  # with alpha: transparent pixels are background
        full = 255.0 if a.max() > 1 else 1.0
        alpha = a[..., -1:] / max(float(a[..., -1].max()), 1e-12)
        grey = a[..., :-1].mean(2, keepdims=True) / full
        # composite onto the opposite of the ink's colour: transparent pixels are background
        opaque = alpha[..., 0] >= 0.5
        ink_grey = float(np.median(grey[opaque])) if opaque.any() else 0.0
        bg = 1.0 if ink_grey < 0.5 else 0.0
        a = (grey * alpha + bg * (1 - alpha))[..., 0]
    elif a.ndim == 3 and a.shape[2] in (1, 3):
        a = a.mean(2)
    if a.ndim != 2 or min(a.shape) < 1:
        raise ValueError(f"expected a 2-D greyscale or RGB(A) image, got shape {np.shape(image)}")
    hi = float(a.max())
    a = a / (65535.0 if hi > 255 else 255.0 if hi > 1 else 1.0)
    a = np.clip(a, 0, 1)
    # Which tone is the background? Three kinds of evidence, strongest first. (1) A border
    # nearly all of one tone: a clean margin; it decides even where a bold digit covers most
    # of a small picture. (2) Else the digit touches the edges (cropped tightly, or scaled to
    # fill its frame as scanned digits are): the four corners, which a digit rarely reaches
    # (a 7's bar or a 2's base reaches two), decide when three agree; a bold 0 that fills a
    # 16x16 scan covers more than half of it but no corner. (3) Else the whole picture, since
    # ink rarely covers most of a picture's area. Tones are split at Otsu's threshold, so grey
    # ink on grey paper is split as well.
    split = _otsu(a)
    light = a >= split
    border = np.concatenate([light[0], light[-1], light[:, 0], light[:, -1]])
    k = max(1, min(a.shape) // 16)
    corners = [light[:k, :k].mean(), light[:k, -k:].mean(), light[-k:, :k].mean(),
               light[-k:, -k:].mean()]
    light_corners = sum(c > 0.5 for c in corners)
    dark_corners = sum(c < 0.5 for c in corners)
    if border.mean() >= UNIFORM_BORDER or border.mean() <= 1 - UNIFORM_BORDER:
        reference = np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]])
    elif max(light_corners, dark_corners) >= 3:
        reference = np.concatenate([a[:k, :k].ravel(), a[:k, -k:].ravel(), a[-k:, :k].ravel(),
                                    a[-k:, -k:].ravel()])
    else:
        reference = a.ravel()
    if float((reference >= split).mean()) > 0.5:  # light background, dark ink
        a = 1 - a
        reference = 1 - reference
    bg = float(np.median(reference))
    return np.clip((a - bg) / max(1 - bg, 1e-6), 0, 1).astype(np.float32)


def preprocess_image(image: np.ndarray) -> np.ndarray | None:
    """Image of any size and polarity -> MNIST-like 28x28, or None if it holds no ink."""
    placed = picture_to_mnist_placed(image_to_ink(image))
    return None if placed is None else placed[0]


def picture_to_mnist_placed(ink: np.ndarray
                            ) -> tuple[np.ndarray, Placement, float | None] | None:
    """A picture's ink -> its 28x28 and Placement (``to_mnist_placed``), and the stroke width
    it was thinned from (None: not thinned). Where the picture had to be enlarged to fit (a
    small scan, a thumbnail) and its strokes came out bolder than MNIST's, they are thinned to
    MNIST's width (``stroke_width``). Drawings are not thinned: their brush is sized to
    MNIST's strokes."""
    placed = to_mnist_placed(ink)
    if placed is None:
        return None
    x, where = placed
    width = stroke_width(x)
    if where.scale < ENLARGED or width <= TRIGGER:
        return x, where, None
    return thin_to_mnist(x), where, width


def preprocess_strokes(strokes, brush: float = BRUSH, min_extent: float = 0.0) -> np.ndarray | None:
    """Strokes -> MNIST-like 28x28 float32 in [0, 1], or None for an empty drawing."""
    return ink_to_mnist(rasterize_strokes(strokes, brush, min_extent), brush)


def ink_to_mnist(ink: np.ndarray | None, brush: float) -> np.ndarray | None:
    """A stroke raster (``raster.py``) -> the 28x28; the box that maps to 20 px is the
    drawing's extent plus the brush, in raster pixels."""
    return None if ink is None else to_mnist(ink, box=ink_box(brush))


def ink_box(brush: float) -> float:
    """The raster pixels that ``to_mnist`` fits to 20 px for a stroke raster of ``brush``."""
    return _RASTER * (1 + brush)
