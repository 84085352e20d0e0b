"""Honest flips: what a stroke changed, told apart from what re-framing the drawing changed."""

import numpy as np
import pytest

from bnn_gui import load_model
from bnn_gui.core.live.live_session import LiveSession
from bnn_gui.core.live.receptive import receptive_field


@pytest.fixture(scope="module")
def cnn():
    return load_model("bnn-cnn")


def _stroke(session, pts):
    d = session.drawing
    d.begin_stroke(*pts[0])
    session.read()
    for p in pts[1:]:
        d.extend_stroke(*p)
        session.read()
    d.end_stroke()
    session.settle_flips()
    return session.reading


def _seven(session):
    _stroke(session, [(150 + i * 10, 100) for i in range(21)])
    return _stroke(session, [(350 - i * 5, 100 + i * 15) for i in range(1, 21)])


def test_a_crossbar_flips_only_units_whose_windows_it_inks(cnn):
    s = LiveSession()
    s.set_model(cnn)
    _seven(s)
    r = _stroke(s, [(220 + i * 8, 260) for i in range(16)])  # a crossbar inside the 7's box
    f = r.flips
    assert f is not None and f.exact
    d = s.drawing
    before = d.input28_in(d.input_frame(), d.strokes[:2])
    inked = r.input != before  # the only pixels that differ in one frame: the crossbar's
    layer = r.layers[0]
    flipped = layer.bits != f.reference[0]
    assert flipped.sum() == f.by_stroke[0] > 0
    for unit in zip(*np.nonzero(flipped)):  # every flip the stroke's own
        w = receptive_field(cnn.config, 0, unit).input
        assert inked[w.rows[0]:w.rows[1], w.cols[0]:w.cols[1]].any(), unit


def test_without_a_move_the_reference_is_the_reading_before(cnn):
    s = LiveSession()
    s.set_model(cnn)
    _stroke(s, [(200, 100 + i * 10) for i in range(30)])  # a 1
    before = [la.bits.copy() for la in s.reading.layers]
    frame = s.drawing.input_frame()
    r = _stroke(s, [(200, 250), (201, 251)])  # a dot on it: no new box, the same mass
    if s.drawing.input_frame() == frame:
        assert r.flips.move is None and r.flips.by_frame == [0] * 4
        assert all(np.array_equal(a, b) for a, b in zip(r.flips.reference, before))


def test_a_stroke_past_the_box_moves_the_frame_and_is_counted_apart(cnn):
    s = LiveSession()
    s.set_model(cnn)
    _stroke(s, [(200, 100 + i * 10) for i in range(30)])  # the first upright of a 4
    r = _stroke(s, [(120, 120 + i * 10) for i in range(14)] +
                [(120 + i * 10, 250) for i in range(14)])  # its bend, left of the box
    f = r.flips
    assert f.move is not None and sum(f.by_frame) > 0
    d = s.drawing
    again = cnn.read(d.input28_in(d.input_frame(), d.strokes[:1]))
    for ref, la, cur, n in zip(f.reference, again.layers, r.layers, f.by_stroke):
        assert np.array_equal(ref, la.bits) and int((cur.bits != ref).sum()) == n


def test_edits_that_are_not_strokes_report_nothing(cnn):
    s = LiveSession()
    s.set_model(cnn)
    _seven(s)
    assert s.reading.flips is not None
    s.drawing.undo()
    assert s.read().flips is None
    s.drawing.redo()
    assert s.read().flips is None
    _stroke(s, [(220, 260), (300, 260)])
    assert s.reading.flips is not None
    s.set_model(cnn)  # another model (here the same file): nothing to compare with
    assert s.reading.flips is None
    s.drawing.clear()
    assert s.read().flips is None and s.reading.digit is None


def test_a_model_of_another_shape_swapped_in_mid_stroke_reports_nothing(cnn):
    """A training run ends while a stroke is drawn: its model (another shape) becomes live
    between two points. The drawing before the stroke is read again by it: its flips are
    of one model, and nothing fails."""
    s = LiveSession()
    s.set_model(cnn)
    _stroke(s, [(200, 100 + i * 10) for i in range(30)])
    d = s.drawing
    d.begin_stroke(150, 150)
    s.read()
    d.extend_stroke(160, 150)
    s.read()
    mlp = load_model("bnn-mlp")
    s.model = mlp  # swapped in without set_model, as a window may
    d.extend_stroke(250, 150)
    r = s.read()
    s.settle_flips()
    f = s.reading.flips
    assert r.digit is not None and f is not None
    before = mlp.read(d.input28_in(d.input_frame(), d.strokes))
    assert all(np.array_equal(a, b.bits) for a, b in zip(f.reference, before.layers))
