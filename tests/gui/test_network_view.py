"""The network view and a window that fits a laptop: what a person sees, checked on the view's
own pictures and geometry."""

import numpy as np
from PySide6.QtCore import QPoint, Qt

from gui_mouse import drag
from synthetic import make_synthetic


def fits(window) -> bool:
    hint = window.minimumSizeHint()
    return hint.width() <= 1280 and hint.height() <= 700


def draw_one(window):
    c = window.canvas
    drag(c, [(c.width() / 2, 40 + i * 5) for i in range(50)])
    return window.refresh()


def test_the_window_fits_a_laptop_before_and_after_a_reading_and_a_training_run(window, qtbot):
    assert fits(window), window.minimumSizeHint()
    draw_one(window)
    assert fits(window), window.minimumSizeHint()
    window.resize(1366, 700)
    qtbot.wait(20)
    p = window.activations.picture  # and every cell can be seen: 3 px a conv cell, 4 a unit
    sizes = [p.cell_size(i) for i in range(1, len(p.bands))]
    kinds = [len(e["layer"].bits.shape) for e in window.activations._layers]
    assert all(s >= (3 if k == 3 else 4) for s, k in zip(sizes, kinds)), sizes
    assert kinds == [3, 3, 3, 1]  # bnn-cnn: three conv layers and a dense one
    panel = window.training
    panel.load_data = lambda progress, download=False: make_synthetic(n_train=300, n_test=100)
    panel.preset_box.setCurrentText("seed-mlp")
    panel.fields["epochs"].setText("1")
    with qtbot.waitSignal(panel.model_saved, timeout=60000):
        assert panel.start()
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=30000)
    assert fits(window), window.minimumSizeHint()
    window.resize(1366, 700)  # a 1366x768 screen under a panel: everything stays reachable
    qtbot.wait(20)
    for w in (panel.start_button, panel.stop_button, panel.progress, window.canvas,
              window.activations, window.statusBar()):
        assert w.isVisible() and w.visibleRegion().boundingRect().height() > 10, w


def test_labels_and_colours_follow_same_shape_models(window, qtbot):
    """float-mlp and bnn-mlp have the same shape: the view must not keep the other's words."""
    view = window.activations
    for name, kind, legend in (("float-mlp", "real", "real values"),
                               ("bnn-mlp", "±1", "just became"),
                               ("float-mlp", "real", "real values")):
        window.load_model(name)
        qtbot.waitUntil(lambda: window.session.model.config.name == name, timeout=30000)
        draw_one(window)
        bands = view.picture.bands[1:]
        assert all(f"1024 {kind} units" in b.subtitle for b in bands), [b.subtitle for b in bands]
        assert legend in view.info.text()
        if kind == "real":  # drawn on the diverging scale, not in the two ±1 colours
            from bnn_gui.gui.network_view import LUT
            img = view._layers[0]["image"]
            colours = {tuple(p) for p in img.reshape(-1, 3)}
            assert len(colours) > 10 and not colours <= {tuple(c) for c in LUT}


def test_flip_marks_sit_exactly_on_the_bits_that_changed(window, qtbot):
    from bnn_gui.gui.network_view import LUT

    view = window.activations
    first = [la.bits.copy() for la in draw_one(window).layers]
    c = window.canvas
    drag(c, [(c.width() / 2 - 60, 60), (c.width() / 2 + 60, 60)])  # a bar: a 7 now
    second = [la.bits for la in window.refresh().layers]
    total = 0
    for i, (e, before, after) in enumerate(zip(view._layers, first, second)):
        changed = before != after
        total += changed.sum()
        t = e["tiling"]
        img = e["image"]
        for unit in zip(*np.nonzero(np.ones(after.shape, bool))):
            row, col = _pixel(t, unit)
            light = tuple(img[row, col])
            if changed[unit]:  # marked in full: the fade has only just begun
                assert _near(light, LUT[2 + int(after[unit] > 0)]), (unit, light)
            else:
                assert light == tuple(LUT[int(after[unit] > 0)])
        # the bar was one new stroke: its flips are the bits it changed, and the label says so
        assert e["flips"] == changed.sum()
        band = view.picture.bands[1 + i]  # band 0 is the input
        assert f"{changed.sum()} flipped by this stroke" in band.subtitle
    assert total > 0


def _pixel(t, unit):
    th, tw = t.tile
    i = unit[0]
    r, c = divmod(i, t.cols)
    y, x = (unit[1], unit[2]) if len(unit) == 3 else (0, 0)
    return r * (th + t.gap) + y, c * (tw + t.gap) + x


def _near(a, b, tol=40):
    return all(abs(int(x) - int(y)) <= tol for x, y in zip(a, b))


def test_a_focused_layer_is_large_and_steps_through_channels(window, qtbot):
    view = window.activations
    draw_one(window)
    p = view.picture
    top = p.band_rects()[2]  # conv2's title
    qtbot.mouseClick(p, Qt.MouseButton.LeftButton, pos=QPoint(int(top.center().x()),
                                                              int(top.top() + 5)))
    assert p.focus == 2 and p.bands[2].shape == (7, 7)  # one channel map
    assert p.cell_size(2) >= 10
    assert "channel 0 of 64" in p.bands[2].title
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert "channel 1 of 64" in p.bands[2].title
    ch1 = view._layers[1]["layer"].bits[1]
    img = p.bands[2].image
    assert img.width() == 7 and img.height() == 7
    bright = np.array([[img.pixelColor(x, y).lightness() > 128 for x in range(7)]
                       for y in range(7)])
    assert (bright == (ch1 > 0)).all()  # the right channel, the right way round
    # a click on a cell of the focused channel opens that unit
    r = p.picture_rect(2)
    at = QPoint(int(r.left() + 3.5 * r.width() / 7), int(r.top() + 2.5 * r.height() / 7))
    qtbot.mouseClick(p, Qt.MouseButton.LeftButton, pos=at)
    assert window.inside.neuron.selected == ("conv2", (1, 2, 3))
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert p.focus is None and p.bands[2].shape != (7, 7)


def test_the_output_chart_shows_the_engines_integer_scores(window):
    r = draw_one(window)
    p = window.activations.picture
    assert r.score_meaning.startswith("agreeing") and r.scores.dtype.kind == "i"
    assert np.array_equal(p.scores, r.scores) and p.answer == r.digit == int(np.argmax(r.scores))
    assert "integer" in p.score_meaning


def test_before_the_first_stroke_the_structure_and_a_hint_are_shown(window):
    p = window.activations.picture
    window.session.drawing.clear()
    window.refresh()
    assert [b.title for b in p.bands] == ["input", "conv1", "conv2", "conv3", "dense1"]
    assert all(b.image is None for b in p.bands) and "draw a digit" in p.hint
    rects = [p.picture_rect(i) for i in range(len(p.bands))]
    draw_one(window)
    assert [p.picture_rect(i) for i in range(len(p.bands))] == rects  # nothing moves
    assert all(b.image is not None for b in p.bands) and p.hint == ""
