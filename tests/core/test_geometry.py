"""The conv geometry and the first layer's input rule, written once (engine/geometry.py), agree
with what PyTorch's networks compute."""

import numpy as np
import pytest
import torch

from bnn_gui.config import PRESETS, preset
from bnn_gui.core.engine.geometry import conv_side, input_bits, input_levels, pixel_signs
from bnn_gui.core.nets.models import build


@pytest.mark.parametrize("name", [n for n in PRESETS if preset(n).conv])
def test_conv_side_is_what_the_network_makes(name):
    net = build(preset(name)).eval()
    side = 28
    x = torch.zeros(1, 1, 28, 28)
    for block, spec in zip(net.blocks, preset(name).conv):
        x = torch.nn.functional.max_pool2d(block.layer(x), spec.pool)
        side = conv_side(side, spec.kernel, spec.padding, spec.pool)
        assert tuple(x.shape[-2:]) == (side, side)


def test_the_input_rule_is_the_networks():
    """Levels round(255 x) and bits sign(x - 0.5) with sign(0) = +1, at every edge."""
    edges = np.array([0, 0.5, 0.499, 0.4999, 0.5001, 127.5 / 255, 127.4999 / 255,
                      1 / 255, 0.5 / 255, 1.0], np.float32)
    x = np.resize(edges, (1, 28, 28)).astype(np.float32)
    for cfg in (preset("seed-mlp"), preset("seed-mlp").replace(binarize_input=True)):
        net = build(cfg).eval()
        got = net.prepare_input(torch.from_numpy(x)).reshape(28, 28).numpy()
        if cfg.binarize_input:
            assert set(np.unique(got)) == {-1.0, 1.0}
            assert np.array_equal(got > 0, input_bits(input_levels(x))[0])
            assert np.array_equal(np.where(got > 0, 1, -1), pixel_signs(x[0]))
        else:
            assert np.array_equal(got, input_levels(x)[0])
    u8 = (x[0] * 255).round().astype(np.uint8)
    assert np.array_equal(input_levels(u8), input_levels(x[0]))
