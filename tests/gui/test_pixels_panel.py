"""Which pixels matter, from the window: the map appears once a stroke ends and agrees with
the engine; a new stroke drops it; "Make it read as N" gives a picture that, put on the
canvas, the live model reads as N."""

import numpy as np

from gui_mouse import drag

from bnn_gui.core.pixel_influence import flipped


def draw_a_one(window, qtbot):
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    window.refresh()


def test_the_map_follows_the_drawing_and_read_as_n_goes_onto_the_canvas(window, qtbot):
    inside = window.inside
    inside.pixels_dock.front_action.trigger()
    qtbot.waitUntil(lambda: inside.front[inside.pixels_dock], timeout=5000)
    panel = inside.pixels
    draw_a_one(window, qtbot)
    qtbot.waitUntil(lambda: panel.influence is not None, timeout=30000)
    inf, model = panel.influence, window.session.model
    x = window.session.drawing.input28()
    assert inf.digit == window.last_reading.digit and panel.about.text().startswith("It reads")
    r, c = np.unravel_index(np.argmin(inf.delta), (28, 28))  # the pixel that hurts most
    changed = x.copy()
    changed[r, c] = flipped(x)[r, c]
    assert model.read(changed).digit == inf.answer[r, c]
    # a new stroke drops the map at once; a new one comes once the drawing rests
    drag(window.canvas, [(40, 40), (80, 60)])
    window.refresh()
    assert panel.influence is None
    qtbot.waitUntil(lambda: panel.influence is not None, timeout=30000)
    panel.target.setCurrentIndex(7)
    panel.make_button.click()
    qtbot.waitUntil(lambda: panel.put_button.isEnabled(), timeout=60000)
    assert panel.result.reached and "reads 7" in panel.made_text.text()
    panel.put_button.click()
    window.refresh()
    assert window.last_reading.digit == 7


def test_a_blank_canvas_asks_for_a_digit(window, qtbot):
    panel = window.inside.pixels
    window.inside.pixels_dock.front_action.trigger()
    window.canvas.clear()
    window.refresh()
    panel.make_button.click()
    assert panel.made_text.text() == "Draw a digit first." and not panel.put_button.isEnabled()


def test_decisive_pixels_are_outlined_as_regions_not_a_mesh():
    from bnn_gui.gui.live.pictures import region_edges

    block = np.zeros((28, 28), bool)
    block[3:5, 3:5] = True  # a 2x2 block: its outline is 8 unit edges, not 4 boxes' 16
    edges = region_edges(block)
    assert len(edges) == 8
    assert ((3, 3), (4, 3)) in edges and ((5, 3), (5, 4)) in edges  # top-left, right side
    lone = np.zeros((28, 28), bool)
    lone[0, 27] = True  # at the border: still a closed box
    assert len(region_edges(lone)) == 4


def test_a_picture_made_for_another_drawing_is_never_put_on_the_canvas(window, qtbot):
    """Issue 31 #5: after "make it read as 8", a new drawing kept the old picture and its
    button, which then replaced the new drawing; a request made just after a stroke was
    dropped by the map's own job and said "looking…" for ever."""
    inside = window.inside
    inside.pixels_dock.front_action.trigger()
    qtbot.waitUntil(lambda: inside.front[inside.pixels_dock], timeout=5000)
    panel = inside.pixels
    draw_a_one(window, qtbot)
    panel.target.setCurrentIndex(8)
    panel.make_button.click()  # at once, before the stroke has rested: the map's job comes
    qtbot.waitUntil(lambda: panel.put_button.isEnabled(), timeout=60000)
    assert "reads 8" in panel.made_text.text() or "still reads" in panel.made_text.text()
    assert panel.influence is not None or panel.background.busy() or panel.rest.isActive()
    drag(window.canvas, [(40, 40), (80, 60)])  # another drawing
    window.refresh()
    assert not panel.put_button.isEnabled() and panel.result is None
    assert panel.made_text.text() == ""
    panel.make_button.click()
    drag(window.canvas, [(60, 300), (90, 320)])  # changed while the search runs
    window.refresh()
    assert "changed before the search ended" in panel.made_text.text()
    assert not panel.put_button.isEnabled()
    qtbot.wait(200)
    assert not panel.put_button.isEnabled()
