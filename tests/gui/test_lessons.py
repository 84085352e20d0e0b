"""Lessons in the window: each built-in one opens and steps through; a step's state shows; a
lesson saved from the window opens to the same state; a bad one changes nothing."""

import numpy as np
from PySide6.QtCore import Qt

from gui_mouse import drag


def test_every_built_in_lesson_steps_through(window, qtbot, mnist):
    from bnn_gui.core.lessons import builtins

    player = window.lessons.player
    for name, title in builtins():
        assert player.open(name) and player.dock.isVisible()
        assert player.bar.title.text() == title
        n = len(player.lesson.steps)
        for i in range(n):
            qtbot.waitUntil(lambda: player._waiting is None, timeout=30000)  # model is live
            assert player.bar.where.text() == f"step {i + 1} of {n}"
            assert player.bar.caption.text() == player.lesson.steps[i].caption
            assert player.bar.back.isEnabled() == (i > 0)
            qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert not player.bar.next.isEnabled()
        qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert player.index == n - 2
    player.close()
    if window.presenter.on:
        window.presenter.leave()


def test_a_step_shows_its_state(window, qtbot, mnist):
    player = window.lessons.player
    player.open("one-neuron")
    qtbot.waitUntil(lambda: window.last_reading is not None
                    and window.last_reading.digit == 7, timeout=30000)  # MNIST's digit 0
    player.next()
    assert window.inside.neuron.selected == ("conv1", (5, 6, 7))
    assert window.inside.front[window.inside.neuron_dock]
    player.next()
    player.next()
    assert window.presenter.on and window.inside.neuron.level_buttons[1].isChecked()
    player.back()  # Back shows the step as it was: presenter mode off again
    assert not window.presenter.on
    assert window.inside.neuron.selected == ("conv2", (10, 3, 3))
    player.close()


def test_a_lesson_saved_from_the_window_opens_to_the_same_state(window, qtbot, tmp_path):
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 6) for i in range(40)])
    window.refresh()
    window.inside.choose_unit("conv2", (3, 2, 4))
    window.inside.pixels.target.setCurrentIndex(5)
    strokes = [np.asarray(s) for s in window.session.drawing.all_strokes()]
    path = tmp_path / "mine.toml"
    assert window.lessons.save(str(path))
    # everything changed, then the lesson opened
    window.session.drawing.clear()
    window.inside.choose_unit("conv1", (0, 0, 0))
    window.inside.pixels.target.setCurrentIndex(1)
    assert window.lessons.player.open(str(path))
    qtbot.waitUntil(lambda: window.lessons.player._waiting is None, timeout=30000)
    again = window.session.drawing.all_strokes()
    assert len(again) == len(strokes) and all(
        np.allclose(a, b, atol=0.01) for a, b in zip(again, strokes))
    assert window.inside.neuron.selected == ("conv2", (3, 2, 4))
    assert window.inside.pixels.target.currentIndex() == 5
    assert window.session.model.name == "bnn-cnn"


def test_a_bad_lesson_is_one_line_and_changes_nothing(window, qtbot, tmp_path):
    c = window.canvas
    drag(c, [(200, 100), (210, 400)])
    window.refresh()
    before = window.session.drawing.all_strokes()
    bad = tmp_path / "bad.toml"
    bad.write_text('format = "bnn-gui-lesson/1"\ntitle = "x"\n[[step]]\nmodel = "gone"\n')
    assert not window.lessons.player.open(str(bad))
    assert "Could not open the lesson" in window.statusBar().currentMessage()
    assert not window.lessons.player.dock.isVisible()
    assert window.session.drawing.all_strokes() == before
    assert window.session.model.name == "bnn-cnn"
