import numpy as np
import pytest

from bnn_gui import load_model


@pytest.fixture(scope="module")
def model():
    return load_model("bnn-mlp")


def test_default_model_is_the_shipped_bnn_cnn():
    m = load_model()
    assert m.config.name == "bnn-cnn" and m.test_accuracy >= 0.991


def test_shipped_binary_models_were_taught_every_pen_writer():
    from bnn_gui.core.nets import checkpoint
    from bnn_gui.core.paths import shipped_models_dir

    for name in ("bnn-cnn", "bnn-mlp"):
        metrics = checkpoint.read_model_file(shipped_models_dir() / f"{name}.safetensors").metrics
        assert metrics["pen_writers"] == 30 and metrics["pen_digits"] == 7494, name


def test_classify_image_on_mnist_digits(model, mnist):
    hits = sum(model.classify_image(mnist.test_x[i]).digit == mnist.test_y[i] for i in range(200))
    assert hits >= 190


def test_classify_image_any_size_and_polarity(model, mnist):
    img = mnist.test_x[0]  # a 7
    big = np.kron(img, np.ones((9, 9)))  # 252x252
    light = 255 - big
    readings = [model.classify_image(x) for x in (img, img / 255.0, big, light)]
    assert {r.digit for r in readings} == {int(mnist.test_y[0])}


def test_classify_strokes_reads_a_one_and_returns_layers(model):
    r = model.classify_strokes([[(100, 20), (100, 220)]])
    assert r.digit == 1
    assert r.probabilities.shape == (10,) and abs(r.probabilities.sum() - 1) < 1e-5
    assert [la.name for la in r.layers] == ["dense1", "dense2", "dense3"]
    for la in r.layers:
        assert la.binary and set(np.unique(la.bits)) <= {-1, 1}
        assert np.array_equal(la.bits, np.where(la.pre >= 0, 1, -1))


def test_blank_reading(model):
    r = model.classify_strokes([])
    assert r.digit is None and r.layers == [] and not r.probabilities.any()
