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


def test_slashed_zeros_overshoot_the_oval_at_varied_angles():
    """The slash of the varied slashed 0 is a straight second stroke at 30-60° that runs past
    the oval's extent at least some of the time at each end, and its angle and length vary."""
    from bnn_gui.research.handwriting import _slashed_zero

    rng = np.random.default_rng(0)
    angles, past = [], []
    for _ in range(200):
        oval, slash = _slashed_zero(rng)
        (x0, y0), (x1, y1) = slash[1]
        o = np.asarray(oval[1])
        angles.append(np.degrees(np.arctan2(y0 - y1, x1 - x0)))  # y down: rising to the right
        past.append(max(x1 - o[:, 0].max(), o[:, 0].min() - x0, o[:, 1].min() - y1) > 0.02)
    assert 30 <= min(angles) and max(angles) <= 60 and np.ptp(angles) > 20
    assert 0.3 < np.mean(past) < 1


@pytest.mark.parametrize("name", ["0 slashed past the oval", "1 with any flag",
                                  "4 in one or two strokes", "6 open or closed"])
def test_each_varied_pen_style_draws_differently_each_time(name):
    from bnn_gui.research.handwriting import PEN, PEN_STYLES, VARIED_PEN_STYLES

    digit, way = VARIED_PEN_STYLES[name]
    assert way in PEN_STYLES[digit]  # the training mix draws it
    rng = np.random.default_rng(1)
    pictures = [preprocess_strokes(draw_digit(digit, rng, style=PEN, templates={digit: [way]}))
                for _ in range(5)]
    assert all(p is not None and p.max() > 0.5 for p in pictures)
    assert min(np.abs(a - b).sum() for i, a in enumerate(pictures) for b in pictures[i + 1:]) > 5
