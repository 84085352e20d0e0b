"""The live model and its lifetime, with no widgets.

Loading a model (which imports PyTorch the first time) happens on a background thread so the
window never freezes; a newer request makes an older one's result stale, and a failed load
keeps the current model.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class Session(QObject):
    model_loaded = Signal(object)  # bnn_gui.core.inference.Model
    model_failed = Signal(str)  # a message naming the file and the problem
    _loaded_in_thread = Signal(object, int)  # delivered to the GUI thread (queued)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = None
        self._request = 0
        self._lock = threading.Lock()
        self._loaded_in_thread.connect(self._on_loaded)

    def load_model_async(self, path_or_name) -> None:
        with self._lock:
            self._request += 1
            request = self._request
        threading.Thread(target=self._load, args=(path_or_name, request), daemon=True).start()

    def load_model(self, path_or_name):
        """Load synchronously (tests, scripts); raises ModelFileError."""
        from ..core.inference import load_model

        self.model = load_model(path_or_name)
        self.model_loaded.emit(self.model)
        return self.model

    def _load(self, path_or_name, request: int) -> None:
        from ..core.checkpoint import ModelFileError
        from ..core.inference import load_model

        try:
            model, failure = load_model(path_or_name), None
        except ModelFileError as e:
            model, failure = None, str(e)
        except Exception as e:  # a bug or an odd file: say so, keep the current model
            model, failure = None, f"{path_or_name}: could not load ({type(e).__name__}: {e})"
        with self._lock:
            if request != self._request:
                return  # a newer request was made meanwhile
        try:
            if failure:
                self.model_failed.emit(failure)
            else:
                self._loaded_in_thread.emit(model, request)
        except RuntimeError:
            pass  # the window closed while the model loaded: nobody to tell

    def _on_loaded(self, model, request: int) -> None:
        """In the GUI thread: the live model is only ever swapped here, between two reads."""
        if request == self._request:
            self.model = model
            self.model_loaded.emit(model)

    def read(self, image28):
        """The current model's Reading of an MNIST-like 28x28 (None when no model yet)."""
        if self.model is None:
            return None
        return self.model.read(image28)
