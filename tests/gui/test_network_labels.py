"""The words in and under the network view: labels wrapped and ended in "…", never cut, and
the line under the maps holding its longest message whole."""


def test_long_labels_end_in_an_ellipsis_never_cut(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF

    from bnn_gui.gui.live.painted import wrap_elided

    m = QFontMetricsF(QFont())
    text = "3x3 kernels over 64 channels, ±1 weights; BatchNorm, sign; max-pool 2"
    lines = wrap_elided(m, text, 90, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(m.horizontalAdvance(line) <= 90 for line in lines)
    assert wrap_elided(m, "short", 90, 2) == ["short"]
    whole = wrap_elided(m, text, 2000, 2)
    assert whole == [text]


def test_one_line_labels_are_elided_too(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF

    from bnn_gui.gui.live.painted import wrap_elided

    m = QFontMetricsF(QFont())
    lines = wrap_elided(m, "202 flipped by the stroke, 350 by re-centring", 80, 1)
    assert len(lines) == 1 and lines[0].endswith("…") and m.horizontalAdvance(lines[0]) <= 80


def test_the_line_under_the_maps_holds_a_re_framing_message_whole(qapp):
    """The longest message under the maps (a stroke that re-framed the drawing) fits the room
    kept for it: three lines where the view is narrow, two where it is wide, and it does not
    change as the text does."""
    from bnn_gui.gui.live.network_view import NetworkView

    view = NetworkView()
    line = view.info.fontMetrics().height()
    for width in (420, 700, 1600):
        view.resize(width, 500)
        view.show()
        qapp.processEvents()
        kept = view.info.height()
        view.info.setText(view._reframe_words(["moved it 0.2 px down and 0.2 px right",
                                              "scaled it ×0.78"], "conv1", 716, 414))
        qapp.processEvents()
        assert view.info.heightForWidth(view.info.width()) <= kept + 2, width
        assert view.info.height() == kept
        assert kept in (2 * line + 6, 3 * line + 6)
    view.resize(420, 500)
    qapp.processEvents()
    assert view.info.height() == 3 * line + 6  # narrow: the message takes three lines
    view.resize(1600, 500)
    qapp.processEvents()
    assert view.info.height() == 2 * line + 6  # a wide view gives the maps the room
    view.close()


def test_what_a_score_is_is_laid_out_like_the_layers_labels(qapp):
    """The output band's "integer: agreeing − disagreeing bits" was drawn into a rectangle two
    lines tall, which clipped the second line where the script's font is taller (Chinese):
    now it is wrapped into two of the view's lines, the whole text shown when it fits."""
    import numpy as np

    from bnn_gui.gui.live.network_view import NetworkView

    view = NetworkView()
    view.resize(190, 500)  # the output band alone, about 190 px wide: the text takes 2 lines
    view.show()
    qapp.processEvents()
    picture = view.picture
    meaning = "integer: agreeing − disagreeing bits"
    picture.set_scores(np.arange(10.0), meaning, 9)
    drawn = []
    picture._draw_line = lambda p, x, top, line, font: drawn.append((top, line))
    picture.grab()  # paints it
    ours = [(top, line) for top, line in drawn if line and line in meaning]
    assert len(ours) == 2 and "".join(line for _, line in ours).replace(" ", "") == \
        meaning.replace(" ", "")
    assert ours[1][0] - ours[0][0] == picture._line  # one of the view's lines apart
    view.close()
