"""Clicking a unit opens the walkthrough; its numbers agree with the map."""

from PySide6.QtCore import QPoint, Qt

from gui_mouse import drag


def test_clicking_a_unit_traces_it_on_the_drawing(window, qtbot):
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    window.refresh()
    entry = window.activations._layers[1]  # conv2 of the shipped bnn-cnn
    unit = entry["tiling"].unit_at(3, 4)
    pictures = window.activations.picture
    r = pictures.picture_rect(2)  # band 0 is the input, band 1 conv1
    rows, cols = pictures.bands[2].shape
    at = QPoint(int(r.left() + 4.5 * r.width() / cols), int(r.top() + 3.5 * r.height() / rows))
    qtbot.mouseClick(pictures, Qt.MouseButton.LeftButton, pos=at)  # a real click on the cell
    assert window.inside.neuron_dock.isVisible()
    text = window.inside.neuron.numbers.text()
    layer = window.last_reading.layers[1]
    assert window.inside.neuron.selected == (layer.name, unit)
    assert f"output bit: <b>{int(layer.bits[unit]):+d}</b>" in text
    assert "popcount(XNOR)" in text
    # the panel follows the drawing
    window.canvas.clear()
    drag(c, [(80 + i * 4, 100 + i * 3) for i in range(40)])
    window.refresh()
    layer = window.last_reading.layers[1]
    assert f"output bit: <b>{int(layer.bits[unit]):+d}</b>" in window.inside.neuron.numbers.text()


def test_output_scores_name_the_answer(window, qtbot):
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    window.refresh()
    window.inside.neuron_dock.show()
    window.inside.neuron_dock.raise_()
    window.inside.neuron.output_button.click()
    window.refresh()
    assert f"answer: <b>{window.last_reading.digit}</b>" in window.inside.neuron.numbers.text()



def test_output_scores_are_bars_of_the_engines_scores(window, qtbot):
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    r = window.refresh()
    window.inside.neuron_dock.raise_()
    qtbot.waitUntil(lambda: window.inside.front[window.inside.neuron_dock])
    window.inside.neuron.output_button.click()
    bars = window.inside.neuron.score_bars
    assert bars.isVisible() and not window.inside.neuron.pictures.isVisible()
    assert list(bars.scores) == list(r.scores) and bars.answer == r.digit


def test_step_and_play_slide_the_window_and_fill_the_map(window, qtbot):
    """Step moves the chosen conv unit along its map; the network view shows that channel
    large with only the positions computed so far; Play runs to the end of the map."""
    from bnn_gui.gui.live.network_view import LUT

    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    window.refresh()
    view, neuron = window.activations, window.inside.neuron
    view.select_unit("conv2", (5, 0, 0))
    view.unit_clicked.emit("conv2", (5, 0, 0))
    assert neuron.step_button.isEnabled()
    neuron.step_button.click()
    assert neuron.selected == ("conv2", (5, 0, 1)) and view.selected == ("conv2", (5, 0, 1))
    assert view.picture.focus == 2 and view._channel == 5  # that channel, large
    img = view._layers[1]["image"]  # the overview image of conv2, channel 5's tile
    t = view._tiling(1)
    r, col = divmod(5, t.cols)
    y0, x0 = r * (t.tile[0] + t.gap), col * (t.tile[1] + t.gap)
    tile = img[y0: y0 + 7, x0: x0 + 7]
    assert (tile[0, 2:] == LUT[4]).all() and (tile[1:] == LUT[4]).all()  # not computed yet
    assert not (tile[0, :2] == LUT[4]).all(axis=-1).any()  # the two computed so far
    assert "t = ⌈" in neuron.numbers.text() or "t = ⌊" in neuron.numbers.text()
    neuron._timer.setInterval(5)  # the lecture's pace (0.4 s a step), faster
    neuron.play_button.click()
    qtbot.waitUntil(lambda: not neuron.play_button.isChecked(), timeout=20000)
    assert neuron.selected == ("conv2", (5, 6, 6))
    assert view._reveal is None  # the whole map computed: shown whole again
    assert not (view._layers[1]["image"] == LUT[4]).all(axis=-1)[y0: y0 + 7, x0: x0 + 7].any()


def test_hovering_a_number_outlines_the_cells_it_counts(window, qtbot):
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    window.refresh()
    window.activations.unit_clicked.emit("conv2", (5, 3, 3))
    neuron = window.inside.neuron
    text = neuron.numbers.text()
    assert "href='popcount'" in text and "href='n'" in text
    neuron.numbers.linkHovered.emit("popcount")
    masks = neuron.pictures.highlights
    r = window.session.reading
    from bnn_gui.core.engine.neuron import trace

    t = trace(window.session.model.packed, r.input, "conv2", (5, 3, 3))
    assert len(masks) == 3 and all(m is not None for m in masks)
    assert int(masks[2].sum()) == t.popcount  # one outlined cell per agreeing bit
    neuron.numbers.linkHovered.emit("n")
    assert int(neuron.pictures.highlights[0].sum()) == t.n
    neuron.numbers.linkHovered.emit("")
    assert all(m is None for m in neuron.pictures.highlights)
    img = neuron.pictures.grab().toImage()  # and it paints
    assert not img.isNull()


def test_a_unit_whose_batchnorm_leaves_one_sign_says_so(open_window, qtbot):
    """bnn-mlp's dense2 unit 75 has γ = -5e-7: its sign changes at dot ≈ 3e7, far past the
    ±1,024 it can see, so it gives the same bit for every drawing. The panel said t = ⌈3e7⌉ =
    -1024, which contradicts itself; it says why the engine's t is what it is."""
    window = open_window("bnn-mlp")
    drag(window.canvas, [(window.canvas.width() / 2, 60 + i * 5) for i in range(50)])
    window.refresh()
    for unit, beyond in ((75, True), (0, False)):
        window.activations.select_unit("dense2", (unit,))
        window.activations.unit_clicked.emit("dense2", (unit,))
        text = window.inside.neuron.numbers.text()
        assert ("beyond any dot this unit can see (±1024)" in text) == beyond, text
        assert ("⌉ = " in text) != beyond  # the rounding is shown only where it is t
