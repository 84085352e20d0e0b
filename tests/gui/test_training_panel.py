"""The training panel driven as a user would: fill the form, press Start/Stop, close the window."""

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from bnn_gui.core.runs import training
from bnn_gui.core.runs.data import DataError, mnist_missing
from bnn_gui.core.paths import user_models_dir
from synthetic import make_synthetic
from gui_mouse import drag


def use_data(panel, data):
    panel.load_data = lambda progress, download=False: data


def fill(panel, preset="seed-mlp", epochs="2", batch_size="50", lr="0.01", seed="0"):
    panel.preset_box.setCurrentText(preset)
    for key, value in dict(epochs=epochs, batch_size=batch_size, lr=lr, seed=seed).items():
        panel.fields[key].setText(value)


def model_files():
    folder = user_models_dir()
    return sorted(folder.iterdir()) if folder.exists() else []


@pytest.fixture
def warnings(monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: seen.append(text))
    return seen


@pytest.mark.parametrize("field,value,message", [
    ("epochs", "0", "epochs = 0 is out of range"),
    ("batch_size", "-5", "batch size = -5 is out of range"),
    ("lr", "1e9", "learning rate = 1000000000.0 is out of range"),
    ("lr", "fast", "learning rate = 'fast' is not a number"),
    ("seed", "1.5", "seed = '1.5' is not a number"),
])
def test_out_of_range_values_are_refused_before_anything_starts(window, field, value, message):
    panel = window.training
    panel.fields[field].setText(value)
    assert message in panel.error_label.text()
    assert not panel.start_button.isEnabled()
    assert panel.start() is False and panel.record is None
    panel.fields[field].setText("3" if field != "lr" else "0.01")
    assert panel.error_label.text() == "" and panel.start_button.isEnabled()


def test_defaults_are_the_quick_bnn_and_follow_the_preset(window):
    panel = window.training
    assert panel.preset_box.currentText() == "bnn-quick"
    cfg, tc = panel.configs()
    assert cfg.binary_weights and cfg.binary_activations  # a true BNN
    assert tc.epochs <= 3 and tc.lr_schedule == "cosine"
    panel.preset_box.setCurrentText("bnn-mlp")  # the paper's recipe, cut short for the window
    _, tc = panel.configs()
    assert tc.epochs <= 5 and tc.lr_schedule == "epoch"
    panel.preset_box.setCurrentText("float-mlp")
    assert not panel.weights_box.isEnabled()  # a float net has no binarisation mode
    panel.preset_box.setCurrentText("binaryconnect-det")
    panel.weights_box.setCurrentIndex(panel.weights_box.findData("stoch"))
    assert panel.configs()[0].weights == "stoch"


def test_a_run_trains_reports_saves_and_becomes_the_live_model(window, qtbot, warnings,
                                                                 monkeypatch):
    panel = window.training
    use_data(panel, make_synthetic(n_train=600, n_test=200))
    # a live model that scores lower than the run's: the new one takes its place
    monkeypatch.setattr(type(window.session.model), "test_accuracy", property(
        lambda m: 0.2 if m.name == "bnn-cnn" else m.file.test_accuracy))
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    window.refresh()
    fill(panel, epochs="3")
    assert panel.start()
    assert not panel.start_button.isEnabled() and panel.stop_button.isEnabled()
    with qtbot.waitSignal(panel.model_saved, timeout=60000) as saved:
        pass
    path = saved.args[0]
    qtbot.waitUntil(lambda: window.session.model is not None
                    and str(window.session.model.file.path) == path
                    and path in window.model_status.text() + window.model_box.currentData(),
                    timeout=30000)
    assert not warnings
    assert model_files() == [user_models_dir() / path.split("/")[-1]]
    assert window.model_box.findData(path) >= 0 and window.model_box.currentData() == path
    assert window.session.model.config.name == "seed-mlp"
    assert window.session.model.test_accuracy > 0.5  # synthetic classes are easy
    [stage] = window.session.model.file.recipe  # how it was made, in the file
    assert stage["kind"] == "window_train" and stage["settings"]["train_config"]["epochs"] == 3
    assert len(panel.record.test) == 3 and len(panel.record.batch_loss) == 36  # 3 x 12 batches
    assert len(panel.plots.flip_curves) == 4  # dense1..3 and out
    assert "Watch it learn" in panel.watch.text()
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=5000)
    assert window.last_reading.digit is not None  # the drawing was read by the new model


def test_a_run_that_scores_below_the_live_model_is_kept_one_click_away(window, qtbot):
    """F5 after the shipped 99% bnn-cnn: the run's model does not silently replace it."""
    from bnn_gui.core.runs.data import Dataset

    panel = window.training
    data = make_synthetic(n_train=300, n_test=100)
    rng = np.random.default_rng(1)  # labels the pictures do not tell: about 10% on test
    use_data(panel, Dataset(data.train_x, rng.permutation(data.train_y), data.test_x,
                            rng.integers(0, 10, len(data.test_y)).astype(np.uint8),
                            source="synthetic"))
    live = str(window.session.model.file.path)
    fill(panel, epochs="1")
    with qtbot.waitSignal(panel.model_saved, timeout=60000) as saved:
        assert panel.start()
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=30000)
    qtbot.wait(100)
    assert str(window.session.model.file.path) == live  # bnn-cnn stays live
    assert panel.use_button.isVisible() and "stays live" in panel.figures.text()
    assert window.model_box.findData(saved.args[0]) >= 0  # the new one is in the Model box
    panel.use_button.click()
    qtbot.waitUntil(lambda: str(window.session.model.file.path) == saved.args[0],
                    timeout=30000)
    assert not panel.use_button.isVisible()


def slow_run(window, qtbot):
    panel = window.training
    use_data(panel, make_synthetic(n_train=20000, n_test=200))
    fill(panel, preset="bnn-mlp", epochs="50", batch_size="20")
    panel.start()
    qtbot.waitUntil(lambda: panel.record is not None and len(panel.record.batch_loss) > 0, timeout=30000)  # it is training
    return panel


def test_stop_ends_the_run_and_keeps_everything(window, qtbot, warnings):
    """(How fast a stop is, is measured in benchmarks/training_responsiveness.py; the
    timeouts here only keep a hang from stalling the suite.)"""
    live = window.session.model
    panel = slow_run(window, qtbot)
    with qtbot.waitSignal(panel.runs.thread.finished, timeout=30000):
        panel.stop_button.click()
    assert window.session.model is live and model_files() == []
    assert "Nothing was saved" in panel.figures.text()
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=30000)
    assert not warnings


def test_closing_the_window_mid_run_stops_the_worker(window, qtbot):
    panel = slow_run(window, qtbot)
    thread = panel.runs.thread
    window.close()
    assert not thread.isRunning()
    assert model_files() == []


def test_an_error_in_training_reaches_the_window(window, qtbot, warnings):
    panel = window.training

    def broken(progress, download=False):
        raise RuntimeError("the disk caught fire")
    panel.load_data = broken
    panel.start()
    qtbot.waitUntil(lambda: len(warnings) > 0, timeout=10000)
    assert "the disk caught fire" in warnings[0]
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=2000)
    window.refresh()  # the app keeps working
    assert window.session.model is not None


def test_a_nan_loss_stops_the_run_and_suggests_a_smaller_rate(window, qtbot, warnings, monkeypatch):
    monkeypatch.setattr(training.F, "cross_entropy",
                        lambda logits, y: (logits * float("nan")).sum())
    panel = window.training
    use_data(panel, make_synthetic(n_train=200, n_test=50))
    fill(panel, epochs="2")
    panel.start()
    qtbot.waitUntil(lambda: len(warnings) > 0, timeout=10000)
    assert "nan" in warnings[0] and "smaller" in warnings[0]
    assert model_files() == []


def test_missing_mnist_says_what_to_put_where_and_offers_a_download(window, qtbot, warnings,
                                                                    monkeypatch):
    asked, calls = [], []

    def load(progress, download=False):
        calls.append(download)
        if not download:
            raise mnist_missing()
        raise DataError("could not download: offline")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    panel = window.training
    panel.load_data = load
    panel.start()
    qtbot.waitUntil(lambda: len(warnings) > 0, timeout=10000)
    assert "t10k-images-idx3-ubyte" in asked[0] and "Download" in asked[0]
    assert calls == [False, True]  # the second try downloads
    assert "offline" in warnings[0]


def test_watch_it_learn_never_speaks_of_another_drawing(window, qtbot):
    panel = window.training
    use_data(panel, make_synthetic(n_train=300, n_test=100))
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    window.refresh()
    fill(panel, epochs="1")
    with qtbot.waitSignal(panel.model_saved, timeout=60000):
        assert panel.start()
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=30000)
    assert "Watch it learn" in panel.watch.text()
    window.session.drawing.clear()
    drag(c, [(40, 40), (200, 40)])  # another drawing, after the run
    window.refresh()
    assert panel.watch.text() == ""


def test_the_device_choice_reaches_the_run(window, qtbot, warnings):
    """CPU trains; a CUDA GPU that is not there is one message, and nothing is read."""
    import torch

    panel = window.training
    read = []
    data = make_synthetic(n_train=200, n_test=100)
    panel.load_data = lambda progress, download=False: read.append(1) or data
    fill(panel, epochs="1")
    panel.form.device_box.setCurrentIndex(panel.form.device_box.findData("cpu"))
    with qtbot.waitSignal(panel.model_saved, timeout=60000):
        panel.start()
    if torch.cuda.is_available():
        return
    read.clear()
    panel.form.device_box.setCurrentIndex(panel.form.device_box.findData("cuda"))
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=30000)
    panel.start()
    qtbot.waitUntil(lambda: len(warnings) > 0, timeout=30000)
    assert "no CUDA GPU" in warnings[0] and not read


def test_watch_it_learn_names_what_the_new_live_model_reads(window, qtbot):
    """After a run the live model changes: "the live model reads" follows it at once."""
    from types import SimpleNamespace

    panel = window.training
    x = np.zeros((28, 28), np.float32)
    x[4:24, 12:16] = 1
    old = SimpleNamespace(input=x, digit=9, confidence=0.55)
    panel.show_reading(old)
    panel._show_watch(1, SimpleNamespace(input=x, digit=1, confidence=0.9))
    assert "9 (55%)" in panel.watch.text()
    panel.show_reading(SimpleNamespace(input=x, digit=1, confidence=0.97))  # a new live model
    assert "9 (55%)" not in panel.watch.text() and "1 (97%)" in panel.watch.text()


def test_a_model_that_cannot_be_saved_is_saved_elsewhere_on_request(window, qtbot, tmp_path,
                                                                    monkeypatch):
    """The model folder cannot be written: the trained network is kept, the user is asked,
    and the file they choose gets the model (with its recipe) and becomes the live one."""
    from PySide6.QtWidgets import QFileDialog

    from bnn_gui.core.nets import checkpoint
    from bnn_gui.gui.runs import training_panel

    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setattr(training_panel, "user_models_dir", lambda: blocker / "models")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a:
                        asked.append(text) or QMessageBox.StandardButton.Save)
    elsewhere = tmp_path / "kept.safetensors"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    panel = window.training
    use_data(panel, make_synthetic(n_train=200, n_test=100))
    fill(panel, epochs="1")
    with qtbot.waitSignal(panel.model_saved, timeout=60000) as saved:
        assert panel.start()
    assert "could not be saved" in asked[0] and saved.args == [str(elsewhere)]
    assert panel.record.state == "done" and panel.record.saved_path == str(elsewhere)
    assert checkpoint.read_model_file(elsewhere).recipe[-1]["kind"] == "window_train"
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=30000)
