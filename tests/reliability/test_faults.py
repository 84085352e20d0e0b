"""Faults during training: Stop at random moments, the window closed mid-run, a model folder
that cannot be written."""

import errno
import os
import time

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bnn_gui.core.nets import checkpoint
from bnn_gui.core import files
from bnn_gui.core.paths import user_models_dir
from helpers_reliability import responsive
from synthetic import make_synthetic

DATA = make_synthetic(n_train=3000, n_test=200)


def start_run(window, epochs="6", batch_size="50"):
    panel = window.training
    panel.load_data = lambda progress, download=False: DATA
    panel.preset_box.setCurrentText("seed-mlp")
    panel.fields["epochs"].setText(epochs)
    panel.fields["batch_size"].setText(batch_size)
    assert panel.start()
    return panel


def leftovers():
    folder = user_models_dir()
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_stop_at_random_moments_50_times(window, qtbot, messages):
    """Each time: a clean stop, nothing saved, no message, the live model unchanged and the
    window responsive; then the next run starts. How long the stops take is printed, not
    asserted (benchmarks/training_responsiveness.py measures it); the timeouts only turn a
    hang into a failure."""
    live = window.session.model
    rng = np.random.default_rng(0)
    stops = []
    for i in range(50):
        panel = start_run(window)
        qtbot.wait(int(rng.integers(0, 400)))  # from "reading the data" to mid-epoch
        t = time.perf_counter()
        panel.stop()
        qtbot.waitUntil(lambda: not panel.is_running(), timeout=30000)
        stops.append(time.perf_counter() - t)
        qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=30000)
        assert panel.progress.format() == "stopped", i
        assert responsive(qtbot, window)
    assert window.session.model is live and leftovers() == [] and not messages
    print(f"50 stops: first {stops[0] * 1000:.0f} ms, slowest of the others "
          f"{max(stops[1:]) * 1000:.0f} ms, median {np.median(stops) * 1000:.0f} ms")


def test_closing_the_window_mid_run_several_times(qtbot, tmp_path, messages):
    from bnn_gui.gui.main_window import MainWindow

    rng = np.random.default_rng(1)
    for i in range(5):
        w = MainWindow(model="bnn-mlp", settings=QSettings(str(tmp_path / f"{i}.ini"),
                                                           QSettings.Format.IniFormat))
        w.show()
        qtbot.waitUntil(lambda: w.session.model is not None, timeout=30000)
        panel = start_run(w, epochs="3", batch_size="20")
        thread = panel.runs.thread
        qtbot.wait(int(rng.integers(50, 1500)))
        w.close()
        assert not thread.isRunning(), i
        w.deleteLater()
        qtbot.wait(10)
    # a run may have finished and saved before the close: any file there is whole and loads
    for name in leftovers():
        assert not name.endswith(files.TEMP_SUFFIX)
        checkpoint.read_model_file(user_models_dir() / name)
    assert not messages


@pytest.mark.parametrize("fault", [
    (PermissionError, errno.EACCES, "Permission denied"),  # a read-only folder
    (OSError, errno.ENOSPC, "No space left on device"),  # a full disk
])
def test_a_model_folder_that_cannot_be_written(window, qtbot, monkeypatch, tmp_path, fault):
    """The run's network is not lost: the user is told why and can save it elsewhere; the
    folder is left as it was and the live model stays until the new one is saved."""
    kind, code, text = fault
    live = window.session.model
    real_mkstemp = files.tempfile.mkstemp

    def refuse(*a, dir=None, **k):
        if str(dir) == str(user_models_dir()):
            raise kind(code, text)
        return real_mkstemp(*a, dir=dir, **k)
    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, body, *a: asked.append(body)
                        or QMessageBox.StandardButton.Save)
    elsewhere = tmp_path / "elsewhere.safetensors"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    panel = start_run(window, epochs="1")
    qtbot.waitUntil(lambda: bool(asked), timeout=30000)
    assert text in asked[0] and str(user_models_dir()) in asked[0]
    qtbot.waitUntil(lambda: window.session.model is not live, timeout=30000)
    assert str(window.session.model.file.path) == str(elsewhere)
    assert checkpoint.read_model_file(elsewhere).config.name == "seed-mlp"
    assert leftovers() == []
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=2000)


def test_the_personal_set_on_a_full_disk(window, qtbot, monkeypatch, messages):
    from gui_mouse import drag

    drag(window.canvas, [(300, 100), (300, 400)])
    window.label_drawing(1)
    path = window.personal.set.path
    before = path.read_bytes()
    monkeypatch.setattr(files.os, "fsync", lambda fd: (_ for _ in ()).throw(
        OSError(errno.ENOSPC, "No space left on device")))
    drag(window.canvas, [(200, 100), (220, 300)])
    window.label_drawing(7)
    assert "No space left" in messages[0][1] and "not saved" in window.statusBar().currentMessage()
    assert path.read_bytes() == before and len(window.personal.set) == 1
    assert not [p for p in os.listdir(path.parent) if p.endswith(files.TEMP_SUFFIX)]
