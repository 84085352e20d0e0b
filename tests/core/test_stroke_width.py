"""Pictures bolder than MNIST are thinned to its stroke width (core/live/stroke_width.py)."""

import numpy as np
import pytest

from bnn_gui.core.live.drawing import Drawing
from bnn_gui.core.live.preprocess import image_to_ink, preprocess_image, to_mnist
from bnn_gui.core.live.stroke_width import TARGET, TRIGGER, stroke_width, thin_to_mnist


def bar(width: int, length: int = 20, diagonal: bool = False) -> np.ndarray:
    x = np.zeros((28, 28), np.float32)
    if diagonal:
        for i in range(length):
            x[4 + i, 4 + i: 4 + i + width] = 1
    else:
        x[4: 4 + length, 14 - width // 2: 14 - width // 2 + width] = 1
    return x


def ring(outer: float, inner: float) -> np.ndarray:
    r = np.hypot(*np.mgrid[-13.5:14.5, -13.5:14.5])
    return ((r <= outer) & (r >= inner)).astype(np.float32)


@pytest.mark.parametrize("width", [2, 3, 5])
def test_width_of_a_bar_is_its_width(width):
    # 2 area / outline: for a w x L bar, 2 w L / (2 L + 2 w) = w L / (L + w)
    assert stroke_width(bar(width)) == pytest.approx(width * 20 / (20 + width), rel=1e-6)
    assert stroke_width(np.zeros((28, 28))) == 0.0


def test_mnist_width_pictures_are_left_as_they_are(mnist):
    for img in mnist.test_x[:200]:
        x = to_mnist(img.astype(np.float32) / 255)
        if stroke_width(x) <= TRIGGER:
            assert np.array_equal(thin_to_mnist(x), x)


def scan(x28: np.ndarray) -> np.ndarray:
    """A 28x28 ink picture (in [0, 1]) as a 16x16 scan: cropped to its ink, fitted to the frame."""
    from bnn_gui.research.pictures import scan_set

    # seed 1's first draw is a plain pen and light ink on dark: the picture as it is
    return scan_set((255 * x28[None]).astype(np.uint8), seed=1)[0]


def placed(picture: np.ndarray) -> np.ndarray:
    return to_mnist(image_to_ink(picture))


@pytest.mark.parametrize("shape", [bar(4), ring(9, 4), ring(10, 5)], ids=["bar", "ring", "zero"])
def test_bold_scans_come_to_the_target_width(shape):
    x = placed(scan(shape))
    assert stroke_width(x) > TRIGGER
    out = thin_to_mnist(x)
    assert out.dtype == np.float32 and out.shape == (28, 28) and out.max() == pytest.approx(1)
    assert stroke_width(out) == pytest.approx(TARGET, abs=0.05)


@pytest.mark.parametrize("picture", [bar(5), bar(6), ring(9, 4), placed(scan(bar(6)))])
def test_bold_strokes_get_thinner_inside_their_ink_never_below_the_target(picture):
    """Raising the ink level moves a sharp edge in by up to about a pixel, so a very bold
    stroke comes only part of the way; it never ends thinner than the target."""
    out = thin_to_mnist(picture)
    assert TARGET - 0.05 <= stroke_width(out) < stroke_width(picture) - 0.5
    assert out[picture == 0].max() < 0.3  # no ink grows outside the stroke
    assert out.sum() < picture.sum()


def test_a_bold_zero_keeps_its_hole_open():
    zero = ring(10, 5)
    out = thin_to_mnist(zero)
    assert out[np.hypot(*np.mgrid[-13.5:14.5, -13.5:14.5]) < 5].max() < 0.3
    # still a ring: ink on every side of the centre
    assert min(out[:14, :].sum(), out[14:, :].sum(), out[:, :14].sum(), out[:, 14:].sum()) > 5


def test_pictures_other_than_28x28_are_thinned_the_same_on_canvas_and_in_scripts():
    picture = scan(bar(6))
    expected = thin_to_mnist(placed(picture))
    assert stroke_width(placed(picture)) > TRIGGER
    assert np.array_equal(preprocess_image(picture), expected)
    drawing = Drawing()
    drawing.set_image(image_to_ink(picture))
    assert np.allclose(drawing.input28(), expected, atol=1e-6)
    assert drawing.input_frame().thinned_from == pytest.approx(stroke_width(placed(picture)))


def test_pictures_shrunk_to_fit_and_mnist_records_are_not_thinned(mnist):
    """Only pictures enlarged to fit are thinned: MNIST's own bold digits (about a tenth are
    above the trigger) read as ``bnn-gui eval`` reads them, and so does a bold digit on a big
    picture."""
    bold = [img for img in mnist.test_x[:500]
            if stroke_width(to_mnist(img.astype(np.float32) / 255)) > TRIGGER]
    assert len(bold) >= 10
    drawing = Drawing()
    for img in bold[:10]:
        assert np.array_equal(preprocess_image(img), to_mnist(image_to_ink(img)))
        drawing.set_image(img / 255.0)
        assert drawing.input_frame().thinned_from is None
    big = np.kron(bar(6), np.ones((5, 5), np.float32))  # 140x140, the bar shrunk to fit
    assert stroke_width(placed(big)) > TRIGGER
    assert np.array_equal(preprocess_image(big), placed(big))


def test_small_scans_read_better_thinned(mnist):
    """MNIST test digits as 16x16 scans, as drawing_accuracy.py's scans column makes them (half
    a pen 1 px bolder, half dark on light): the shipped model reads more of them thinned."""
    from bnn_gui import load_model
    from bnn_gui.research.pictures import scan_set

    model = load_model("bnn-cnn")
    x, y = mnist.test_x[:400], mnist.test_y[:400]
    pictures = scan_set(x)
    plain = np.mean([model.read(to_mnist(image_to_ink(p))).digit for p in pictures] == y)
    thinned = np.mean([model.read(preprocess_image(p)).digit for p in pictures] == y)
    assert thinned >= plain + 0.01, (plain, thinned)
