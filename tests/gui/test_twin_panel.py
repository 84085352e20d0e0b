"""The float twin reads the same drawing as the live model, with the live model's own
architecture; under the answers, what can be compared: the answers and the orders of the ten
digits, never hidden units of networks trained apart."""

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
    # the fully binary twin is the live model itself
    assert "the live model itself" in twin.agreement.text()


def test_a_conv_nets_twin_is_a_conv_net(window, qtbot):
    twin = show_twin(window, qtbot)  # the shipped bnn-cnn
    assert [twin.choice.itemData(i) for i in range(twin.choice.count())] == \
        ["float-cnn", "bnn-cnn"]
    qtbot.waitUntil(lambda: twin.model is not None and twin.model.name == "float-cnn",
                    timeout=30000)
    r = window.refresh()
    expected = load_model("float-cnn").read(r.input)
    assert np.allclose(twin.twin.bars.probabilities, expected.probabilities, atol=1e-6)
    from bnn_gui.core.engine.twin_compare import compare

    c = compare(r, expected)
    text = twin.agreement.text()
    assert ("Both read" in text) == c.same_answer
    assert f"twin {' '.join(map(str, c.twin_order[:5]))}" in text
    assert f"{c.rank_correlation:+.2f}" in text and "not compared" in text
    assert "%" not in text  # no share of hidden signs: it would be chance
    twin.choice.setCurrentIndex(1)
    qtbot.waitUntil(lambda: twin.model is not None and twin.model.name == "bnn-cnn",
                    timeout=30000)
    window.refresh()
    assert "the live model itself" in twin.agreement.text()


def test_rank_correlation_of_the_ten_digits():
    from types import SimpleNamespace

    from bnn_gui.core.engine.twin_compare import compare

    p = np.linspace(0.19, 0.01, 10)  # 0 first, 9 last
    a = SimpleNamespace(digit=0, probabilities=p)
    same = compare(a, SimpleNamespace(digit=0, probabilities=p * 0.5))
    assert same.same_answer and same.rank_correlation == 1.0 and same.live_order[:3] == [0, 1, 2]
    rev = compare(a, SimpleNamespace(digit=9, probabilities=p[::-1]))
    assert not rev.same_answer and rev.rank_correlation == -1.0
    assert rev.live_rank_of_twin_answer == 10 and rev.twin_order[0] == 9
    assert compare(a, SimpleNamespace(digit=None, probabilities=p)) is None
