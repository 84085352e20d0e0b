"""The live path as the window runs it: one session owns the drawing and the reading, the canvas
is only an input device and a view, and docks behind another tab do no work."""

import numpy as np

from gui_mouse import drag


def test_what_the_network_reads_does_not_depend_on_the_window_size(window, qtbot):
    c = window.canvas

    def draw_at_size(w, h):
        window.resize(w, h)
        qtbot.wait(20)
        window.session.drawing.clear()
        side = min(c.width(), c.height())
        cx, cy = c.width() / 2, c.height() / 2  # a 7, in proportion to the canvas
        drag(c, [(cx - 0.3 * side, cy - 0.35 * side), (cx + 0.3 * side, cy - 0.35 * side),
                 (cx - 0.05 * side, cy + 0.4 * side)])
        return window.refresh().input

    small, large = draw_at_size(900, 650), draw_at_size(1500, 1000)
    assert c.width() > 0 and not np.array_equal(small, np.zeros((28, 28)))
    # the same drawing in drawing units, up to the rounding of pointer positions to pixels
    assert np.abs(small - large).max() < 0.1 and window.last_reading.digit == 7


def test_a_dock_behind_another_tab_does_no_work_and_catches_up_in_front(window, qtbot):
    inside = window.inside
    calls = []
    real = inside.neuron.update_from
    inside.neuron.update_from = lambda *a: (calls.append(a), real(*a))
    window.training_dock.raise_()  # the neuron dock sits behind the training panel's tab
    qtbot.waitUntil(lambda: not inside.front[inside.neuron_dock])
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    window.refresh()
    assert calls == []
    inside.neuron_dock.raise_()
    qtbot.waitUntil(lambda: inside.front[inside.neuron_dock])
    assert calls and calls[-1][1] is window.last_reading.input  # caught up at once
    n = len(calls)
    drag(c, [(60, 60), (80, 90)])
    window.refresh()
    assert len(calls) > n


def test_a_stroke_is_read_within_the_frame_by_the_event_loop(window, qtbot):
    """No explicit read: the session's frame clock reads the drawing by itself."""
    c = window.canvas
    before = window.session.live.read_revision
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    qtbot.waitUntil(lambda: not window.session.live.stale)
    assert window.session.live.read_revision > before and window.last_reading.digit == 1
    assert window.prediction.digit.text() == "1"


def test_the_canvas_paints_what_the_drawing_holds(window, qtbot):
    c = window.canvas
    drag(c, [(50, 50), (50, 150)])
    img = c.grab().toImage()
    assert img.pixelColor(50, 100).lightness() > 200  # ink where the stroke went
    assert img.pixelColor(150, 100).lightness() < 50  # paper elsewhere
    window.session.drawing.undo()
    qtbot.wait(10)
    img = c.grab().toImage()
    assert img.pixelColor(50, 100).lightness() < 50  # undone: repainted from the drawing


def on_screen(window, widget):
    """What the window shows of ``widget`` now (its backing store, not a fresh render)."""
    from PySide6.QtCore import QPoint

    p = widget.mapTo(window, QPoint(0, 0))
    return window.screen().grabWindow(window.winId(), p.x(), p.y(), widget.width(),
                                      widget.height()).toImage()


def test_the_hint_goes_with_the_first_stroke(window, qtbot):
    c = window.canvas
    window.session.drawing.clear()
    qtbot.wait(20)
    blank = on_screen(window, c)
    lit = [(x, y) for x in range(0, c.width(), 2) for y in range(c.height() // 2 - 10,
                                                             c.height() // 2 + 10, 2)
           if blank.pixelColor(x, y).lightness() > 80]
    assert lit  # the hint's letters
    drag(c, [(10, 10), (20, 20)])  # a short stroke far from the hint
    qtbot.wait(20)
    img = on_screen(window, c)
    assert all(img.pixelColor(x, y).lightness() < 80 for x, y in lit)
