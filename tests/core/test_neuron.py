import numpy as np
import pytest

from bnn_gui import load_model
from bnn_gui.core.engine.neuron import output_scores, trace


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


@pytest.mark.parametrize("name", ["bnn-cnn", "bnn-mlp"])
def test_the_batchnorm_fold_shown_gives_the_engines_threshold(name):
    """t = ⌈k (μ − βσ/γ)⌉ (γ > 0) or ⌊k (μ − βσ/γ)⌋ + 1 (γ < 0) for every unit."""
    from bnn_gui.core.nets.checkpoint import read_model_file, resolve
    from bnn_gui.core.engine.neuron import batchnorm_fold

    mf = read_model_file(resolve(name))
    net = mf.packed()
    flipped = 0
    for L in net.layers[:-1]:
        for c in range(L.units):
            f = batchnorm_fold(mf.arrays, net, L.name, c)
            assert f.k == (255 if L.real_input else 1)
            reach = L.n_in * f.k  # the largest |dot| the unit can see
            assert f.reach == reach and f.beyond_reach() == (abs(f.boundary) > reach)
            if abs(f.boundary) > reach:
                # BatchNorm gives the unit one sign for every dot it can reach (bnn-mlp has a
                # unit with γ = -5e-7, and one whose boundary lies at 8,095 of 1,024): the
                # engine stores it as any threshold beyond reach, either way round
                for d in (-reach, reach):
                    fold_fires = d >= f.boundary if f.gamma > 0 else d <= f.boundary
                    assert ((d >= f.threshold) != f.flip) == fold_fires, (L.name, c, f)
                continue
            assert f.flip == (f.gamma < 0)
            t = np.floor(f.boundary) + 1 if f.flip else np.ceil(f.boundary)
            assert t == f.threshold, (L.name, c, f)
            flipped += f.flip
    assert flipped > 0  # both kinds were checked
    assert batchnorm_fold({}, net, net.layers[0].name, 0) is None
