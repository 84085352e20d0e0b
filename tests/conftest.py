"""Shared fixtures. Qt runs offscreen; every test gets its own user folder (BNN_GUI_HOME) so
nothing touches the real one; MNIST comes from BNN_GUI_DATA (../shared/data/mnist in CI)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from synthetic import make_synthetic

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
SHARED_MNIST = REPO.parent / "shared" / "data" / "mnist"
if "BNN_GUI_DATA" not in os.environ and SHARED_MNIST.is_dir():
    os.environ["BNN_GUI_DATA"] = str(SHARED_MNIST)


@pytest.fixture(autouse=True)
def _isolated_user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BNN_GUI_HOME", str(tmp_path / "user"))


@pytest.fixture
def synthetic():
    return make_synthetic()


@pytest.fixture(scope="session")
def mnist():
    from bnn_gui.core.data import find_mnist, load_mnist

    if find_mnist() is None:
        pytest.fail("MNIST not found: set BNN_GUI_DATA to the folder with its four IDX files "
                    "(CI uses ../shared/data/mnist)")
    return load_mnist(download=False)


@pytest.fixture
def open_window(qtbot, tmp_path):
    """Opens the main window on ``model`` with its own settings file, shown and with the model
    loaded (GUI tests)."""
    def open_(model: str):
        from PySide6.QtCore import QSettings

        from bnn_gui.gui.main_window import MainWindow

        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        w = MainWindow(model=model, settings=settings)
        qtbot.addWidget(w)
        w.resize(1200, 760)
        w.show()
        qtbot.waitUntil(lambda: w.session.model is not None, timeout=30000)
        return w
    return open_
