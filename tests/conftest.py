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


def _real_user_dir() -> Path:
    from bnn_gui.core.paths import user_dir

    return user_dir()  # before any test points BNN_GUI_HOME at its own folder


REAL_USER_DIR = _real_user_dir()


@pytest.fixture(autouse=True)
def _isolated_user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BNN_GUI_HOME", str(tmp_path / "user"))


@pytest.fixture(autouse=True, scope="session")
def _windows_end_in_order():
    """Like every entry point, the test session makes windows end in Qt's order at exit
    (gui/lifetime.py), whichever test made them."""
    try:
        from bnn_gui.gui.lifetime import register_teardown
    except ImportError:  # the core tests run without Qt too
        return
    register_teardown()


@pytest.fixture(autouse=True, scope="session")
def _english():
    """The window's English, as the app installs it (its plural forms: "1 digit", "2
    digits"), for every test that makes a QApplication."""
    try:
        from PySide6.QtWidgets import QApplication

        from bnn_gui.gui import language
    except ImportError:  # the core tests run without Qt too
        return

    app = QApplication.instance() or QApplication([])
    language.install(app, "en")


@pytest.fixture
def synthetic():
    return make_synthetic()


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch):
    """A modal dialog nobody can close would hang the run offscreen. Every way the app opens
    one answers at once (Cancel, No, an empty file name) and is recorded; a test that did not
    expect it (by patching it itself) then fails, naming the dialog."""
    try:
        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
    except ImportError:  # the core tests run without Qt too
        yield
        return
    opened = []

    def record(kind, answer):
        def stand_in(*args, **kwargs):
            texts = [a for a in args if isinstance(a, str)]
            opened.append(f"{kind}: {' / '.join(t[:120] for t in texts[:2]) or '(no text)'}")
            return answer
        return stand_in

    no = QMessageBox.StandardButton.No
    for kind in ("warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, record(f"QMessageBox.{kind}", None))
    monkeypatch.setattr(QMessageBox, "question", record("QMessageBox.question", no))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: record(
        f"QMessageBox.exec ({self.windowTitle()}: {self.text()[:120]})", 0)())
    monkeypatch.setattr(QDialog, "exec", lambda self: record(
        f"{type(self).__name__}.exec ({self.windowTitle()})", 0)())
    for kind in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, kind, record(f"QFileDialog.{kind}", ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        record("QFileDialog.getExistingDirectory", ""))
    for kind in ("getText", "getInt", "getItem", "getDouble"):
        monkeypatch.setattr(QInputDialog, kind, record(f"QInputDialog.{kind}", (None, False)))
    yield
    if opened:
        pytest.fail("a modal dialog the test did not expect opened: " + "; ".join(opened),
                    pytrace=False)


def _mnist_missing_line() -> str:
    from bnn_gui.core.runs.data import FILES

    return ("MNIST not found (and could not be fetched): put " + ", ".join(FILES) +
            " (gzipped or not) in a folder and set BNN_GUI_DATA to it")


@pytest.fixture(scope="session")
def mnist():
    """MNIST found the way the app finds it; online, fetched once by the app's own
    downloader into its cache; offline and absent, the test is skipped saying what to do."""
    from bnn_gui.core.runs.data import DataError, download_mnist, find_mnist, load_mnist

    if find_mnist() is None:
        try:  # into the app's own cache (not a test's folder), so once for every later run
            folder = download_mnist(REAL_USER_DIR / "mnist")
        except (DataError, OSError):
            pytest.skip(_mnist_missing_line())
        os.environ["BNN_GUI_DATA"] = str(folder)  # the window finds it too
    return load_mnist(download=False)


@pytest.fixture
def open_window(qtbot, tmp_path):
    """Opens the main window on ``model`` with its own settings file, shown and with the model
    loaded (GUI tests)."""
    def open_(model: str):
        from PySide6.QtCore import QSettings

        from bnn_gui.gui.lifetime import register_teardown
        from bnn_gui.gui.main_window import MainWindow

        register_teardown()  # windows end in Qt's order at exit, as the app's do
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        w = MainWindow(model=model, settings=settings)
        qtbot.addWidget(w)
        w.resize(1200, 760)
        w.show()
        qtbot.waitUntil(lambda: w.session.model is not None, timeout=30000)
        return w
    return open_
