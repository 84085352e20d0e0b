"""The reliability suite (issue 8): bad input, faults mid-training, long sessions."""

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def window(open_window):
    """The window with the shipped bnn-mlp live (the quicker of the binary models)."""
    return open_window("bnn-mlp")


@pytest.fixture
def messages(monkeypatch):
    """Every message box the app shows, as (title, text), answered at once."""
    seen = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda parent, title, text, *a, **k: seen.append((title, text)))
    return seen
