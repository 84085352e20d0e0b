"""The network view and a window that fits a laptop: what a person sees, checked on the view's
own pictures and geometry."""

import numpy as np
import pytest
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
                               ("bnn-mlp", "±1", "this stroke made it"),
                               ("float-mlp", "real", "real values")):
        window.load_model(name)
        qtbot.waitUntil(lambda: window.session.model.config.name == name, timeout=30000)
        draw_one(window)
        bands = view.picture.bands[1:]
        assert all(f"1024 {kind} units" in b.subtitle for b in bands), [b.subtitle for b in bands]
        assert legend in view.info.text()
        if kind == "real":  # drawn on the diverging scale, not in the two ±1 colours
            from bnn_gui.gui.live.network_view import LUT
            img = view._layers[0]["image"]
            colours = {tuple(p) for p in img.reshape(-1, 3)}
            assert len(colours) > 10 and not colours <= {tuple(c) for c in LUT}


def test_flip_marks_sit_exactly_on_the_bits_the_stroke_flipped(window, qtbot):
    """A bar across the top of a 1 (a 7 now): the marks are the bits that differ from the 1
    read in the 7's frame; the flips that re-framing alone made are counted apart."""
    from bnn_gui.gui.live.network_view import LUT

    view = window.activations
    draw_one(window)
    c = window.canvas
    drag(c, [(c.width() / 2 - 60, 60), (c.width() / 2 + 60, 60)])
    window.refresh()
    window.session.live.settle_flips()
    reading = window.session.reading
    report = reading.flips
    assert report is not None and report.exact
    d = window.session.drawing  # the reference is the 1 in the frame of the 7, read again
    again = window.session.model.read(d.input28_in(d.input_frame(), d.strokes[:1]))
    total = 0
    for i, (e, layer) in enumerate(zip(view._layers, reading.layers)):
        ref = again.layers[i].bits
        assert np.array_equal(ref, report.reference[i])
        changed = layer.bits != ref
        total += changed.sum()
        t, img = e["tiling"], e["image"]
        for unit in zip(*np.nonzero(np.ones(layer.bits.shape, bool))):
            row, col = _pixel(t, unit)
            expected = LUT[2 * int(changed[unit]) + int(layer.bits[unit] > 0)]
            assert tuple(img[row, col]) == tuple(expected), unit
        band = view.picture.bands[1 + i]  # band 0 is the input
        assert (f"{changed.sum()} flipped by the stroke, {report.by_frame[i]} by re-centring"
                in band.subtitle if report.by_frame[i] else
                f"{changed.sum()} flipped by this stroke" in band.subtitle), band.subtitle
        assert e["flips"] == changed.sum() == report.by_stroke[i]
    assert total > 0
    assert report.move is not None and sum(report.by_frame) > 0  # the bar widened the box
    assert "re-framed" in view.info.text()


def test_no_stroke_no_flips(window, qtbot):
    """A loaded digit, an undo, another model: nothing says "flipped by this stroke"."""
    view = window.activations
    draw_one(window)
    window.session.drawing.undo()
    window.refresh()
    draw_one(window)  # the first stroke of a drawing: nothing before it to compare with
    assert all("flipped" not in b.subtitle for b in view.picture.bands)
    window.session.drawing.set_image(np.pad(np.ones((20, 6), np.float32), 4))
    window.refresh()
    assert all("flipped" not in b.subtitle for b in view.picture.bands)


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
    assert "channel 0 (0–63)" in p.bands[2].title
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert "channel 1 (0–63)" in p.bands[2].title
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
    assert p.bands[2].title == "conv2"  # no channel left over in the overview
    overview = p.cell_size(2)
    view.focus_layer(2, 0)
    qtbot.keyClick(view, Qt.Key.Key_A)  # all channels: the whole layer, larger
    t = view._tiling(1)
    assert "all 64 channels" in p.bands[2].title and p.bands[2].shape == (t.height, t.width)
    assert p.cell_size(2) >= 2 * overview, (p.cell_size(2), overview)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert p.focus is None


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


def test_the_chosen_unit_and_the_windows_it_reads_are_outlined(window, qtbot):
    """Click conv2's channel 5 at (3, 3): its cell is boxed, its window in conv1 (every
    channel) and in the 28x28 is outlined, and the canvas outlines where that window falls
    on the strokes; hovering another unit outlines it lightly."""
    from bnn_gui.core.live.receptive import receptive_field

    view, p = window.activations, window.activations.picture
    draw_one(window)

    def where():  # conv2's channel 5 at (3, 3): its picture cell and a point on screen
        t = view._tiling(1)
        r, c = divmod(5, t.cols)
        cell = (r * (t.tile[0] + t.gap) + 3, c * (t.tile[1] + t.gap) + 3)
        rect = p.picture_rect(2)
        sy, sx = rect.height() / p.bands[2].shape[0], rect.width() / p.bands[2].shape[1]
        return cell, sx, QPoint(int(rect.left() + (cell[1] + 0.5) * sx),
                                int(rect.top() + (cell[0] + 0.5) * sy))

    qtbot.mouseClick(p, Qt.MouseButton.LeftButton, pos=where()[2])
    assert view.selected == ("conv2", (5, 3, 3))
    qtbot.wait(50)  # the neuron dock opened and made room: the maps are laid out again
    cell, sx, at = where()
    field = receptive_field(window.session.model.config, 1, (5, 3, 3))
    strong = [o for o in p.outlines if o.strong]
    unit = [o for o in strong if o.unit]
    assert len(unit) == 1 and unit[0].band == 2 and unit[0].cells == [(*cell, 1, 1)]
    below = [o for o in strong if o.band == 1][0]
    assert len(below.cells) == 32  # every conv1 channel's window
    (r0, r1), (c0, c1) = field.below.rows, field.below.cols
    assert below.cells[0] == (r0, c0, r1 - r0, c1 - c0)
    (r0, r1), (c0, c1) = field.input.rows, field.input.cols
    assert [o for o in strong if o.band == 0][0].cells[0] == (r0, c0, r1 - r0, c1 - c0)
    # the canvas: the window traced back onto the drawing
    assert window.canvas._fields[0] == (field.input.rows, field.input.cols)
    box = window.canvas.field_rect(field.input.rows, field.input.cols)
    frame = window.session.drawing.input_frame()
    x, y = frame.from28((r0 + r1) / 2, (c0 + c1) / 2)
    assert box.contains(window.canvas.to_widget(x, y))
    assert 0 < box.width() < window.canvas.width()
    # and it is painted: the outline's colour shows on the canvas
    img = window.canvas.grab().toImage()
    colour = img.pixelColor(int(box.left()), int(box.center().y()))
    assert colour.blue() > 200 and colour.red() < 100, colour.name()
    # hovering another unit: a light outline beside the chosen one
    other = QPoint(at.x() + int(2 * sx), at.y())
    qtbot.mouseMove(p, other)
    assert any(not o.strong and o.unit for o in p.outlines)
    assert any(o.strong and o.unit for o in p.outlines)
    assert window.canvas._fields[1] is not None


def test_descriptions_survive_a_model_change(window, qtbot):
    view = window.activations
    draw_one(window)
    for name in ("bnn-mlp", "bnn-cnn"):
        window.load_model(name)
        qtbot.waitUntil(lambda: window.session.model.config.name == name, timeout=30000)
        window.refresh()
        for b in view.picture.bands[1:]:
            assert "±1 weights" in b.subtitle.split("\n")[1], b.subtitle


def test_presenter_mode_enlarges_type_hides_the_rest_and_puts_it_all_back(window, qtbot):
    draw_one(window)
    view = window.activations
    view.select_unit("conv2", (5, 3, 3))
    window.activations.unit_clicked.emit("conv2", (5, 3, 3))
    size = window.font().pointSizeF()
    label_h = view.picture.label_h()
    window.presenter_action.trigger()
    assert window.presenter.on and window.presenter_action.isChecked()
    assert window.font().pointSizeF() == pytest.approx(1.5 * size)
    assert view.picture.label_h() > label_h  # the labels grew with the type
    assert not window.training_dock.isVisible() and not window.statusBar().isVisible()
    assert window.inside.neuron_dock.isVisible()  # the chosen unit's levels stay
    neuron = window.inside.neuron  # one level at a time, chosen with its buttons
    assert neuron.compact and [w.isVisible() for w in neuron.levels] == [True, False, False]
    neuron.level_buttons[2].click()
    assert [w.isVisible() for w in neuron.levels] == [False, False, True]
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Esc leaves, and clears nothing
    assert not window.presenter.on and not window.presenter_action.isChecked()
    assert window.font().pointSizeF() == pytest.approx(size)
    assert window.statusBar().isVisible() and window.session.drawing.strokes
    assert not neuron.compact and all(w.isVisible() for w in neuron.levels)


@pytest.mark.parametrize("bits", [2.0, 1.58])
def test_a_few_bit_map_draws_its_levels_and_nothing_between(qapp, tmp_path, bits):
    """Issue 33: a k-bit activation map in k-bit grey levels (a fixed ramp from the −1 colour
    to the +1 colour), titled with its number of levels."""
    import torch

    from bnn_gui.config import ModelConfig
    from bnn_gui.core.inference import load_model
    from bnn_gui.core.nets.checkpoint import save
    from bnn_gui.core.nets.models import build
    from bnn_gui.core.nets.quant import levels
    from bnn_gui.gui.live.network_view import LUT, NetworkView

    torch.manual_seed(1)
    net = build(ModelConfig("few", conv=(), hidden=(64, 32), weight_bits=bits,
                            activation_bits=bits))
    net.train()
    with torch.no_grad():
        for _ in range(3):
            net(torch.rand(64, 28, 28))
    model = load_model(save(tmp_path / "few.safetensors", net.eval()))
    view = NetworkView()
    view.show_model(model)
    x = np.zeros((28, 28), np.float32)
    x[5:23, 12:16] = 1
    view.show_reading(model.read(x))
    entry = view._layers[0]
    assert f"of {levels(bits)} levels" in entry["what"]
    colours = {tuple(c) for c in entry["image"].reshape(-1, 3)} - {tuple(LUT[4])}
    values = np.unique(entry["layer"].bits)
    assert 2 <= len(colours) == len(values) <= levels(bits)
    for end, colour in ((-1, LUT[0]), (1, LUT[1])):  # the grid's ends are the ±1 colours
        assert (end in values) == (tuple(colour) in colours)
