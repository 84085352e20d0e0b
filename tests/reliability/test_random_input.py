"""Random input, bounded: a few thousand seeded clicks, drags, wheel turns and keys (the
shortcuts included) on the window's parts. No exception escapes, nothing crashes, no modal
dialog is left open, and the window still reads a drawing at the end."""

import sys

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from gui_mouse import drag
from random_events import dialog_patches, open_modal_dialogs, random_event
from synthetic import make_synthetic

EVENTS = 2500


@pytest.fixture
def no_dialogs(monkeypatch):
    shown = []
    for obj, name, fn in dialog_patches(shown):
        monkeypatch.setattr(obj, name, fn)
    return shown


def test_thousands_of_random_events_break_nothing(window, qtbot, no_dialogs):
    errors = []
    hook, sys.excepthook = sys.excepthook, lambda *exc: errors.append(exc)
    try:
        data = make_synthetic(n_train=300, n_test=100)
        window.training.load_data = lambda progress, download=False: data
        window.inside.lab.load_data = lambda progress, download=False: data
        window.training.preset_box.setCurrentText("seed-mlp")
        window.training.fields["epochs"].setText("1")
        rng = np.random.default_rng(7)
        c = window.canvas
        for i in range(EVENTS):
            random_event(window, rng)
            if i % 25 == 0:
                QApplication.processEvents()
                assert not open_modal_dialogs()
        window.training.stop()
        window.inside.lab.stop()
        qtbot.waitUntil(lambda: not window.training.is_running()
                        and not window.inside.lab.is_running(), timeout=30000)
    finally:
        sys.excepthook = hook
    import traceback
    assert not errors, "".join(traceback.format_exception(*errors[0]))
    window.session.drawing.clear()
    drag(c, [(c.width() / 2, 40 + i * 5) for i in range(50)])
    assert window.refresh().digit is not None  # it still reads
