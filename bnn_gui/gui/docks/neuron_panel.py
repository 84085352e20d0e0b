"""Inside one neuron: the unit a person clicked, on the current drawing, at three levels side by
side (numbers from core.neuron), under the overview where the unit is outlined:

- the unit: its inputs, its ±1 weights and where they agree (XNOR), laid out as the window it
  reads (a conv unit: channel by channel; a dense unit after conv layers: their maps);
- the arithmetic: popcount, 2 × popcount − n, the folded threshold, the sign;
- the bits: the packed 64-bit words of its input and weights, XOR and the popcount per word,
  and the lines of the exported C library that compute them.

It sits beside the pictures rather than under them, so that all of it fits a bottom dock at
1280x720."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from bnn_gui.gui.live.painted import ScoreBars
from bnn_gui.core.engine.geometry import conv_side
from bnn_gui.gui.style import CHECKED_BUTTON
from bnn_gui.gui.live.pictures import PictureStrip
from bnn_gui.gui.live.tiles import tile

# index 0: -1 / disagree, 1: +1 / agree, 2: padding (does not count)
_LUT = np.array([[40, 60, 110], [245, 235, 210], [70, 70, 70]], np.uint8)
PICTURES = ("inputs", "weights", "XNOR: agree (light) or not")
FIRST_LAYER_PICTURES = ("pixel levels", "weights", "level × weight")
SHOWN_WORDS = 5  # packed words listed; a longer input says how many more


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


STEP_MS = 400  # Play: a new position every 0.4 s, a pace a lecture can follow
LEVELS = (("Unit", "Its inputs, its ±1 weights and their XNOR, as the window it reads"),
          ("Arithmetic", "Popcount, 2 × popcount − n, the folded threshold, the sign"),
          ("Bits", "The packed 64-bit words, XOR and popcount, and the C that computes them"))


class NeuronPanel(QWidget):
    # Step / Play moved the chosen conv unit: (layer, unit), and how many positions of its map
    # have been computed so far (the cells the network view shows; None: the whole map)
    walked = Signal(str, object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel("Click a unit in an activation map to look inside it.")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        # the buttons beside it keep their room; a title too long for the rest is in its
        # tooltip whole
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.pictures = PictureStrip(horizontal=True)
        self.pictures.setToolTip("Its inputs, its weights, and where they agree (XNOR); grey "
                                 "taps lie in the zero padding and do not count")
        self.numbers = QLabel(wordWrap=True)
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        self.numbers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.numbers.setToolTip("How the packed 1-bit engine computes this unit's output bit; "
                                "hover an underlined number to outline the cells it counts")
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.numbers.linkHovered.connect(self._on_numbers_link_hovered)
        self._counted: dict[str, list] = {}  # a number's link -> the cells it counts
        self._hovered_link = ""
        self.bits = QLabel()
        self.bits.setTextFormat(Qt.TextFormat.RichText)
        self.bits.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        self.bits.setFont(mono)
        self.bits.setToolTip("The same unit as the engine and the exported C library hold it: "
                             "64 bits a word, least significant bit first")
        self.bits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._fit_heights()
        self.pictures.setMinimumSize(160, 100)
        for label in (self.numbers, self.bits):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.pictures.set_layers(list(PICTURES), [(1, 1)] * 3)
        self.score_bars = ScoreBars()  # "Output scores": in the pictures' place
        self.score_bars.setToolTip("The output layer's ten integer scores: agreeing minus "
                                   "disagreeing bits with each class's weights")
        self.score_bars.hide()
        self.output_button = QPushButton("Output scores")
        self.output_button.setToolTip("The output layer: ten integer scores, the answer is the "
                                      "largest")
        self.output_button.clicked.connect(self._on_output_button_clicked)
        self.back_button = QToolButton(text="◀")
        self.back_button.setToolTip("The unit one position back in its map ([)")
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.back_button.setShortcut("[")
        self.step_button = QToolButton(text="Step ▶")
        self.step_button.setToolTip("Slide the window one position on: the next unit of this "
                                    "channel, its output bit appearing in the map (])")
        self.step_button.clicked.connect(self._on_step_button_clicked)
        self.step_button.setShortcut("]")
        self.play_button = QToolButton(text="Play", checkable=True)
        self.play_button.setToolTip("Slide the window across the whole map, a position every "
                                    f"{STEP_MS / 1000:g} s, the map filling in cell by cell")
        self.play_button.toggled.connect(self._on_play_button_toggled)
        self.play_button.setStyleSheet(CHECKED_BUTTON)
        self._timer = QTimer(self, interval=STEP_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        # In presenter mode (large type) one level at a time fills the panel; these choose it
        self.level_buttons = []
        for i, (name, tip) in enumerate(LEVELS):
            b = QToolButton(text=name, checkable=True, autoExclusive=True)
            b.setToolTip(f"{tip} (Ctrl+{i + 1})")
            b.setShortcut(f"Ctrl+{i + 1}")
            b.setChecked(i == 0)
            b.toggled.connect(self._on_level_button_toggled)
            b.setStyleSheet(CHECKED_BUTTON)  # the level shown, plainly
            b.hide()
            self.level_buttons.append(b)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for b in self.level_buttons + [self.back_button, self.step_button, self.play_button,
                                       self.output_button]:
            top.addWidget(b)
        self.levels = [QWidget(), QWidget(), QWidget()]  # the unit, the arithmetic, the bits
        left, middle, right = (QVBoxLayout(w) for w in self.levels)
        for lay_ in (left, middle, right):
            lay_.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.pictures, 1)
        left.addWidget(self.score_bars, 1)
        middle.addWidget(self.numbers)
        middle.addStretch(1)
        right.addWidget(self.bits)
        right.addStretch(1)
        body = QHBoxLayout()  # the three levels side by side: a short dock holds them all
        for w, stretch in zip(self.levels, (3, 3, 4)):
            body.addWidget(w, stretch)
        self.compact = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.addLayout(top)
        lay.addLayout(body, 1)
        self.selected: tuple[str, tuple] | None = None
        self._last = None  # (model, x28) of the latest update

    def _fit_heights(self) -> None:
        # fixed heights: new numbers at every stroke must not ask the window for a new layout
        line = self.numbers.fontMetrics().height()
        self.title.setFixedHeight(line + 6)
        self.numbers.setFixedHeight(8 * line + 4)
        self.bits.setFixedHeight((SHOWN_WORDS + 6) * self.bits.fontMetrics().height() + 4)

    def changeEvent(self, e):
        if e.type() == e.Type.FontChange:  # presenter mode's larger type
            mono = self.bits.font()
            mono.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
            self.bits.setFont(mono)
            self._fit_heights()
        super().changeEvent(e)

    def set_compact(self, on: bool) -> None:
        """One level at a time, chosen with the level buttons (presenter mode), or all three
        side by side."""
        self.compact = on
        for b in self.level_buttons:
            b.setVisible(on)
        self._on_level_button_toggled()

    def _on_level_button_toggled(self, *_) -> None:
        chosen = next((i for i, b in enumerate(self.level_buttons) if b.isChecked()), 0)
        for i, w in enumerate(self.levels):
            w.setVisible(not self.compact or i == chosen)

    def _on_output_button_clicked(self) -> None:
        self.play_button.setChecked(False)
        self.select("out", ())

    # --- Step / Play: the window slides across the map --------------------------------------
    def _side(self) -> int | None:
        """The side of the chosen conv unit's map (None: not a conv unit of the model)."""
        if self.selected is None or self._last is None or self._last[0] is None:
            return None
        net = getattr(self._last[0], "packed", None)
        layer, unit = self.selected
        names = [] if net is None else [L.name for L in net.layers]
        if len(unit) != 3 or layer not in names:
            return None
        L = net.layers[names.index(layer)]
        return conv_side(L.in_shape[1], L.kernel, L.padding, L.pool)

    def step(self, delta: int = 1) -> bool:
        """Move the chosen conv unit ``delta`` positions along its map, row by row; True if
        it moved."""
        side = self._side()
        if side is None:
            return False
        layer, (c, y, x) = self.selected
        i = (y * side + x + delta) % (side * side)
        unit = (c, i // side, i % side)
        self.select(layer, unit)
        self.walked.emit(layer, unit, i + 1)
        return True

    def _on_back_button_clicked(self) -> None:
        self.play_button.setChecked(False)
        self.step(-1)

    def _on_step_button_clicked(self) -> None:
        self.play_button.setChecked(False)
        self.step(1)

    def _on_play_button_toggled(self, on: bool) -> None:
        if not on:
            self._timer.stop()
            return
        side = self._side()
        if side is None:
            self.play_button.setChecked(False)
            return
        layer, (c, _, _) = self.selected  # from the map's first position
        self.select(layer, (c, 0, 0))
        self.walked.emit(layer, (c, 0, 0), 1)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        side = self._side()
        if side is None:
            self.play_button.setChecked(False)
            return
        _, (_, y, x) = self.selected
        if y * side + x + 1 >= side * side:  # the whole map is computed: stop there
            self.play_button.setChecked(False)
            self.walked.emit(self.selected[0], self.selected[1], None)
            return
        self.step(1)

    def stop(self) -> None:
        self.play_button.setChecked(False)

    def select(self, layer: str, unit: tuple) -> None:
        self.selected = (layer, tuple(int(u) for u in unit))
        if self._last is not None:
            self.update_from(*self._last)

    def update_from(self, model, x28, engine_readings=None) -> None:
        """Trace the selected unit of ``model`` on the 28x28 ``x28`` (None: blank canvas);
        ``engine_readings``: the live reading's own, when it is of ``x28``."""
        from bnn_gui.core.engine.neuron import output_scores, trace

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
        from bnn_gui.core.engine.neuron import batchnorm_fold

        fold = batchnorm_fold(model.file.arrays, model.packed, layer, unit[0])
        self.show_trace(trace(model.packed, x28, layer, unit, engine_readings),
                        _input_shape(model.packed, names.index(layer)), fold)

    def _show(self, i: int, picture: np.ndarray, lut=True) -> None:
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
            self.pictures.set_layers(list(self.pictures.labels), shapes)
            self.pictures.images = images
        self.pictures.set_image(i, rgb)
        self.pictures.update()

    def show_trace(self, t, in_shape: tuple, fold=None) -> None:
        from bnn_gui.core.engine.neuron import c_source_lines, packed_words

        self.score_bars.hide()
        self.pictures.show()
        where = (f"channel {t.unit[0]}, row {t.unit[1]}, column {t.unit[2]}"
                 if len(t.unit) == 3 else f"unit {t.unit[0]}")
        self.title.setText(f"<b>{t.layer}, {where}</b> on your drawing")
        self.title.setToolTip(f"{t.layer}, {where}: boxed in its map; the window it reads is "
                              "outlined in the layer below, the 28x28 and the canvas")
        labels = list(FIRST_LAYER_PICTURES if t.real_input else PICTURES)
        if self.pictures.labels != labels:
            self.pictures.set_layers(labels, list(self.pictures.shapes))
        pad = ~t.valid
        if t.real_input:
            self._show(0, _grid(t.inputs.astype(np.float32), in_shape), lut=False)
        else:
            self._show(0, _grid(np.where(pad, 2, t.inputs.astype(np.uint8)), in_shape))
        self._show(1, _grid(t.weights.astype(np.uint8), in_shape))
        def cells(mask):  # a mask of the n inputs, laid out as the pictures are
            return _grid(np.asarray(mask, np.uint8), in_shape) == 1

        if t.real_input:
            self._show(2, _grid(t.agree.astype(np.float32), in_shape), lut=False)
            inked = cells((t.inputs > 0) & t.valid)
            self._counted = {"dot": [inked] * 3, "n": [cells(t.valid)] * 3}
            sums = (f"pixel levels 0..255, no XNOR here:<br>{_link('dot')} = Σ level × (±1) "
                    f"= <b>{t.dot}</b> over {_link('n', t.n)} inputs")
        else:
            self._show(2, _grid(np.where(pad, 2, t.agree.astype(np.uint8)), in_shape))
            agree = cells(t.agree & t.valid)
            self._counted = {"popcount": [agree] * 3, "n": [cells(t.valid)] * 3,
                             "disagree": [cells(~t.agree & t.valid)] * 3}
            sums = (f"popcount(XNOR) = {_link('popcount', t.popcount)} of n = "
                    f"{_link('n', t.n)}<br>dot = 2 × {t.popcount} − {t.n} = <b>{t.dot}</b> "
                    f"({_link('disagree', int(t.n - t.popcount))} disagree)")
        rule = (f"fires if dot &lt; {t.threshold} (BatchNorm's scale &lt; 0)" if t.flip
                else f"fires if dot ≥ {t.threshold}")
        if fold is not None:
            at = ("" if fold.k == 1 else f"{fold.k}·") + "(μ − βσ/γ)"
            rounding = (f"⌊{at}⌋ + 1 = ⌊{fold.boundary:.2f}⌋ + 1" if fold.flip
                        else f"⌈{at}⌉ = ⌈{fold.boundary:.2f}⌉")
            rule = (f"BatchNorm γ {fold.gamma:.3g}, β {fold.beta:.3g}, μ {fold.mean:.3g}, "
                    f"σ {fold.sigma:.3g} fold into<br>t = {rounding} = {t.threshold}: "
                    f"{rule}")
        pool = ""
        if t.window_dots is not None and len(t.window_dots) > 1:
            pool = (f"<br>max-pool of the dots {list(map(int, t.window_dots))}: the largest "
                    f"(row {t.position[0]}, column {t.position[1]}) decides")
        joint = "" if fold is not None else "BatchNorm + sign as one threshold: "
        self.numbers.setText(f"{sums}<br>{joint}{rule}{pool}<br>output bit: <b>{t.bit:+d}</b>")
        for b in (self.back_button, self.step_button, self.play_button):
            b.setEnabled(len(t.unit) == 3)
        self.bits.setText(_bits_text(t, packed_words(t), c_source_lines(t.real_input)))
        self.pictures.set_highlights(self._counted.get(self._hovered_link))  # the new cells

    def _on_numbers_link_hovered(self, link: str) -> None:
        """A number of the arithmetic hovered: its cells outlined in the pictures."""
        self._hovered_link = link
        self.pictures.set_highlights(self._counted.get(link))

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


def _link(name: str, value=None) -> str:
    """A number of the arithmetic as a link: hovering it outlines the cells it counts."""
    text = name if value is None else f"<b>{value}</b>"
    return f"<a href='{name}' style='color:#7fdcff'>{text}</a>"


def _bits_text(t, words, c_lines) -> str:
    """The bits level: the unit's words in hex, XOR, popcount per word, then the C."""
    import html

    rows = []
    if t.real_input:
        rows.append("weights, 64 a word (the levels are summed, not packed):")
        for k, w in enumerate(words[:SHOWN_WORDS]):
            rows.append(f"w[{k}] {w.w:016x}")
    else:
        rows.append("word x (input)         w (weights)     pop(x^w)")
        for k, w in enumerate(words[:SHOWN_WORDS]):
            rows.append(f"{k:>4} {w.x:016x} {w.w:016x} {w.disagree:>3}")
        total = sum(w.disagree for w in words)
        more = f" (+{len(words) - SHOWN_WORDS} more words)" if len(words) > SHOWN_WORDS else ""
        rows.append(f"disagree = {total}{more}; dot = n − 2 × {total} = {t.n - 2 * total}")
    if len(words) > SHOWN_WORDS and t.real_input:
        rows.append(f"(+{len(words) - SHOWN_WORDS} more words)")
    rows.append("bnn.c (bnn-gui export --c):")
    for c in c_lines:  # a macro's body on its own line: the column stays narrow
        head, sep, body = c.partition(") (") if c.startswith("#define") else (c, "", "")
        rows += [f"  {head}{')' if sep else ''}"] + ([f"    ({body}"] if sep else [])
    return "<pre style='margin:0'>" + html.escape("\n".join(rows)) + "</pre>"


def _input_shape(net, i: int) -> tuple:
    """How layer ``i``'s inputs are laid out: (C, k, k) for a conv window, (C, H, W) for a
    dense layer reading a conv block's maps, () for a flat vector."""
    L = net.layers[i]
    if L.kind == "conv":
        return (L.in_shape[0], L.kernel, L.kernel)
    prev = net.layers[i - 1] if i > 0 else None
    if prev is not None and prev.kind == "conv":
        side = conv_side(prev.in_shape[1], prev.kernel, prev.padding, prev.pool)
        if prev.units * side * side == L.n_in:
            return (prev.units, side, side)
    return ()


def _unit_in(L, unit: tuple) -> bool:
    """Whether ``unit`` ((channel, y, x) of the pooled map, or (i,)) exists in layer ``L``."""
    if L.kind == "conv":
        side = conv_side(L.in_shape[1], L.kernel, L.padding, L.pool)
        return len(unit) == 3 and 0 <= unit[0] < L.units and 0 <= min(unit[1:]) \
            and max(unit[1:]) < side
    return len(unit) == 1 and 0 <= unit[0] < L.units
