"""Which pixels matter (core/pixel_influence.py): the map is what single forward passes say,
pixel by pixel, and "make it read as N" gives a picture the network reads as N."""

import numpy as np
import pytest

from bnn_gui import load_model
from bnn_gui.research.handwriting import draw_digit
from bnn_gui.core.pixel_influence import flipped, influence, margin_of, read_as, scores
from bnn_gui.core.live.preprocess import preprocess_strokes


@pytest.fixture(scope="module")
def three():
    return preprocess_strokes(draw_digit(3, np.random.default_rng(4)))


@pytest.mark.parametrize("name", ["bnn-mlp", "bnn-cnn", "float-mlp"])
def test_the_map_agrees_with_single_forward_passes(name, three):
    model = load_model(name)
    inf = influence(model, three)
    assert inf.digit == model.read(three).digit
    rng = np.random.default_rng(0)
    picks = list(zip(*np.nonzero(inf.changes)))[:3] + [tuple(p)
                                                        for p in rng.integers(0, 28, (12, 2))]
    for r, c in picks:
        x = three.copy()
        x[r, c] = flipped(three)[r, c]
        s = scores(model, x[None])
        assert inf.answer[r, c] == int(np.argmax(s[0])) == model.read(x).digit
        want = margin_of(s, inf.digit)[0] - margin_of(scores(model, three[None]), inf.digit)[0]
        if model.packed is not None:  # integer scores: exactly
            assert inf.delta[r, c] == want
        else:  # float32 sums in another order, batched
            assert inf.delta[r, c] == pytest.approx(want, abs=1e-4)


@pytest.mark.parametrize("target", [8, 5])
def test_make_it_read_as_n_gives_a_picture_read_as_n(target, three):
    model = load_model("bnn-cnn")
    result = read_as(model, three, target)
    assert result.reached and model.read(result.image).digit == target
    changed = np.argwhere(result.image != three)
    assert len(changed) == len(result.changed) > 0  # only the listed pixels differ
    assert sorted(map(tuple, changed.tolist())) == sorted(result.changed)
    rows, cols = np.nonzero(three > 0.05)  # all inside the ink's box
    assert all(rows.min() <= r <= rows.max() and cols.min() <= c <= cols.max()
               for r, c in result.changed)


def test_a_stop_between_batches_stops_it(three):
    from bnn_gui.core.runs.training import Stopped

    calls = []
    with pytest.raises(Stopped):
        influence(load_model("bnn-mlp"), three,
                  should_stop=lambda: calls.append(1) or len(calls) > 2)
    assert len(calls) == 3


def test_read_as_n_through_the_picture_pipeline_reads_as_n_on_the_canvas(three):
    """Put on the canvas, a picture is made MNIST-like again (preprocess_image): searched
    through that pipeline, the picture is read as N once there, by the Drawing's own path."""
    from bnn_gui.core.live.drawing import Drawing
    from bnn_gui.core.live.preprocess import preprocess_image

    model = load_model("bnn-mlp")
    result = read_as(model, three, 8, through=preprocess_image)
    assert result.reached
    d = Drawing()
    d.set_image(result.image)
    assert model.read(d.input28()).digit == 8


def test_the_margin_is_the_network_views_lead_in_bits():
    """For a binary output layer the pixel map speaks of the same margin as the network
    view: integer bits (the answer's score minus the runner-up's)."""
    from bnn_gui import load_model
    from bnn_gui.core.pixel_influence import influence

    model = load_model("bnn-mlp")
    x = np.zeros((28, 28), np.float32)
    x[4:24, 12:16] = 1  # a 1
    reading = model.read(x)
    inf = influence(model, x)
    s = np.asarray(reading.scores)
    lead = s[reading.digit] - np.delete(s, reading.digit).max()
    assert inf.unit == "bits" and inf.digit == reading.digit and inf.margin == lead
    assert float(inf.margin).is_integer() and np.all(np.mod(inf.delta, 1) == 0)
