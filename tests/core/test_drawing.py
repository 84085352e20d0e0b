"""The drawing (no Qt): edits, history, limits, and the live session around it."""

import math

import numpy as np

from bnn_gui.core.drawing import MAX_POINTS, Drawing
from bnn_gui.core.live import LiveSession


def stroke(d, pts):
    d.begin_stroke(*pts[0])
    for p in pts[1:]:
        d.extend_stroke(*p)
    d.end_stroke()


def test_undo_redo_clear_and_what_listeners_hear():
    d, heard = Drawing(), []
    d.subscribe(heard.append)
    stroke(d, [(10, 10), (10, 200)])
    assert heard == ["point", "point"] and d.strokes == [[(10, 10), (10, 200)]]
    stroke(d, [(0, 0), (50, 0)])
    d.undo()
    assert len(d.strokes) == 1 and heard[-1] == "reset"
    d.redo()
    assert len(d.strokes) == 2
    d.clear()
    assert d.is_blank() and d.input28() is None
    d.undo()
    assert len(d.strokes) == 2 and d.input28() is not None


def test_erasing_nothing_leaves_no_undo_step():
    d = Drawing()
    stroke(d, [(10, 10), (10, 200)])
    steps = len(d._undo)
    d.begin_erase()
    assert not d.erase_at(400, 400, 5)
    d.end_erase()
    assert len(d._undo) == steps
    d.begin_erase()
    assert d.erase_at(10, 100, 5)
    d.end_erase()
    assert d.is_blank()
    d.undo()
    assert len(d.strokes) == 1


def test_points_that_are_not_finite_and_points_past_the_cap_are_ignored():
    d = Drawing()
    d.begin_stroke(math.nan, 3)
    assert d.active is None
    d.begin_stroke(0, 0)
    assert not d.extend_stroke(math.inf, 1)
    for i in range(MAX_POINTS + 100):
        d.extend_stroke(i % 400, i // 400)
    assert len(d.active) == MAX_POINTS
    d.end_stroke()
    d.set_strokes([[(0, 0), (math.nan, 1), (5, 5)]] + [[(1, 1)] * 10] * (MAX_POINTS // 10))
    assert sum(len(s) for s in d.strokes) == MAX_POINTS
    assert d.strokes[0] == [(0.0, 0.0), (5.0, 5.0)]


def test_a_picture_with_its_label_and_drawing_on_it_starts_anew():
    d = Drawing()
    ink = np.zeros((28, 28), np.float32)
    ink[5:23, 13:15] = 1
    d.set_image(ink, label=1)
    assert d.label == 1 and d.input28() is not None
    stroke(d, [(0, 0), (0, 300)])
    assert d.image is None and d.label is None and len(d.strokes) == 1
    d.undo()
    assert d.label == 1 and d.image is not None


def test_the_live_session_reads_and_tells_its_listeners():
    class Model:  # stands in for inference.Model: reads the sum of the ink
        def read(self, x):
            return None if x is None else float(x.sum())

    s, heard = LiveSession(), []
    s.subscribe(heard.append)
    stroke(s.drawing, [(10, 10), (10, 200)])
    assert s.stale and s.reading is None
    s.set_model(Model())  # a new model reads the drawing at once
    assert heard and heard[-1] > 20 and not s.stale
    s.drawing.clear()
    assert s.read() is None and heard[-1] is None
    assert set(s.timings) == {"rasterise", "engine", "views"}
