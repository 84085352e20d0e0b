"""The window's live session: ``core.live.LiveSession`` (the drawing, the live model, the
reading; no Qt) given Qt signals, a frame clock and model loading off the GUI thread.

The drawing is read at most once per screen frame however fast pointer events come, and with
no delay when the previous read is a frame old, so a read follows the event that caused it
within the same frame. The live model is only ever swapped here, in the GUI thread, between
two reads; a failed load keeps the current model.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.live import LiveSession
from .background import Background

FRAME_S = 1 / 60  # the shortest time between two reads


class ModelLoader(QObject):
    """Loads models off the GUI thread (the first load imports PyTorch); the newest request
    wins."""

    loaded = Signal(object)  # bnn_gui.core.inference.Model
    failed = Signal(str)  # a message naming the file and the problem

    def __init__(self, parent=None):
        super().__init__(parent)
        self.background = Background(self)
        self.background.done.connect(self.loaded)
        self.background.failed.connect(self._on_background_failed)
        self._request = None

    def load(self, path_or_name) -> None:
        self._request = path_or_name
        self.background.call(lambda stop: _load(path_or_name))

    def _on_background_failed(self, e: Exception) -> None:
        self.failed.emit(_message(self._request, e))


def _load(path_or_name):
    from ..core.inference import load_model

    return load_model(path_or_name)


def _message(path_or_name, e: Exception) -> str:
    from ..core.checkpoint import ModelFileError

    if isinstance(e, ModelFileError):
        return str(e)
    return f"{path_or_name}: could not load ({type(e).__name__}: {e})"


class Session(QObject):
    drawing_changed = Signal(str)  # "point" (a segment was added) or "reset"
    reading_changed = Signal(object)  # the new Reading (None while no model is loaded)
    model_loaded = Signal(object)
    model_failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.live = LiveSession()
        self.drawing = self.live.drawing
        self.loader = ModelLoader(self)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.loader.failed.connect(self.model_failed)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.read)
        self._last_read = -1.0
        self.drawing.subscribe(self._on_drawing_changed)
        self.live.subscribe(self.reading_changed.emit)

    @property
    def model(self):
        return self.live.model

    @property
    def reading(self):
        return self.live.reading

    def load_model_async(self, path_or_name) -> None:
        self.loader.load(path_or_name)

    def load_model(self, path_or_name):
        """Load synchronously (tests, scripts); raises ModelFileError."""
        model = _load(path_or_name)
        self._on_loader_loaded(model)
        return model

    def _on_loader_loaded(self, model) -> None:
        self.live.model = model
        self.model_loaded.emit(model)
        self.read()  # the drawing, read again by the new model at once

    def _on_drawing_changed(self, kind: str) -> None:
        self.drawing_changed.emit(kind)
        self.schedule_read()

    def schedule_read(self) -> None:
        """Read soon: at once if the last read is a frame old, else when it will be."""
        if not self._timer.isActive():
            wait = self._last_read + FRAME_S - time.perf_counter()
            self._timer.start(max(0, int(wait * 1000 + 0.5)))

    def shutdown(self) -> None:
        """The window closes: no more reads; a model still loading is dropped."""
        self._timer.stop()
        self.loader.background.cancel()

    def read(self):
        """Read the drawing now and tell every view (what the frame clock runs)."""
        self._timer.stop()
        self._last_read = time.perf_counter()
        return self.live.read()
