"""Receptive fields: the window a unit reads, checked against the packed engine itself (an
input changed outside the field never moves the unit's dots; the traced window lies inside)."""

import numpy as np
import pytest

from bnn_gui import load_model
from bnn_gui.core.engine.neuron import trace
from bnn_gui.core.live.receptive import receptive_field


@pytest.fixture(scope="module")
def cnn():
    return load_model("bnn-cnn")


def _digit(seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x = np.zeros((28, 28), np.float32)
    x[4:24, 8:20] = rng.random((20, 12)) > 0.4  # a block of ink, every unit busy
    return x


@pytest.mark.parametrize("layer,unit", [(0, (3, 0, 0)), (0, (5, 7, 9)), (0, (1, 13, 13)),
                                        (1, (5, 3, 3)), (1, (0, 6, 2)), (2, (7, 1, 1)),
                                        (2, (2, 0, 2))])
def test_outside_the_field_nothing_moves_the_unit(cnn, layer, unit):
    name = cnn.packed.layers[layer].name
    f = receptive_field(cnn.config, layer, unit)
    (r0, r1), (c0, c1) = f.input.rows, f.input.cols
    assert 0 <= r0 < r1 <= 28 and 0 <= c0 < c1 <= 28
    x = _digit(layer)
    base = trace(cnn.packed, x, name, unit)
    outside = np.ones((28, 28), bool)
    outside[r0:r1, c0:c1] = False
    for seed in range(3):  # any ink outside the field: every dot of the pool window the same
        y = x.copy()
        y[outside] = np.random.default_rng(seed).random(int(outside.sum())) > 0.5
        t = trace(cnn.packed, y, name, unit)
        assert list(t.window_dots) == list(base.window_dots)
    inside = x.copy()  # while a change inside it can (the field is not too large)
    inside[r0:r1, c0:c1] = 1 - inside[r0:r1, c0:c1]
    assert list(trace(cnn.packed, inside, name, unit).window_dots) != list(base.window_dots)


@pytest.mark.parametrize("layer,unit", [(0, (0, 2, 11)), (1, (5, 3, 3)), (2, (9, 2, 0))])
def test_the_window_below_holds_every_tap_the_engine_reads(cnn, layer, unit):
    L = cnn.packed.layers[layer]
    f = receptive_field(cnn.config, layer, unit)
    t = trace(cnn.packed, _digit(4), L.name, unit)
    py, px = t.position  # the pre-pool position in padded coordinates
    top, left = py - L.padding, px - L.padding  # its first tap in the unpadded map
    side = L.in_shape[1]
    rows = (max(0, top), min(side, top + L.kernel))
    cols = (max(0, left), min(side, left + L.kernel))
    assert f.below.rows[0] <= rows[0] and rows[1] <= f.below.rows[1]
    assert f.below.cols[0] <= cols[0] and cols[1] <= f.below.cols[1]
    # and the window is exactly the union of the pool window's taps: (p - 1 + k) wide inside
    p, k = L.pool, L.kernel
    y = unit[1]
    assert f.below.rows == (max(0, y * p - L.padding), min(side, y * p + p - 1 - L.padding + k))


def test_dense_units_read_everything(cnn):
    f = receptive_field(cnn.config, 3, (10,))
    assert f.below.whole and f.below.rows == (0, 3) and f.input.rows == (0, 28)
    mlp = load_model("bnn-mlp")
    f = receptive_field(mlp.config, 0, (5,))
    assert f.input.whole and f.input.cols == (0, 28)
    with pytest.raises(ValueError):
        receptive_field(cnn.config, 0, (5,))
