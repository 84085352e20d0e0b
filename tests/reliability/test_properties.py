"""Property-based tests (hypothesis): any finite input gives an MNIST-like 28x28 in [0, 1], and
the binary operations give ±1 with no NaN, whatever the values."""

import numpy as np
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from bnn_gui.core.nets.binary import binarize_weights, ste_sign, sign
from bnn_gui.core.inference import load_model
from bnn_gui.core.engine.packed import pack_bits, unpack_bits
from bnn_gui.core.live.preprocess import image_to_ink, preprocess_image, preprocess_strokes, to_mnist

FINITE = st.floats(allow_nan=False, allow_infinity=False, width=32)
ANY = st.floats(width=32)  # NaN and infinities too
SHAPES = st.tuples(st.integers(1, 60), st.integers(1, 60))
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def mnist_like(x):
    return x is None or (x.shape == (28, 28) and x.dtype == np.float32
                         and np.isfinite(x).all() and x.min() >= 0 and x.max() <= 1)


@FAST
@given(arrays(np.float64, SHAPES, elements=FINITE))
def test_any_finite_greyscale_image(a):
    assert mnist_like(preprocess_image(a))
    ink = image_to_ink(a)
    assert np.isfinite(ink).all() and ink.min() >= 0 and ink.max() <= 1


@FAST
@given(arrays(np.float64, st.tuples(st.integers(1, 40), st.integers(1, 40), st.sampled_from(
    [1, 2, 3, 4])), elements=ANY))
def test_any_colour_image_even_with_nan(a):
    assert mnist_like(preprocess_image(a))


@FAST
@given(arrays(np.uint16, SHAPES))
def test_any_16_bit_image(a):
    assert mnist_like(preprocess_image(a))


@FAST
@given(arrays(np.float32, SHAPES, elements=st.floats(0, 1e6, width=32)))
def test_to_mnist_of_any_ink(a):
    x = to_mnist(a)
    assert mnist_like(x)
    if a.max() >= 1e-6:  # (fainter than that is taken for no ink at all)
        assert x is not None and x.max() > 0


POINT = st.tuples(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6))


@FAST
@given(st.lists(st.lists(POINT, min_size=1, max_size=30), max_size=5),
       st.floats(0.01, 0.5), st.floats(0, 1e4))
def test_any_strokes(strokes, brush, min_extent):
    x = preprocess_strokes(strokes, brush, min_extent)
    assert mnist_like(x)
    assert (x is None) == (not strokes)


@FAST
@given(arrays(np.float32, st.integers(1, 300), elements=ANY))
def test_sign_is_plus_or_minus_one_never_nan(a):
    x = torch.from_numpy(a)
    s = sign(x)
    assert set(s.unique().tolist()) <= {-1.0, 1.0}
    finite = torch.isfinite(x)
    assert torch.equal(s[finite] > 0, x[finite] >= 0)
    y = x.clone().requires_grad_(True)
    out = ste_sign(y)
    out.sum().backward()
    assert set(out.unique().tolist()) <= {-1.0, 1.0}
    assert set(y.grad.unique().tolist()) <= {0.0, 1.0}


@FAST
@given(arrays(np.float32, st.tuples(st.integers(1, 20), st.integers(1, 20)), elements=FINITE),
       st.sampled_from(["det", "stoch"]), st.booleans())
def test_binarised_weights_are_plus_or_minus_one(w, mode, training):
    b = binarize_weights(torch.from_numpy(w), mode, clip=1.0, training=training)
    assert set(b.unique().tolist()) <= {-1.0, 1.0}


@FAST
@given(arrays(np.bool_, st.tuples(st.integers(1, 5), st.integers(1, 200))))
def test_bits_pack_and_unpack(b):
    assert np.array_equal(unpack_bits(pack_bits(b), b.shape[-1]), b)


_MODELS = {}


@settings(max_examples=60, deadline=None)
@given(arrays(np.float32, (28, 28), elements=st.floats(0, 1, width=32)),
       st.sampled_from(["bnn-mlp", "bnn-cnn"]))
def test_the_packed_engine_reads_any_28x28(x, name):
    model = _MODELS.setdefault(name, load_model(name))
    r = model.read(x)
    assert r.digit in range(10) and np.isfinite(r.probabilities).all()
    assert np.isclose(r.probabilities.sum(), 1, atol=1e-4)
    for layer in r.layers:
        assert set(np.unique(layer.bits).tolist()) <= {-1, 1}
        assert np.isfinite(layer.pre).all()
