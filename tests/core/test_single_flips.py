"""The single-pixel-change shortcut (core/engine/single_flips.py) gives exactly the full
engine's integer scores: on every binary preset with random weights and BatchNorm (negative
scales included), on drawn digits and blank ones, for inking and erasing, and on the shipped
models."""

import numpy as np
import pytest

from bnn_gui.core.engine.single_flips import flip_scores
from bnn_gui.core.nets import packing
from bnn_gui.core.nets.checkpoint import load_net
from test_packed import PACKABLE, randomised


def _full(net, x, pixels, values):
    """The reference: every changed copy read by the whole engine."""
    copies = np.repeat(x.reshape(1, -1), len(pixels), axis=0)
    copies[np.arange(len(pixels)), pixels] = values
    _, readings = net.forward(copies.reshape(-1, 28, 28), record=True)
    last = readings[-1].bits if readings else copies
    return net.output_dots(last)


def _digit(seed):
    from bnn_gui.core.live.preprocess import preprocess_strokes
    from bnn_gui.research.handwriting import draw_digit

    return preprocess_strokes(draw_digit(seed % 10, np.random.default_rng(seed)))


@pytest.mark.parametrize("name", PACKABLE)
def test_every_single_change_scores_as_the_full_engine(name):
    net = packing.pack(randomised(name))
    rng = np.random.default_rng(3)
    for x in (_digit(1), _digit(4), np.zeros((28, 28), np.float32)):
        pixels = rng.choice(784, 150, replace=False)
        values = np.where(x.reshape(-1)[pixels] >= 0.5, 0.0, 1.0)  # ink erased, blank inked
        values[::7] = rng.random(len(values[::7]))  # and grey levels
        assert np.array_equal(flip_scores(net, x, pixels, values), _full(net, x, pixels, values))


@pytest.mark.parametrize("name", ["bnn-cnn", "bnn-mlp"])
def test_all_784_changes_on_the_shipped_models(name):
    net = load_net(name)[1].packed()
    x = _digit(7)
    pixels = np.arange(784)
    values = np.where(x.reshape(-1) >= 0.5, 0.0, 1.0)
    assert np.array_equal(flip_scores(net, x, pixels, values), _full(net, x, pixels, values))
