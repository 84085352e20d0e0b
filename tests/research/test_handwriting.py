import numpy as np
import pytest

from bnn_gui import load_model
from bnn_gui.research.handwriting import TEMPLATES, draw_digit
from bnn_gui.core.live.preprocess import preprocess_strokes


def test_every_digit_has_templates():
    assert sorted(TEMPLATES) == list(range(10))


@pytest.mark.parametrize("digit", range(10))
def test_drawings_fit_the_canvas_at_the_asked_size(digit):
    rng = np.random.default_rng(digit)
    for _ in range(20):
        strokes = draw_digit(digit, rng, canvas=(800, 600), size_range=(40, 500))
        pts = np.vstack(strokes)
        assert np.isfinite(pts).all()
        assert (pts >= -1).all() and (pts[:, 0] <= 801).all() and (pts[:, 1] <= 601).all()
        assert 30 <= np.ptp(pts[:, 1]) <= 600
        # sampled like mouse events: consecutive points a few pixels apart, never far
        gaps = np.concatenate([np.hypot(*np.diff(s, axis=0).T) for s in strokes])
        assert gaps.max() <= 0.05 * np.ptp(pts[:, 1]) + 1.5


def test_same_seed_same_drawing():
    a = draw_digit(3, np.random.default_rng(7))
    b = draw_digit(3, np.random.default_rng(7))
    assert all(np.array_equal(x, y) for x, y in zip(a, b))


def test_shipped_model_reads_varied_drawings():
    """The check a user makes, in small: digits drawn at many sizes, places and slants."""
    model = load_model()
    rng = np.random.default_rng(123)
    labels = np.arange(200) % 10
    hits = sum(model.classify_strokes(draw_digit(int(d), rng)).digit == d for d in labels)
    assert hits >= 0.93 * len(labels)


def test_small_and_large_drawings_of_one_writer_look_alike():
    rng1, rng2 = np.random.default_rng(5), np.random.default_rng(5)
    small = preprocess_strokes(draw_digit(8, rng1, size_range=(40, 41)))
    large = preprocess_strokes(draw_digit(8, rng2, size_range=(480, 481)))
    assert np.abs(small - large).mean() < 0.05
