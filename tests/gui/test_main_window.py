import numpy as np
from PySide6.QtWidgets import QMessageBox

from gui_mouse import drag, ellipse, open_picture


def settle(qtbot, w):
    qtbot.wait(50)
    w.refresh()


def test_vertical_stroke_reads_one_and_ellipse_reads_zero(window, qtbot):
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    settle(qtbot, window)
    assert window.last_reading.digit == 1
    ones = [la.bits.copy() for la in window.last_reading.layers]
    window.canvas.clear()
    drag(c, ellipse(c.width() / 2, c.height() / 2, 70, 110))
    settle(qtbot, window)
    assert window.last_reading.digit == 0
    assert window.prediction.digit.text() == "0"
    zeros = [la.bits for la in window.last_reading.layers]
    assert all(a.shape == b.shape for a, b in zip(ones, zeros))
    assert any((a != b).any() for a, b in zip(ones, zeros))  # different drawings, different maps


def test_views_update_while_drawing(window, qtbot):
    c = window.canvas
    drag(c, [(100, 100), (100, 200)])
    qtbot.waitUntil(lambda: window.last_reading is not None and window.last_reading.digit is not None,
                    timeout=2000)
    from bnn_gui.gui.live.network_view import LUT

    entry = window.activations._layers[0]
    img, layer = entry["image"], window.last_reading.layers[0]
    # every cell shows its unit's bit: light for +1, dark for -1 (or a flip colour), and the
    # tiling puts channel c's map in its place
    tiling = entry["tiling"]
    checked = 0
    for row in range(0, img.shape[0], 3):
        for col in range(0, img.shape[1], 3):
            unit = tiling.unit_at(row, col)
            if unit is None:
                assert (img[row, col] == LUT[4]).all()
                continue
            bit = layer.bits[unit]
            assert tuple(img[row, col]) in {tuple(LUT[int(bit > 0)]), tuple(LUT[2 + int(bit > 0)])}
            checked += 1
    assert checked > 100 and len({tuple(p) for p in img.reshape(-1, 3)}) >= 3


def test_undo_and_redo_restore_the_input(window, qtbot):
    c = window.canvas
    drag(c, [(150, 60 + i * 6) for i in range(40)])
    settle(qtbot, window)
    first = c.input28().copy()
    drag(c, [(80 + i * 6, 120) for i in range(30)])
    settle(qtbot, window)
    second = c.input28().copy()
    assert np.abs(first - second).max() > 0.3
    window.undo_action.trigger()
    assert np.array_equal(c.input28(), first)
    window.redo_action.trigger()
    assert np.array_equal(c.input28(), second)
    window.canvas.clear()
    assert c.input28() is None
    settle(qtbot, window)
    assert window.prediction.digit.text() == "?"
    window.undo_action.trigger()
    assert np.array_equal(c.input28(), second)


def test_opening_a_non_image_shows_an_error_and_keeps_the_drawing(window, qtbot, tmp_path,
                                                                  monkeypatch):
    c = window.canvas
    drag(c, [(150, 60 + i * 6) for i in range(40)])
    before = c.input28().copy()
    bad = tmp_path / "notes.png"
    bad.write_text("this is not a picture")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[1:]))
    assert open_picture(window, qtbot, bad) is False
    assert shown and "Not an image" in shown[0][0] and "notes.png" in shown[0][1]
    assert np.array_equal(c.input28(), before)


def test_opening_an_image_reads_it(window, qtbot, tmp_path, mnist):
    from PySide6.QtGui import QImage

    digit = 255 - np.kron(mnist.test_x[1], np.ones((6, 6), np.uint8))  # dark ink on white
    digit = np.ascontiguousarray(digit)
    path = tmp_path / "digit.png"
    QImage(digit.data, 168, 168, 168, QImage.Format.Format_Grayscale8).save(str(path))
    assert open_picture(window, qtbot, path)
    settle(qtbot, window)
    assert window.last_reading.digit == mnist.test_y[1]


def test_a_small_bold_scan_is_read_thinned_and_the_window_says_so(window, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    scan = np.zeros((16, 16), np.uint8)
    scan[1:15, 5:11] = 255  # a bold 1 filling a 16x16 scan: strokes 7.5 px wide at 28x28
    path = tmp_path / "scan.png"
    QImage(scan.data, 16, 16, 16, QImage.Format.Format_Grayscale8).save(str(path))
    assert open_picture(window, qtbot, path)
    settle(qtbot, window)
    frame = window.session.drawing.input_frame()
    assert frame.thinned_from > 5
    said = window.statusBar().currentMessage()
    assert "scan.png" in said and "thinned to 2.6 px" in said and "1.43x" in said


def test_mnist_digit_shows_its_true_label(window, qtbot, mnist):
    window.load_mnist_digit()
    settle(qtbot, window)
    assert "MNIST's label" in window.prediction.caption.text()


def test_a_broken_model_file_keeps_the_current_model(window, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "broken.safetensors"
    bad.write_bytes(b"garbage" * 10)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[1:]))
    current = window.session.model
    window.load_model(str(bad))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "broken.safetensors" in shown[0][1]
    assert window.session.model is current


def test_switching_models_and_status(window, qtbot):
    window.load_model("bnn-mlp")
    qtbot.waitUntil(lambda: window.session.model.config.name == "bnn-mlp", timeout=20000)
    assert "test accuracy" in window.model_status.text()
    assert window.model_box.currentText() == "bnn-mlp"


def test_hover_reports_layer_unit_and_the_value_its_sign_reads(window, qtbot):
    c = window.canvas
    drag(c, [(150, 60 + i * 6) for i in range(40)])
    settle(qtbot, window)
    entry = window.activations._layers[-1]
    window.activations.picture.hovered.emit(len(window.activations._layers), 0, 0)
    text = window.activations.info.text()
    layer = entry["layer"]
    assert layer.name in text and "unit 0" in text
    # the packed engine reads the shipped model: the value is the integer dot - threshold
    assert f"dot - threshold {float(layer.pre.flat[0]):+.4g}" in text


def test_settings_are_remembered(window, qtbot, tmp_path):
    """Read back from the file by a new settings object, as the next start does."""
    from PySide6.QtCore import QSettings

    from bnn_gui.gui.main_window import MainWindow

    window.brush.setValue(30)
    window.training_dock.hide()
    window.close()
    fresh = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    w2 = MainWindow(model="bnn-mlp", settings=fresh)
    qtbot.addWidget(w2)
    assert w2.brush.value() == 30
    w2.show()
    assert w2.training_dock.isHidden() and not w2.inside.lab_dock.isHidden()


def test_shortcuts_bring_their_panel_to_the_front_and_never_hide_it(window, qtbot):
    from PySide6.QtCore import Qt

    inside = window.inside
    window.training_dock.raise_()
    qtbot.waitUntil(lambda: not inside.front[inside.evaluation_dock])
    for _ in range(2):  # pressed twice: still in front, not hidden
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: inside.front[inside.evaluation_dock])
        assert inside.evaluation_dock.isVisible()
    inside.evaluation_dock.toggleViewAction().trigger()  # the View menu's toggle hides it
    assert not inside.evaluation_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: inside.front[inside.evaluation_dock])


def test_messages_pass_and_the_model_state_stays(window, qtbot):
    window.say("hello", seconds=0.05)
    assert window.statusBar().currentMessage() == "hello"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=2000)
    assert "test accuracy" in window.model_status.text() and window.model_status.isVisible()


def test_help_lists_every_shortcut_and_links_to_the_panels(window, qtbot):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QKeySequence

    page = window.help.show_shortcuts()
    text = page.browser.toPlainText()
    for a in window.actions():  # made from the actions: every one with keys is listed
        for k in a.shortcuts():
            key = k.toString(QKeySequence.SequenceFormat.NativeText)
            assert key in text or key.isdigit() and "0 … 9" in text, a.text()
    assert "0 … 9" in text and "it's a… the digit pressed" in text
    assert text.count("That's wrong") == 1  # one row for the ten digit keys
    assert "Bring Evaluation to the front" in text and "Backspace" in text
    page.close()
    five = window.help.show_five_minutes()
    assert "XNOR and popcount" in five.browser.toPlainText()
    window.training_dock.raise_()
    five.browser.anchorClicked.emit(QUrl("bnn:weights"))  # a click on "See the latent weights"
    qtbot.waitUntil(lambda: window.inside.front[window.inside.weights_dock])
    five.close()


def test_save_what_the_network_sees_writes_its_levels(window, qtbot, tmp_path, monkeypatch):
    """File > Save what the network sees: nothing on a blank canvas (said in the status bar),
    then the drawing's 28x28 as the 8-bit levels the engine reads, in the format picked."""
    from PySide6.QtWidgets import QFileDialog

    from bnn_gui.core.engine.levels_file import levels

    action = next(a for a in window.actions() if a.text().startswith("&Save what"))
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: asked.append(a) or
                                     (str(tmp_path / "seen"), "PGM picture (*.pgm)")))
    window.canvas.clear()
    action.trigger()
    assert not asked and "draw a digit first" in window.statusBar().currentMessage()
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    settle(qtbot, window)
    action.trigger()
    data = (tmp_path / "seen.pgm").read_bytes()
    assert data.startswith(b"P5\n28 28\n255\n")
    want = levels(window.session.drawing.input28())
    assert np.array_equal(np.frombuffer(data[-784:], np.uint8).reshape(28, 28), want)
    assert want.max() == 255 and (want == 0).mean() > 0.5


def test_docks_keep_their_share_across_resizes_and_a_click_makes_room(window, qtbot):
    """Shrinking the window and growing it back leaves the bottom docks as they were (Qt alone
    left them a strip); clicking a unit gives Inside one neuron 40% of the height."""
    window.resize(1366, 768)
    qtbot.wait(100)
    window._record_bottom_share()
    dock = window.training_dock
    before = dock.height()
    window.resize(900, 520)
    qtbot.wait(100)
    window.resize(1366, 768)
    qtbot.wait(100)
    assert abs(dock.height() - before) <= 3, (dock.height(), before)
    window.activations.unit_clicked.emit("conv1", (0, 3, 3))
    qtbot.wait(100)
    neuron = window.inside.neuron_dock
    assert abs(neuron.height() - 0.4 * window.height()) <= 3
    window.resize(1600, 900)  # and it keeps that share
    qtbot.wait(100)
    assert abs(neuron.height() - 0.4 * window.height()) <= 3


def test_qts_picture_limit_is_raised_only_while_a_picture_is_read(qapp):
    """Process-wide settings change only inside a block that puts them back."""
    import threading

    from PySide6.QtGui import QImageReader

    from bnn_gui.gui.live.images import ALLOCATION_MB, allocation_limit

    before = QImageReader.allocationLimit()
    assert before != ALLOCATION_MB  # nothing set at import
    inside = []

    def read():
        with allocation_limit():
            inside.append(QImageReader.allocationLimit())

    with allocation_limit():
        t = threading.Thread(target=read)
        t.start()
        t.join()
        assert QImageReader.allocationLimit() == ALLOCATION_MB  # the other read left it set
    assert inside == [ALLOCATION_MB] and QImageReader.allocationLimit() == before
