"""The window's live session: ``core.live.LiveSession`` (the drawing, the live model, the
reading; no Qt) given Qt signals, a frame clock and model loading off the GUI thread.

The drawing is read once the event loop has handled every event already queued: a stroke's
pointer events that arrive while a read runs are read together by the next one, so reads never
fall behind the pen, and an idle window reads a new point at once (a fixed frame clock was
measured to add half a frame of latency on average, a whole one at worst). The live model is only ever swapped here, in the GUI thread, between
two reads; a failed load keeps the current model.
"""

from __future__ import annotations

import gc
from contextlib import ExitStack, contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from bnn_gui.core.live.live_session import LiveSession
from bnn_gui.gui.background import Background
from bnn_gui.gui.messages import error_text


@contextmanager
def frozen_gc():
    """Everything that exists now moved out of the garbage collector's sight (``gc.freeze``)
    while the block runs, and given back after (``gc.unfreeze``)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


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
    from bnn_gui.core.inference import load_model

    return load_model(path_or_name)


def _message(path_or_name, e: Exception) -> str:
    from bnn_gui.core.nets.checkpoint import ModelFileError

    if isinstance(e, ModelFileError):
        return error_text(e)
    return f"{path_or_name}: " + QCoreApplication.translate("Session", "could not load ({0})").format(
        f"{type(e).__name__}: {e}")


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
        self._timer = QTimer(self, singleShot=True, interval=0)  # fires when the queue is empty
        self._timer.timeout.connect(self.read)
        # a moved frame's flips are settled once the pen rests (core.stroke_flips)
        self._settle = QTimer(self, singleShot=True, interval=120)
        self._settle.timeout.connect(self._on_settle_timeout)
        self._frozen = False
        self._scope = ExitStack()  # process-wide settings changed for the window's lifetime
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
        self.live.flips.reset()  # the bits before the stroke were another model's
        self.model_loaded.emit(model)
        self.read()  # the drawing, read again by the new model at once
        if not self._frozen:
            # Everything made so far (modules, the window, PyTorch once imported) lives as long
            # as the app: out of the garbage collector's sight, a full collection in the middle
            # of a stroke takes 1-2 ms instead of 15-30 (measured with PyTorch loaded). The
            # collector is the whole process's: it is given back at shutdown.
            self._scope.enter_context(frozen_gc())
            self._frozen = True

    def _on_drawing_changed(self, kind: str) -> None:
        self.drawing_changed.emit(kind)
        self.schedule_read()

    def schedule_read(self) -> None:
        """Read once the events already queued are handled (many changes, one read)."""
        if not self._timer.isActive():
            self._timer.start()

    def _on_settle_timeout(self) -> None:
        if self.live.stale:  # a newer drawing is waiting to be read: read it first
            self._settle.start()
            return
        self.live.settle_flips()

    def shutdown(self) -> None:
        """The window closes: no more reads; a model still loading is dropped; the garbage
        collector sees everything again."""
        self._scope.close()
        self._frozen = False
        self._timer.stop()
        self._settle.stop()
        self.loader.background.cancel()

    def read(self):
        """Read the drawing now and tell every view (what the frame clock runs)."""
        self._timer.stop()
        reading = self.live.read()
        flips = getattr(reading, "flips", None)
        if flips is not None and not flips.exact and not self._settle.isActive():
            self._settle.start()
        return reading
