"""Teaching the network your handwriting, as a user does it: draw, say "that's wrong, it's a 7",
look after the set, fine-tune."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bnn_gui.core.runs.personal import PersonalSet, default_path
from gui_mouse import drag, ellipse
from synthetic import make_synthetic


@pytest.fixture
def warnings(monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: seen.append(text))
    return seen


def on_disk():
    return PersonalSet.open(default_path()).samples


def draw_seven(window):
    drag(window.canvas, [(150, 120), (330, 120), (220, 420)])


def test_one_click_labels_the_drawing_and_keeps_it(window, qtbot):
    draw_seven(window)
    qtbot.mouseClick(window.teach.buttons[7], Qt.MouseButton.LeftButton)
    [s] = on_disk()
    assert s.label == 7 and len(s.strokes) == 1 and s.pixels is None
    assert "Added as a 7" in window.statusBar().currentMessage()
    # the same drawing labelled again: relabelled, not kept twice
    qtbot.mouseClick(window.teach.buttons[1], Qt.MouseButton.LeftButton)
    assert [s.label for s in on_disk()] == [1]
    # a new stroke makes a new drawing
    drag(window.canvas, [(250, 200), (260, 230)])
    qtbot.keyClick(window, Qt.Key.Key_4)  # typing the digit does the same as clicking it
    assert [s.label for s in on_disk()] == [1, 4]
    # what was kept reads as what was drawn
    assert np.array_equal(on_disk()[1].image28(), window.canvas.input28())
    # and the bar under the answer says so, in plain sight, with an Undo
    assert "kept as a 4 in My digits" in window.teach.confirmation.text()
    assert window.teach.undo_button.isEnabled()
    window.teach.undo_button.click()
    assert [s.label for s in on_disk()] == [1] and window.teach.confirmation.text() == ""
    window.personal.undo_delete()  # an ordinary delete: Undo delete puts it back
    assert [s.label for s in on_disk()] == [1, 4]


def test_a_blank_canvas_keeps_nothing(window, qtbot):
    qtbot.mouseClick(window.teach.buttons[3], Qt.MouseButton.LeftButton)
    assert not default_path().exists()
    assert "Draw a digit first" in window.statusBar().currentMessage()


def test_a_picture_is_kept_as_its_28x28(window, qtbot, mnist):
    window.load_mnist_digit(0)  # a 7
    qtbot.keyClick(window, Qt.Key.Key_7)
    [s] = on_disk()
    assert s.pixels is not None and np.allclose(s.image28(), window.canvas.input28(), atol=1 / 255)


def test_the_set_view_deletes_relabels_and_loads(window, qtbot):
    for d, pts in [(0, ellipse(300, 250, 70, 120)), (1, [(300, 100), (300, 400)]),
                   (2, [(150, 120), (330, 120), (220, 420)])]:
        window.canvas.clear()
        drag(window.canvas, pts)
        window.label_drawing(d)
    window.personal_dock.show()
    window.personal_dock.raise_()
    panel = window.personal
    qtbot.waitUntil(lambda: panel.list.count() == 3)
    assert [panel.list.item(i).text() for i in range(3)] == ["0", "1", "2"]
    assert "3 digits" in panel.summary.text()

    panel.list.item(2).setSelected(True)
    panel.relabel_selected(7)
    assert sorted(s.label for s in on_disk()) == [0, 1, 7]

    drawn = window.canvas.strokes
    panel.list.clearSelection()
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)  # the list's Delete, not the canvas's Clear
    assert sorted(s.label for s in on_disk()) == [1, 7]
    assert window.canvas.strokes == drawn
    # select all, delete all, then undo: every digit comes back, on disk too
    panel.list.selectAll()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert on_disk() == [] and panel.undo_button.isEnabled()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert sorted(s.label for s in on_disk()) == [1, 7]
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)  # the first delete too
    assert sorted(s.label for s in on_disk()) == [0, 1, 7]
    assert not panel.undo_button.isEnabled()

    window.canvas.clear()
    item = next(panel.list.item(i) for i in range(panel.list.count())
                if panel.list.item(i).text() == "1")
    panel.list.itemActivated.emit(item)
    assert window.canvas.strokes and window.last_reading.digit == 1


def test_export_and_a_corrupt_import(window, qtbot, tmp_path, warnings):
    draw_seven(window)
    window.label_drawing(7)
    panel = window.personal
    out = tmp_path / "mine.json"
    assert panel.export_file(str(out))
    doc = json.loads(out.read_text())
    assert doc["format"] == "bnn-gui-personal/1" and doc["samples"][0]["label"] == 7
    bad = tmp_path / "bad.json"
    bad.write_bytes(out.read_bytes()[:-20])
    kept = default_path().read_bytes()
    assert panel.import_file(str(bad)) is None
    assert "not valid JSON" in warnings[-1] and "unchanged" in warnings[-1]
    assert default_path().read_bytes() == kept
    assert panel.import_file(str(out)) == 0  # the same digits: nothing added twice


def test_a_damaged_set_on_disk_is_kept_aside_at_start(qtbot, tmp_path, warnings):
    from PySide6.QtCore import QSettings

    from bnn_gui.gui.main_window import MainWindow

    default_path().parent.mkdir(parents=True)
    default_path().write_text('{"format": "bnn-gui-personal/1", "samples": [{"la')
    w = MainWindow(model="bnn-mlp", settings=QSettings(str(tmp_path / "s.ini"),
                                                       QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "damaged" in warnings[0] and len(w.personal.set) == 0
    assert any("damaged" in p.name for p in default_path().parent.iterdir())


def checkpoint_read(path):
    from bnn_gui.core.nets.checkpoint import read_model_file

    return read_model_file(path)


def test_finetuning_from_the_window_saves_a_new_model_and_keeps_the_old(window, qtbot):
    data = make_synthetic(n_train=400, n_test=100)
    window.training.load_data = lambda progress, download=False: data
    for d, pts in [(0, ellipse(300, 250, 70, 120)), (1, [(300, 100), (300, 400)])]:
        window.canvas.clear()
        drag(window.canvas, pts)
        window.label_drawing(d)
    base = window.session.model.file.path
    base_bytes = base.read_bytes()
    form = window.personal.finetune_form
    form.fields["personal_share"].setText("150")  # a bad value: refused in words
    assert not window.personal.finetune_button.isEnabled() and "share" in form.error_label.text()
    form.fields["personal_share"].setText("10")
    form.fields["epochs"].setText("1")  # the fine-tune's own settings, not the training form's
    assert window.personal.finetune_button.isEnabled()
    window.personal.finetune_button.click()
    assert window.training.is_running() and not window.personal.finetune_button.isEnabled()
    assert window.training.form.isHidden() and not form.fields["epochs"].isEnabled()
    assert "1 epoch," in window.training.figures.text() and "10%" in window.training.figures.text()
    with qtbot.waitSignal(window.training.finetuned, timeout=60000) as sig:
        pass
    report, path = sig.args
    assert report.trained_on == 2 and report.before.personal_n == 0  # too few to hold out
    assert "bnn-cnn-personal" in path and base.read_bytes() == base_bytes
    qtbot.waitUntil(lambda: str(window.session.model.file.path) == path, timeout=30000)
    assert window.session.model.file.metrics["finetune"]["trained_on"] == 2
    kinds = [s["kind"] for s in window.session.model.file.recipe]  # its base's, then its own
    assert kinds == [s["kind"] for s in checkpoint_read(base).recipe] + ["window_finetune"]
    assert "Fine-tuned" in window.personal.report.text()
    assert "held out" in window.personal.report.text()  # what to do: too few to measure on
    assert len(window.training.record.test) == 1  # the epochs asked for, on the same curves
    qtbot.waitUntil(lambda: window.personal.finetune_button.isEnabled())
    assert not window.training.form.isHidden()


def test_thumbnails_are_drawn_in_the_background(window, qtbot):
    """Showing a large set drew every thumbnail inside the GUI thread (3,000 digits: seconds
    frozen). The list appears at once with blank icons; the drawn ones replace them."""
    from bnn_gui.research.handwriting import draw_digit
    from bnn_gui.core.runs.personal import Sample

    rng = np.random.default_rng(0)
    for d in range(60):
        window.personal.set.add(Sample(d % 10, [s.tolist() for s in draw_digit(d % 10, rng)]))
    window.personal._set_changed()
    window.personal_dock.show()
    window.personal_dock.raise_()
    panel = window.personal
    qtbot.waitUntil(lambda: panel.list.count() == 60)
    blank = panel.list._placeholder().cacheKey()
    qtbot.waitUntil(lambda: all(panel.list.item(i).icon().cacheKey() != blank
                                for i in range(60)), timeout=20000)
    # the icon shows the digit: a drawn 1's thumbnail has ink in its middle column
    one = next(panel.list.item(i) for i in range(60) if panel.list.item(i).text() == "1")
    img = one.icon().pixmap(56, 56).toImage()
    assert max(img.pixelColor(28, y).lightness() for y in range(56)) > 100


def test_the_list_follows_each_change_without_rebuilding(qtbot, tmp_path):
    """Issue 31 #2 and #8: a label touched only its own row (a 20,000-digit list was rebuilt
    at every label), other windows' digits still arrive, and a date is never markup."""
    from bnn_gui.core.runs.personal import Sample
    from bnn_gui.gui.docks.personal_panel import PersonalPanel

    path = tmp_path / "s.json"
    seed = PersonalSet(path)
    for d in range(30):
        seed.add(Sample(d % 10, [[(0.0, 0.0), (10.0, 10.0 + d)]]))
    panel = PersonalPanel(lambda: PersonalSet.open(path))
    qtbot.addWidget(panel)
    panel.show()
    panel.set  # opened and listed
    panel.rebuild()
    first = panel.list.item(0)

    def labels():
        return [panel.list.item(i).text() for i in range(panel.list.count())]

    panel.label_drawing(Sample(5, [[(1.0, 1.0), (9.0, 9.0)]], created="<b>big</b>"), 1, None)
    assert labels() == sorted(labels()) and labels().count("5") == 4
    assert panel.list.item(0) is first  # the rows before it were left alone
    tip = next(panel.list.item(i).toolTip() for i in range(panel.list.count())
               if "big" in panel.list.item(i).toolTip())
    assert "&lt;b&gt;" in tip  # shown as the text it is
    other = PersonalSet.open(path)  # a second window adds two digits
    other.add(Sample(0, [[(2.0, 2.0), (3.0, 3.0)]]))
    other.add(Sample(0, [[(4.0, 4.0), (3.0, 3.0)]]))
    panel.label_drawing(Sample(9, [[(1.0, 1.0), (9.0, 9.0)]]), 2, None)
    assert panel.list.count() == 34 == len(PersonalSet.open(path))
    assert labels() == sorted(labels()) and labels().count("0") == 5
