"""The reliability suite (issue 8): bad input, faults mid-training, long sessions."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def window(qtbot, tmp_path):
    """The window with the shipped bnn-mlp live (the quicker of the binary models)."""
    from bnn_gui.gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(model="bnn-mlp", settings=settings)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitUntil(lambda: w.session.model is not None, timeout=30000)
    return w


@pytest.fixture
def messages(monkeypatch):
    """Every message box the app shows, as (title, text), answered at once."""
    seen = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda parent, title, text, *a, **k: seen.append((title, text)))
    return seen
