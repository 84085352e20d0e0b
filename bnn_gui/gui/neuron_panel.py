"""Inside one neuron: the bits, the XNOR row, the popcount, the threshold and the output bit of
the unit a person clicked, on the current drawing (numbers from core.neuron)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .painted import ScoreBars
from .pictures import PictureStrip
from .tiles import tile

# index 0: -1 / disagree, 1: +1 / agree, 2: padding (does not count)
_LUT = np.array([[40, 60, 110], [245, 235, 210], [70, 70, 70]], np.uint8)
PICTURES = ("inputs", "weights", "XNOR: agree (light) or not")


def _grid(values: np.ndarray, shape: tuple) -> np.ndarray:
    """A row of n values as a picture: (C, k, k) tiles side by side for conv windows, else a
    near-square grid (28 wide for the 784 pixels)."""
    if len(shape) == 3:
        c, k, _ = shape
        return tile(values.reshape(c, k, k), 2 if values.dtype != np.float32 else 0)
    n = values.size
    w = 28 if n == 784 else math.ceil(math.sqrt(n))
    out = np.full(math.ceil(n / w) * w, 2 if values.dtype != np.float32 else 0, values.dtype)
    out[:n] = values
    return out.reshape(-1, w)


class NeuronPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel("Click a unit in an activation map to look inside it.")
        self.title.setWordWrap(True)
        self.pictures = PictureStrip(horizontal=True)
        self.pictures.setToolTip("Its inputs, its weights, and where they agree (XNOR); grey "
                                 "taps lie in the zero padding and do not count")
        self.numbers = QLabel(wordWrap=True)
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        self.numbers.setToolTip("How the packed 1-bit engine computes this unit's output bit")
        # fixed heights: new numbers at every stroke must not ask the window for a new layout
        self.title.setFixedHeight(2 * self.title.fontMetrics().height() + 4)
        self.numbers.setFixedHeight(6 * self.numbers.fontMetrics().height() + 4)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        self.pictures.set_layers(list(PICTURES), [(1, 1)] * 3)
        lay.addWidget(self.pictures, 1)
        self.score_bars = ScoreBars()  # "Output scores": in the pictures' place
        self.score_bars.setToolTip("The output layer's ten integer scores: agreeing minus "
                                   "disagreeing bits with each class's weights")
        self.score_bars.hide()
        lay.addWidget(self.score_bars, 1)
        row = QHBoxLayout()
        row.addWidget(self.numbers, 1)
        self.output_button = QPushButton("Output scores")
        self.output_button.setToolTip("The output layer: ten integer scores, the answer is the "
                                      "largest")
        self.output_button.clicked.connect(lambda: self.select("out", ()))
        row.addWidget(self.output_button)
        lay.addLayout(row)
        self.selected: tuple[str, tuple] | None = None
        self._last = None  # (model, x28) of the latest update

    def select(self, layer: str, unit: tuple) -> None:
        self.selected = (layer, tuple(int(u) for u in unit))
        if self._last is not None:
            self.update_from(*self._last)

    def update_from(self, model, x28, engine_readings=None) -> None:
        """Trace the selected unit of ``model`` on the 28x28 ``x28`` (None: blank canvas);
        ``engine_readings``: the live reading's own, when it is of ``x28``."""
        from ..core.neuron import output_scores, trace

        self._last = (model, x28, engine_readings)
        if self.selected is None:
            return
        if model is None or getattr(model, "packed", None) is None:
            self.show_message("Inside one neuron needs a binary model read by the packed "
                              "1-bit engine (bnn-cnn, bnn-mlp, seed-mlp, xnor-mlp).")
            return
        if x28 is None:
            self.show_message("Draw a digit to look inside the network.")
            return
        layer, unit = self.selected
        if layer == "out":
            self.show_output(output_scores(model.packed, x28))
            return
        names = [L.name for L in model.packed.layers]
        if layer not in names:
            self.show_message(f"This model has no layer {layer!r}; click a unit in its maps.")
            return
        L = model.packed.layers[names.index(layer)]
        if not _unit_in(L, unit):  # chosen in another model's maps
            self.show_message(f"{layer} of this model has no unit {unit}; click a unit in its "
                              "maps.")
            return
        in_shape = (L.in_shape[0], L.kernel, L.kernel) if L.kind == "conv" else ()
        self.show_trace(trace(model.packed, x28, layer, unit, engine_readings), in_shape)

    def _show(self, name: str, picture: np.ndarray, lut=True) -> None:
        i = PICTURES.index(name)
        if lut:
            rgb = _LUT[picture]
        else:  # pixel levels 0..255 in grey
            v = picture.astype(np.float32)
            grey = np.rint(255 * v / max(float(v.max()), 1e-12)).clip(0, 255).astype(np.uint8)
            rgb = np.repeat(grey[..., None], 3, 2)
        shapes = list(self.pictures.shapes)
        if shapes[i] != rgb.shape[:2]:
            shapes[i] = rgb.shape[:2]
            images = list(self.pictures.images)
            self.pictures.set_layers(list(PICTURES), shapes)
            self.pictures.images = images
        self.pictures.set_image(i, rgb)
        self.pictures.update()

    def show_trace(self, t, in_shape: tuple) -> None:
        self.score_bars.hide()
        self.pictures.show()
        where = (f"channel {t.unit[0]} at ({t.unit[1]}, {t.unit[2]})" if len(t.unit) == 3
                 else f"unit {t.unit[0]}")
        self.title.setText(f"<b>{t.layer}, {where}</b> on your drawing")
        pad = ~t.valid
        if t.real_input:
            self._show("inputs", _grid(t.inputs.astype(np.float32), in_shape), lut=False)
        else:
            self._show("inputs", _grid(np.where(pad, 2, t.inputs.astype(np.uint8)), in_shape))
        self._show("weights", _grid(t.weights.astype(np.uint8), in_shape))
        if t.real_input:
            self._show("XNOR: agree (light) or not", _grid(t.agree.astype(np.float32), in_shape),
                       lut=False)
            sums = (f"the first layer reads pixel levels 0..255: dot = Σ level × (±1) = "
                    f"<b>{t.dot}</b> over {t.n} inputs")
        else:
            self._show("XNOR: agree (light) or not",
                       _grid(np.where(pad, 2, t.agree.astype(np.uint8)), in_shape))
            sums = (f"popcount(XNOR) = <b>{t.popcount}</b> agreeing bits of n = {t.n} → "
                    f"dot = 2 × {t.popcount} − {t.n} = <b>{t.dot}</b>")
        rule = (f"fires when dot &lt; {t.threshold} (BatchNorm's scale is negative)" if t.flip
                else f"fires when dot ≥ {t.threshold}")
        pool = ""
        if t.window_dots is not None and len(t.window_dots) > 1:
            pool = (f"<br>max-pooling: the window's dots {list(map(int, t.window_dots))}; the "
                    f"largest, at ({t.position[0]}, {t.position[1]}), decides")
        self.numbers.setText(f"{sums}<br>BatchNorm + sign folded into one threshold: {rule}"
                             f"{pool}<br>output bit: <b>{t.bit:+d}</b>")

    def show_output(self, out) -> None:
        self.title.setText("<b>out</b>: the ten scores on your drawing")
        self.pictures.clear_images()
        self.pictures.hide()
        self.score_bars.show()
        self.score_bars.set_scores(out.scores, out.answer)
        rows = " · ".join(f"{d}: <b>{s}</b>" if d == out.answer else f"{d}: {s}"
                          for d, s in enumerate(out.scores))
        self.numbers.setText(f"score = agreeing − disagreeing bits of the last layer with each "
                             f"class's weights: {rows}<br>answer: <b>{out.answer}</b>, the "
                             "class with the most agreeing bits")

    def show_message(self, text: str) -> None:
        self.title.setText(text)
        self.numbers.setText("")
        self.pictures.clear_images()


def _unit_in(L, unit: tuple) -> bool:
    """Whether ``unit`` ((channel, y, x) of the pooled map, or (i,)) exists in layer ``L``."""
    if L.kind == "conv":
        side = (L.in_shape[1] + 2 * L.padding - L.kernel + 1) // L.pool
        return len(unit) == 3 and 0 <= unit[0] < L.units and 0 <= min(unit[1:]) \
            and max(unit[1:]) < side
    return len(unit) == 1 and 0 <= unit[0] < L.units
