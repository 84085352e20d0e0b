"""The float twin: a network of the same shape reads the same drawing, side by side with the
live model, to see what binarising costs. A control picks the twin: real weights and
activations (float-mlp), binary weights only (BinaryConnect), or fully binary (bnn-mlp)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .painted import TextLine
from .prediction_view import ProbabilityBars
from .session import ModelLoader

TWINS = [  # (label, shipped model name)
    ("float: real weights and activations (float-mlp)", "float-mlp"),
    ("binary weights only: BinaryConnect (binaryconnect-det)", "binaryconnect-det"),
    ("fully binary: weights and activations ±1 (bnn-mlp)", "bnn-mlp"),
]


class _Side(QWidget):
    def __init__(self, title: str):
        super().__init__()
        self.title = QLabel(title, wordWrap=True)
        self.answer = TextLine(point_size=32, bold=True)
        self.answer.set_colour("#ff8c00")
        self.answer.setText("–")
        self.bars = ProbabilityBars()
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.answer)
        lay.addWidget(self.bars, 1)

    def show_reading(self, reading) -> None:
        if reading is None or reading.digit is None:
            self.answer.setText("–")
            self.bars.set_probabilities([0] * 10)
            return
        self.answer.setText(f"{reading.digit}  ({100 * reading.confidence:.0f}%)")
        self.bars.set_probabilities(reading.probabilities)


class TwinPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.choice = QComboBox()
        for text, name in TWINS:
            self.choice.addItem(text, name)
        self.choice.setToolTip("The network to compare with the live model on your drawing")
        self.choice.currentIndexChanged.connect(self._on_choice_changed)
        self.live = _Side("live model")
        self.twin = _Side("twin")
        self.status = QLabel(wordWrap=True)
        self.model = None  # the twin's own model, loaded off the GUI thread
        self.loader = ModelLoader(self)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.loader.failed.connect(self.status.setText)
        self._x = None
        self._live_reading = None
        top = QHBoxLayout()
        top.addWidget(QLabel("Compare with"))
        top.addWidget(self.choice, 1)
        sides = QHBoxLayout()
        sides.addWidget(self.live, 1)
        sides.addWidget(self.twin, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(sides, 1)
        lay.addWidget(self.status)

    def start(self) -> None:
        """Load the chosen twin (first use of the panel)."""
        if self.model is None:
            self._on_choice_changed()

    def _on_choice_changed(self, *_):
        name = self.choice.currentData()
        self.status.setText(f"loading {name}…")
        self.loader.load(name)

    def _on_loader_loaded(self, model) -> None:
        self.model = model
        acc = model.test_accuracy
        self.twin.title.setText(f"twin: {model.name} ({model.engine} engine"
                                + (f", test accuracy {100 * acc:.2f}%)" if acc else ")"))
        self.status.setText("")
        self.update_from(self._x, self._live_reading, None)

    def update_from(self, x28, live_reading, live_model) -> None:
        """Both networks on the same 28x28 (None: blank canvas)."""
        self._x, self._live_reading = x28, live_reading
        if live_model is not None:
            acc = live_model.test_accuracy
            self.live.title.setText(f"live: {live_model.name}"
                                    + (f" (test accuracy {100 * acc:.2f}%)" if acc else ""))
        self.live.show_reading(live_reading)
        self.twin.show_reading(None if self.model is None else self.model.read(x28))
