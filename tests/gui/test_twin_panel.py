"""The float twin reads the same drawing as the live model, with the live model's own
architecture, and says how many signs of each layer agree."""

import numpy as np

from bnn_gui import load_model
from gui_mouse import drag


def show_twin(window, qtbot):
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    window.inside.twin_dock.show()
    window.inside.twin_dock.raise_()
    qtbot.waitUntil(lambda: window.inside.front[window.inside.twin_dock])
    return window.inside.twin


def test_an_mlps_twins_read_the_same_drawing(open_window, qtbot):
    window = open_window("bnn-mlp")
    twin = show_twin(window, qtbot)
    assert [twin.choice.itemData(i) for i in range(twin.choice.count())] == \
        ["float-mlp", "binaryconnect-det", "bnn-mlp"]
    for index, name in enumerate(["float-mlp", "binaryconnect-det", "bnn-mlp"]):
        twin.choice.setCurrentIndex(index)
        qtbot.waitUntil(lambda: twin.model is not None
                        and twin.model.name == name, timeout=30000)
        window.refresh()
        x = window.canvas.input28()
        expected = load_model(name).read(x)
        assert np.allclose(twin.twin.bars.probabilities, expected.probabilities, atol=1e-6)
        assert twin.twin.answer.text().startswith(str(expected.digit))
        assert twin.live.answer.text().startswith(str(window.last_reading.digit))
        assert name in twin.twin.title.text()
    # the fully binary twin is the live model itself: every sign agrees
    assert twin.agreement.text().endswith("dense1 100% · dense2 100% · dense3 100%")


def test_a_conv_nets_twin_is_a_conv_net(window, qtbot):
    twin = show_twin(window, qtbot)  # the shipped bnn-cnn
    assert [twin.choice.itemData(i) for i in range(twin.choice.count())] == \
        ["float-cnn", "bnn-cnn"]
    qtbot.waitUntil(lambda: twin.model is not None and twin.model.name == "float-cnn",
                    timeout=30000)
    r = window.refresh()
    expected = load_model("float-cnn").read(r.input)
    assert np.allclose(twin.twin.bars.probabilities, expected.probabilities, atol=1e-6)
    shares = [int(w.split()[1].rstrip("%")) for w in
              twin.agreement.text().split(": ")[1].split(" · ")]
    assert len(shares) == 4 and all(0 <= x <= 100 for x in shares)
    twin.choice.setCurrentIndex(1)
    qtbot.waitUntil(lambda: twin.model is not None and twin.model.name == "bnn-cnn",
                    timeout=30000)
    window.refresh()
    assert "conv1 100% · conv2 100% · conv3 100% · dense1 100%" in twin.agreement.text()
