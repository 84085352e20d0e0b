"""Every picture shows the digit the way it was drawn: a horizontal bar stays horizontal, an
asymmetric glyph keeps its sides (issue: two views once showed the drawing transposed)."""

import numpy as np
from PySide6.QtGui import QImage

from gui_mouse import drag


def lightness(img: QImage) -> np.ndarray:
    return np.array([[img.pixelColor(x, y).lightness() for x in range(img.width())]
                     for y in range(img.height())], float)


def draw_a_seven(window):
    """A bar across the top, then down to the bottom left: unlike itself transposed."""
    c = window.canvas
    x0, y0, s = c.width() / 2 - 100, c.height() / 2 - 120, 200
    drag(c, [(x0, y0), (x0 + s, y0), (x0 + 0.25 * s, y0 + 1.3 * s)])
    return window.refresh()


def test_the_input_and_a_neurons_inputs_are_the_right_way_round(open_window, qtbot):
    window = open_window("bnn-mlp")
    r = draw_a_seven(window)
    x = r.input
    assert x[:14].sum() > 1.2 * x[14:].sum()  # the bar is at the top
    assert np.corrcoef(x.ravel(), x.T.ravel())[0, 1] < 0.6  # a transposed picture would fail
    band = window.activations.picture.bands[0].image  # the network view's input
    assert np.corrcoef(lightness(band)[:28].ravel(), x.ravel())[0, 1] > 0.99
    neuron = window.inside.neuron
    window.inside.neuron_dock.raise_()
    qtbot.waitUntil(lambda: window.inside.front[window.inside.neuron_dock])
    neuron.select("dense1", (5,))
    inputs = neuron.pictures.images[0]  # the unit's inputs: the 784 pixel levels, 28 a row
    assert (inputs.width(), inputs.height()) == (28, 28)
    assert np.corrcoef(lightness(inputs).ravel(), x.ravel())[0, 1] > 0.99
