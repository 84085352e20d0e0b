import numpy as np
import pytest

from bnn_gui import load_model
from bnn_gui.core.neuron import output_scores, trace


@pytest.mark.parametrize("name", ["bnn-cnn", "bnn-mlp"])
def test_walkthrough_numbers_equal_the_engine_and_the_map(name, mnist):
    model = load_model(name)
    assert model.engine == "packed"
    rng = np.random.default_rng(0)
    for digit in (0, 1, 2):
        x = mnist.test_x[digit] / 255.0
        reading = model.read(x)
        for layer in reading.layers:
            for _ in range(25):
                unit = tuple(int(rng.integers(s)) for s in layer.bits.shape)
                t = trace(model.packed, x, layer.name, unit)
                assert t.bit == layer.bits[unit]  # the bit shown in the map
                assert t.dot - t.threshold == layer.pre[unit] or t.flip  # the hover value
                if not t.real_input:
                    assert t.dot == 2 * t.popcount - t.n
                    assert t.popcount == int((t.agree & t.valid).sum())
                assert ((t.dot >= t.threshold) != t.flip) == (t.bit == 1)
        out = output_scores(model.packed, x)
        assert out.answer == reading.digit == int(np.argmax(out.scores))


def test_conv_units_in_the_padding_count_only_real_inputs(mnist):
    model = load_model("bnn-cnn")
    x = mnist.test_x[0] / 255.0
    corner = trace(model.packed, x, "conv2", (0, 0, 0))
    assert corner.n < corner.valid.size  # taps in the zero padding do not count
    assert corner.window_dots is not None and len(corner.window_dots) == 4
    assert corner.dot == corner.window_dots.max()


def test_a_trace_from_the_live_readings_equals_one_that_runs_the_network():
    from bnn_gui.core.inference import load_model

    model = load_model("bnn-cnn")
    x = np.zeros((28, 28), np.float32)
    x[4:24, 12:16] = 1
    live = model.read(x)
    for layer, unit in (("conv2", (3, 2, 4)), ("dense1", (17,))):
        a = trace(model.packed, x, layer, unit)
        b = trace(model.packed, x, layer, unit, live.engine_readings)
        assert (a.dot, a.popcount, a.bit) == (b.dot, b.popcount, b.bit)
