"""The drawing (no Qt): edits, history, limits, and the live session around it."""

import math

import numpy as np
import pytest

from bnn_gui.core.live.drawing import MAX_POINTS, Drawing
from bnn_gui.core.live.live_session import LiveSession


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
    assert len(d.strokes) == 2  # cut in two where the eraser passed
    d.undo()
    assert len(d.strokes) == 1 and len(d.strokes[0]) == 2


def test_the_eraser_cuts_strokes_where_it_passes():
    """A crossed 7: rubbing out the crossing leaves the rest of both strokes; the ink away
    from the eraser is where it was (the same 28x28 outside the rubbed disc's reach)."""
    import numpy as np

    from bnn_gui.core.live.raster import rasterize_strokes

    d = Drawing()
    stroke(d, [(100, 100), (300, 100), (180, 400)])  # the 7, sparse points
    stroke(d, [(150, 250), (300, 250)])  # its crossbar
    before = rasterize_strokes(d.strokes, d.brush)
    d.begin_erase()
    x, y = 240, 250  # on the crossbar, between its two points; near the 7's diagonal
    assert d.erase_at(x, y, 12)
    d.end_erase()
    pts = np.concatenate([np.asarray(s) for s in d.strokes])
    assert (np.hypot(pts[:, 0] - x, pts[:, 1] - y) > 12).all()
    assert len(d.strokes) == 4  # both strokes cut in two
    assert pts[:, 0].min() == 100 and pts[:, 1].max() == 400  # their far ends untouched
    # everything far from the disc is drawn as before (the frame is the same drawing's)
    after = rasterize_strokes(d.strokes, d.brush)
    assert before.shape == after.shape
    assert np.abs(before[:40] - after[:40]).max() < 0.01  # the top bar (to rounding)
    assert after.sum() < before.sum()
    d.undo()
    assert len(d.strokes) == 2


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


def test_sparse_moves_are_joined_by_a_curve_not_a_polygon():
    """A 0 sent as 9 sparse moves (a busy machine): with max_gap the stroke follows the
    circle between them (after the first gap, which has no bend to follow yet); without it,
    the chords cut inside by up to r (1 - cos(20°)) = 6 units."""
    import numpy as np

    r, c = 100.0, (250.0, 250.0)
    angles = np.linspace(0, 2 * np.pi, 10)[:-1]
    pts = [(c[0] + r * np.cos(a), c[1] + r * np.sin(a)) for a in angles]
    far = {}
    for gap in (None, 10.0):
        d = Drawing()
        d.begin_stroke(*pts[0])
        for p in pts[1:]:
            assert d.extend_stroke(*p, max_gap=gap)
        q = np.asarray(d.active)
        assert tuple(q[1]) == pytest.approx(pts[1])  # the first gap has no bend to follow yet
        q = q[1:]
        t = np.linspace(0, 1, 20)[:, None, None]  # the polyline as drawn, densely sampled
        line = (q[:-1] + t * (q[1:] - q[:-1])).reshape(-1, 2)
        far[gap] = np.abs(np.hypot(line[:, 0] - c[0], line[:, 1] - c[1]) - r).max()
        assert tuple(q[-1]) == pytest.approx(pts[-1])  # the pen's own points are kept
        steps = np.hypot(*np.diff(q, axis=0).T)
        if gap:
            assert steps.max() <= gap + 1e-6 and len(q) > 3 * len(pts)
    assert far[None] > 5.0 and far[10.0] < 0.4 * far[None], far


def test_the_undo_history_is_bounded():
    """Issue 31 #11: every stroke kept a copy of the whole drawing for undo, for ever."""
    from bnn_gui.core.live.drawing import MAX_UNDO, Drawing

    d = Drawing()
    for i in range(MAX_UNDO + 50):
        d.begin_stroke(10.0 + i, 10.0)
        d.extend_stroke(20.0 + i, 40.0)
        d.end_stroke()
    undone = 0
    while d.can_undo():
        d.undo()
        undone += 1
    assert undone == MAX_UNDO and len(d.strokes) == 50
    d.redo()
    assert len(d.strokes) == 51
