"""MNIST missing, in the window: one flow (what is missing, the offer with its size and
place, a download with progress that can be cancelled, then what was asked for)."""

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from bnn_gui.core.runs import data


@pytest.fixture
def no_mnist(monkeypatch, tmp_path):
    real = data.find_mnist()  # the real MNIST, if any: it stands in for a download
    monkeypatch.delenv("BNN_GUI_DATA")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(data, "_cache", {})
    assert data.find_mnist() is None
    return real


def asked(monkeypatch, answer):
    questions = []

    def question(parent, title, text, *a, **k):
        questions.append((title, text))
        return answer
    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def test_declining_the_offer_changes_nothing(window, qtbot, monkeypatch, no_mnist):
    questions = asked(monkeypatch, QMessageBox.StandardButton.No)
    strokes = window.canvas.strokes
    window.load_mnist_digit()
    [(title, text)] = questions
    assert "was not found on this computer" in text and "could not be downloaded" not in text
    assert "11 MB" in text and "mnist" in text
    assert window.canvas.strokes == strokes and window.mnist_source.dialog is None


def test_accepting_downloads_with_progress_then_shows_the_digit(window, qtbot, monkeypatch,
                                                                no_mnist):
    if not no_mnist:
        pytest.skip("needs MNIST to stand in for the download")
    asked(monkeypatch, QMessageBox.StandardButton.Yes)
    seen = []

    def fake_download(dest, progress=None, timeout=10, should_stop=None):
        for done in (0, 5_000_000, 11_000_000):
            progress("downloading train-images-idx3-ubyte.gz", done, 11_000_000)
        seen.append(dest)
        return data.Path(no_mnist)
    monkeypatch.setattr(data, "download_mnist", fake_download)
    window.load_mnist_digit(3)
    assert window.mnist_source.dialog is not None  # progress shown while it downloads
    qtbot.waitUntil(lambda: window.mnist_source.dialog is None, timeout=30000)
    assert seen and seen[0].name == "mnist"  # into the data folder, as offered
    assert "MNIST test digit #3" in window.statusBar().currentMessage()


def test_cancel_stops_the_download_and_changes_nothing(window, qtbot, monkeypatch, no_mnist):
    asked(monkeypatch, QMessageBox.StandardButton.Yes)
    started, stopped = threading.Event(), threading.Event()

    def slow_download(dest, progress=None, timeout=10, should_stop=None):
        started.set()
        while not should_stop():
            progress("downloading", 1, 100)
            threading.Event().wait(0.01)
        stopped.set()
        raise data.DownloadCancelled("the download of MNIST was cancelled")
    monkeypatch.setattr(data, "download_mnist", slow_download)
    strokes = window.canvas.strokes
    window.load_mnist_digit()
    assert started.wait(10)
    from PySide6.QtWidgets import QPushButton

    window.mnist_source.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert stopped.wait(10) and window.mnist_source.dialog is None
    qtbot.wait(100)
    assert window.canvas.strokes == strokes  # and no message: the person cancelled
