import numpy as np

from bnn_gui.core.checkpoint import read, resolve
from bnn_gui.gui.weights_panel import latent_layers, templates


def test_templates_are_the_signs_of_the_first_layer():
    mf = read(resolve("bnn-mlp"))
    name, w = latent_layers(mf)[0]
    assert name == "dense1" and w.shape == (1024, 784)
    pic = templates(w, limit=4)  # 2 x 2 tiles of 28 + 1 px gaps
    assert pic.shape == (57, 57)
    assert np.array_equal(pic[:28, :28], (w[0].reshape(28, 28) >= 0).astype(np.uint8))
    assert np.array_equal(pic[29:57, 29:57], (w[3].reshape(28, 28) >= 0).astype(np.uint8))
    assert [n for n, _ in latent_layers(mf)] == ["dense1", "dense2", "dense3", "out"]


def test_weights_dock_shows_the_live_model(window, qtbot):
    window.inside.weights_dock.show()
    window.inside.weights_dock.raise_()
    qtbot.waitUntil(lambda: window.inside.weights.shown_for is not None, timeout=5000)
    assert "conv1" in window.inside.weights.title.text()  # the shipped bnn-cnn's first layer
    window.load_model("float-mlp")
    qtbot.waitUntil(lambda: window.session.model.config.name == "float-mlp", timeout=20000)
    qtbot.waitUntil(lambda: "real-valued" in window.inside.weights.title.text(), timeout=5000)
