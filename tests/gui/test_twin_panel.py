"""The float twin reads the same drawing as the live model."""

import numpy as np

from bnn_gui import load_model
from gui_mouse import drag


def test_twin_reads_the_same_drawing_and_switches_networks(window, qtbot):
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    window.inside.twin_dock.show()
    window.inside.twin_dock.raise_()
    twin = window.inside.twin
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
