import numpy as np
import pytest

from bnn_gui.core.live.preprocess import (centre_of_mass, image_to_ink, preprocess_image,
                                     preprocess_strokes, to_mnist)


def ink_box(img, thr=0.0):
    m = img > thr
    rows, cols = np.flatnonzero(m.any(1)), np.flatnonzero(m.any(0))
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


def test_mnist_test_digits_keep_20px_and_their_centre(mnist):
    for img in mnist.test_x[:300]:
        out = to_mnist(img.astype(np.float32) / 255)
        assert out.shape == (28, 28) and out.dtype == np.float32
        assert 0 <= out.min() and out.max() <= 1
        assert max(ink_box(out)) == 20
        r, c = centre_of_mass(out)
        assert abs(r - 14) <= 0.5 and abs(c - 14) <= 0.5


def a_seven(scale=1.0, dx=0.0, dy=0.0):
    """A '7' with a crossbar, as (x, y) strokes."""
    pts = [[(0, 0), (10, 0), (9, 3), (6, 9), (4, 16)], [(3, 8), (9, 8)]]
    return [[(dx + scale * x, dy + scale * y) for x, y in s] for s in pts]


def test_small_in_a_corner_equals_large_in_the_middle():
    small = preprocess_strokes(a_seven(scale=2, dx=3, dy=5))
    large = preprocess_strokes(a_seven(scale=40, dx=300, dy=200))
    assert np.abs(small - large).max() < 0.02
    r, c = centre_of_mass(large)
    assert abs(r - 14) <= 0.5 and abs(c - 14) <= 0.5
    assert max(ink_box(large, 0.05)) in (20, 21)


def stroke_width(img):
    """Ink per unit of path length, measured on a straight horizontal bar: its thickness."""
    return img.sum(0)[img.sum(0) > 0.5].mean() if img is not None else 0


def test_stroke_width_does_not_depend_on_drawing_size():
    widths = []
    for scale in (0.5, 5, 50, 500):
        bar = [[(0, 0), (10 * scale, 0)], [(0, 5 * scale), (10 * scale, 5 * scale)]]
        widths.append(stroke_width(preprocess_strokes(bar)))
    assert max(widths) - min(widths) < 0.05, widths
    assert 1.5 < widths[0] / 2 < 3.0  # two bars; each about 2 px thick, as in MNIST


def test_blank_gives_none():
    assert preprocess_strokes([]) is None
    assert preprocess_strokes([[]]) is None
    assert preprocess_image(np.zeros((50, 80))) is None
    assert preprocess_image(np.full((50, 80), 255)) is None


def test_a_dot_is_not_blown_up():
    dot = preprocess_strokes([[(10, 10)]], min_extent=100)
    assert dot is not None and dot.sum() < 10


@pytest.mark.parametrize("light_background", [False, True])
@pytest.mark.parametrize("scale", [1, 255])
def test_any_polarity_and_range_and_size(light_background, scale):
    big = np.zeros((300, 200))
    big[50:250, 95:105] = 1.0  # a vertical bar: a "1"
    if light_background:
        big = 1 - big
    out = preprocess_image(big * scale)
    assert max(ink_box(out, 0.05)) == 20
    assert out[14, 13:16].sum() > 0.9 and out[14, 3] == 0


def test_rgba_image_with_transparent_background():
    rgba = np.zeros((60, 60, 4), np.uint8)
    rgba[10:50, 28:32] = (0, 0, 0, 255)  # black ink, opaque; the rest fully transparent
    out = preprocess_image(rgba)
    assert out is not None and out[14, 14] > 0.5


def test_image_to_ink_rejects_nonsense_shapes():
    with pytest.raises(ValueError, match="2-D"):
        image_to_ink(np.zeros((2, 3, 4, 5)))


@pytest.mark.parametrize("light_background", [True, False])
def test_a_digit_touching_most_of_its_border_keeps_its_polarity(light_background):
    """A thick 0 cropped so tightly that its ink covers most of the picture's border: the
    border alone would call the ink background and invert the digit; the whole picture,
    mostly background, decides."""
    yy, xx = np.mgrid[0:40, 0:40]
    r = (np.abs((yy - 19.5) / 20) ** 4 + np.abs((xx - 19.5) / 20) ** 4) ** 0.25
    ring = ((r > 0.8) & (r < 1.1)).astype(np.float64)  # ink: 85% of the border, 39% of the area
    border = np.concatenate([ring[0], ring[-1], ring[:, 0], ring[:, -1]])
    assert border.mean() > 0.5 and ring.mean() < 0.5
    picture = 255 * (1 - ring) if light_background else 255 * ring
    ink = image_to_ink(picture)
    assert ink[ring > 0].mean() > 0.9 and ink[ring == 0].mean() < 0.1


def _drawn(digit: int, seed: int) -> np.ndarray:
    """A drawn digit's ink, 28x28 in [0, 1]."""
    from bnn_gui.research.handwriting import draw_digit

    return preprocess_strokes(draw_digit(digit, np.random.default_rng(seed)))


def _bolder(ink: np.ndarray, times: int) -> np.ndarray:
    """The ink grown by one pixel in every direction ``times`` times (a bold pen)."""
    for _ in range(times):
        p = np.pad(ink, 1)
        ink = np.max([p[dy:dy + ink.shape[0], dx:dx + ink.shape[1]]
                      for dy in range(3) for dx in range(3)], axis=0)
    return ink


@pytest.mark.parametrize("digit", range(10))
def test_bold_and_thin_digits_keep_their_polarity_light_or_dark_small_or_large(digit):
    """Thin and bold digits, cropped to a 1-pixel margin (a bold 0 then covers more than half
    of its picture) or with a wide one, as light ink on dark and dark ink on light, at grey
    levels that are not 0 and 255: the ink always comes out as ink."""
    for seed in range(3):
        thin = (_drawn(digit, seed) > 0.3).astype(np.float64)
        for ink in (thin, _bolder(thin, 2)):
            rows, cols = np.nonzero(ink)
            for margin in (1, 12):
                crop = np.pad(ink[rows.min():rows.max() + 1, cols.min():cols.max() + 1], margin)
                for paper, pen in ((0.15, 0.8), (0.9, 0.3)):
                    picture = 255 * (paper + (pen - paper) * crop)
                    out = image_to_ink(picture)
                    # ink on paper of any grey: the ink comes out strong, the paper as nothing
                    assert out[crop > 0].mean() > 0.5 and out[crop == 0].max() < 0.05, \
                        (digit, seed, margin, paper, crop.mean())


def _fit16(crop: np.ndarray) -> np.ndarray:
    """The digit scaled (nearest pixel) so that its longer side fills 16 px, centred on the
    other: the frame of a size-normalised scan, which the digit touches."""
    h, w = crop.shape
    scale = 16 / max(h, w)
    nh, nw = max(1, round(h * scale)), max(1, round(w * scale))
    small = crop[((np.arange(nh) + 0.5) * h / nh).astype(int)][:, ((np.arange(nw) + 0.5) * w / nw).astype(int)]
    out = np.zeros((16, 16))
    top, left = (16 - nh) // 2, (16 - nw) // 2
    out[top:top + nh, left:left + nw] = small
    return out


@pytest.mark.parametrize("digit", range(10))
def test_digits_that_fill_a_16x16_scan_keep_their_polarity(digit):
    """Scanned digits size-normalised to 16x16 touch their frame, so the border is mixed; bold
    ones cover more than half of it. Thin and bold, light and dark: the ink stays ink."""
    for seed in range(4):
        thin = (_drawn(digit, seed) > 0.3).astype(np.float64)
        for ink in (thin, _bolder(thin, 1)):
            rows, cols = np.nonzero(ink)
            scan = _fit16(ink[rows.min():rows.max() + 1, cols.min():cols.max() + 1])
            for paper, pen in ((0.0, 1.0), (1.0, 0.0), (0.2, 0.9)):
                out = image_to_ink(255 * (paper + (pen - paper) * scan))
                assert out[scan > 0].mean() > 0.5 and out[scan == 0].mean() < 0.2, \
                    (digit, seed, paper, scan.mean())


def test_a_bold_zero_filling_a_small_picture_is_not_inverted():
    """The case that inverted 37 scanned 0s: ink on more than half of a 16x16 picture whose
    border is clean background."""
    zero = _bolder((_drawn(0, 1) > 0.3).astype(np.float64), 2)
    rows, cols = np.nonzero(zero)
    crop = np.pad(zero[rows.min():rows.max() + 1, cols.min():cols.max() + 1], 1)
    assert crop.mean() > 0.5
    for picture in (255 * crop, 255 * (1 - crop)):
        out = image_to_ink(picture)
        assert out[crop > 0].mean() > 0.9
