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


import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from bnn_gui.gui.language import number
from bnn_gui.gui.live.painted import ScoreBars
from bnn_gui.gui.docks.neuron_levels import (SHOWN_WORDS, bits_text, grid, input_shape,
                                             link, unit_in)
from bnn_gui.gui.docks.unit_walk import UnitWalk
from bnn_gui.gui.style import CHECKED_BUTTON
from bnn_gui.gui.live.pictures import PictureStrip

# index 0: -1 / disagree, 1: +1 / agree, 2: padding (does not count)
_LUT = np.array([[40, 60, 110], [245, 235, 210], [70, 70, 70]], np.uint8)
PICTURES = (QT_TRANSLATE_NOOP("NeuronPanel", "inputs"), QT_TRANSLATE_NOOP("NeuronPanel", "weights"), QT_TRANSLATE_NOOP("NeuronPanel", "XNOR: agree (light) or not"))
FIRST_LAYER_PICTURES = (QT_TRANSLATE_NOOP("NeuronPanel", "pixel levels"), QT_TRANSLATE_NOOP("NeuronPanel", "weights"),
                        QT_TRANSLATE_NOOP("NeuronPanel", "level × weight"))


STEP_MS = 400  # Play: a new position every 0.4 s, a pace a lecture can follow
LEVELS = ((QT_TRANSLATE_NOOP("NeuronPanel", "Unit"),
           QT_TRANSLATE_NOOP("NeuronPanel", "Its inputs, its ±1 weights and their XNOR, as the window it reads")),
          (QT_TRANSLATE_NOOP("NeuronPanel", "Arithmetic"),
           QT_TRANSLATE_NOOP("NeuronPanel", "Popcount, 2 × popcount − n, the folded threshold, the sign")),
          (QT_TRANSLATE_NOOP("NeuronPanel", "Bits"),
           QT_TRANSLATE_NOOP("NeuronPanel", "The packed 64-bit words, XOR and popcount, and the C that computes them")))


class NeuronPanel(UnitWalk, QWidget):
    # Step / Play moved the chosen conv unit: (layer, unit), and how many positions of its map
    # have been computed so far (the cells the network view shows; None: the whole map)
    walked = Signal(str, object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel(self.tr("Click a unit in an activation map to look inside it."))
        self.title.setTextFormat(Qt.TextFormat.RichText)
        # the buttons beside it keep their room; a title too long for the rest is in its
        # tooltip whole
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.pictures = PictureStrip(horizontal=True)
        self.pictures.setToolTip(self.tr("Its inputs, its weights, and where they agree (XNOR); "
                                         "grey taps lie in the zero padding and do not count"))
        self.numbers = QLabel(wordWrap=True)
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        self.numbers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.numbers.setToolTip(self.tr("How the packed 1-bit engine computes this unit's "
                                        "output bit; hover an underlined number to outline the "
                                        "cells it counts"))
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
        self.bits.setToolTip(self.tr("The same unit as the engine and the exported C library "
                                     "hold it: 64 bits a word, least significant bit first"))
        self.bits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._fit_heights()
        self.pictures.setMinimumSize(160, 100)
        for label in (self.numbers, self.bits):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.pictures.set_layers([self.tr(x) for x in PICTURES], [(1, 1)] * 3)
        self.score_bars = ScoreBars()  # "Output scores": in the pictures' place
        self.score_bars.setToolTip(self.tr("The output layer's ten integer scores: agreeing "
                                           "minus disagreeing bits with each class's weights"))
        self.score_bars.hide()
        self.output_button = QPushButton(self.tr("Output scores"))
        self.output_button.setToolTip(self.tr("The output layer: ten integer scores, the "
                                              "answer is the largest"))
        self.output_button.clicked.connect(self._on_output_button_clicked)
        self.back_button = QToolButton(text="◀")
        self.back_button.setToolTip(self.tr("The unit one position back in its map ([)"))
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.back_button.setShortcut("[")
        self.step_button = QToolButton(text=self.tr("Step ▶"))
        self.step_button.setToolTip(self.tr("Slide the window one position on: the next unit "
                                            "of this channel, its output bit appearing in the "
                                            "map (])"))
        self.step_button.clicked.connect(self._on_step_button_clicked)
        self.step_button.setShortcut("]")
        self.play_button = QToolButton(text=self.tr("Play"), checkable=True)
        self.play_button.setToolTip(self.tr("Slide the window across the whole map, a position "
                                            "every {0} s, the map filling in cell by cell")
                                    .format(f"{STEP_MS / 1000:g}"))
        self.play_button.toggled.connect(self._on_play_button_toggled)
        self.play_button.setStyleSheet(CHECKED_BUTTON)
        self._timer = QTimer(self, interval=STEP_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        # In presenter mode (large type) one level at a time fills the panel; these choose it
        self.level_buttons = []
        for i, (name, tip) in enumerate(LEVELS):
            b = QToolButton(text=self.tr(name), checkable=True, autoExclusive=True)
            b.setToolTip(f"{self.tr(tip)} (Ctrl+{i + 1})")
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
        self.numbers.setFixedHeight(9 * line + 4)  # a line to spare: a translation may wrap
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
        if model is not None and not model.config.one_bit and model.config.binary_weights:
            self._show_few_bit(model, x28)
            return
        if model is None or getattr(model, "packed", None) is None:
            self.show_message(self.tr("Inside one neuron needs a binary model read by the "
                                      "packed 1-bit engine (bnn-cnn, bnn-mlp, seed-mlp, "
                                      "xnor-mlp)."))
            return
        if x28 is None:
            self.show_message(self.tr("Draw a digit to look inside the network."))
            return
        layer, unit = self.selected
        if layer == "out":
            self.show_output(output_scores(model.packed, x28))
            return
        names = [L.name for L in model.packed.layers]
        if layer not in names:
            self.show_message(self.tr("This model has no layer {0}; click a unit in its maps.")
                              .format(repr(layer)))
            return
        L = model.packed.layers[names.index(layer)]
        if not unit_in(L, unit):  # chosen in another model's maps
            self.show_message(self.tr("{0} of this model has no unit {1}; click a unit in its "
                                      "maps.").format(layer, unit))
            return
        from bnn_gui.core.engine.neuron import batchnorm_fold

        fold = batchnorm_fold(model.file.arrays, model.packed, layer, unit[0])
        self.show_trace(trace(model.packed, x28, layer, unit, engine_readings),
                        input_shape(model.packed, names.index(layer)), fold)

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
        where = (self.tr("channel {0}, row {1}, column {2}").format(*t.unit)
                 if len(t.unit) == 3 else self.tr("unit {0}").format(t.unit[0]))
        self.title.setText(self.tr("<b>{0}, {1}</b> on your drawing").format(t.layer, where))
        self.title.setToolTip(self.tr("{0}, {1}: boxed in its map; the window it reads is "
                                      "outlined in the layer below, the 28x28 and the canvas")
                              .format(t.layer, where))
        labels = [self.tr(x) for x in (FIRST_LAYER_PICTURES if t.real_input else PICTURES)]
        if self.pictures.labels != labels:
            self.pictures.set_layers(labels, list(self.pictures.shapes))
        pad = ~t.valid
        if t.real_input:
            self._show(0, grid(t.inputs.astype(np.float32), in_shape), lut=False)
        else:
            self._show(0, grid(np.where(pad, 2, t.inputs.astype(np.uint8)), in_shape))
        self._show(1, grid(t.weights.astype(np.uint8), in_shape))
        def cells(mask):  # a mask of the n inputs, laid out as the pictures are
            return grid(np.asarray(mask, np.uint8), in_shape) == 1

        if t.real_input:
            self._show(2, grid(t.agree.astype(np.float32), in_shape), lut=False)
            inked = cells((t.inputs > 0) & t.valid)
            self._counted = {"dot": [inked] * 3, "n": [cells(t.valid)] * 3}
            sums = self.tr("pixel levels 0..255, no XNOR here:<br>{0} = Σ level × (±1) = "
                           "<b>{1}</b> over {2} inputs").format(link('dot'), t.dot,
                                                                  link('n', t.n))
        else:
            self._show(2, grid(np.where(pad, 2, t.agree.astype(np.uint8)), in_shape))
            agree = cells(t.agree & t.valid)
            self._counted = {"popcount": [agree] * 3, "n": [cells(t.valid)] * 3,
                             "disagree": [cells(~t.agree & t.valid)] * 3}
            sums = (self.tr("popcount(XNOR) = {0} of n = {1}").format(
                        link('popcount', t.popcount), link('n', t.n)) +
                    f"<br>dot = 2 × {t.popcount} − {t.n} = <b>{t.dot}</b> "
                    "(" + self.tr("{0} disagree").format(link('disagree', int(t.n - t.popcount)))
                    + ")")
        rule = (self.tr("fires if dot &lt; {0} (BatchNorm's scale &lt; 0)").format(t.threshold)
                if t.flip else self.tr("fires if dot ≥ {0}").format(t.threshold))
        if fold is not None and fold.beyond_reach():
            rule = self.tr("BatchNorm γ {0}, β {1}, μ {2}, σ {3} put the sign's change at "
                           "dot = {4}, beyond any dot this unit can see (±{5}): its bit is the "
                           "same for every input, which the engine stores as t = {6}: "
                           "{7}").format(f"{fold.gamma:.3g}", f"{fold.beta:.3g}",
                                         f"{fold.mean:.3g}", f"{fold.sigma:.3g}",
                                         f"{fold.boundary:.4g}", fold.reach, t.threshold, rule)
        elif fold is not None:
            at = ("" if fold.k == 1 else f"{fold.k}·") + "(μ − βσ/γ)"
            rounding = (f"⌊{at}⌋ + 1 = ⌊{fold.boundary:.2f}⌋ + 1" if fold.flip
                        else f"⌈{at}⌉ = ⌈{fold.boundary:.2f}⌉")
            rule = self.tr("BatchNorm γ {0}, β {1}, μ {2}, σ {3} fold into<br>t = {4} = {5}: "
                           "{6}").format(f"{fold.gamma:.3g}", f"{fold.beta:.3g}",
                                         f"{fold.mean:.3g}", f"{fold.sigma:.3g}", rounding,
                                         t.threshold, rule)
        pool = ""
        if t.window_dots is not None and len(t.window_dots) > 1:
            pool = "<br>" + self.tr("max-pool of the dots {0}: the largest (row {1}, column {2}) "
                                    "decides").format(list(map(int, t.window_dots)),
                                                      *t.position)
        joint = "" if fold is not None else self.tr("BatchNorm + sign as one threshold: ")
        self.numbers.setText(f"{sums}<br>{joint}{rule}{pool}<br>" +
                             self.tr("output bit: <b>{0}</b>").format(f"{t.bit:+d}"))
        for b in (self.back_button, self.step_button, self.play_button):
            b.setEnabled(len(t.unit) == 3)
        self.bits.setText(bits_text(t, packed_words(t), c_source_lines(t.real_input)))
        self.pictures.set_highlights(self._counted.get(self._hovered_link))  # the new cells

    def _on_numbers_link_hovered(self, link: str) -> None:
        """A number of the arithmetic hovered: its cells outlined in the pictures."""
        self._hovered_link = link
        self.pictures.set_highlights(self._counted.get(link))

    def show_output(self, out) -> None:
        self.title.setText(self.tr("<b>out</b>: the ten scores on your drawing"))
        self.pictures.clear_images()
        self.pictures.hide()
        self.score_bars.show()
        self.score_bars.set_scores(out.scores, out.answer)
        rows = " · ".join(f"{d}: <b>{s}</b>" if d == out.answer else f"{d}: {s}"
                          for d, s in enumerate(out.scores))
        self.numbers.setText(self.tr("score = agreeing − disagreeing bits of the last layer "
                                     "with each class's weights: {0}<br>answer: <b>{1}</b>, "
                                     "the class with the most agreeing bits")
                             .format(rows, out.answer))

    def _show_few_bit(self, model, x28) -> None:
        """A few-bit model (the bit budget): the unit's multiply-and-add, in words."""
        from bnn_gui.core.nets.few_bit_unit import trace

        layer, unit = self.selected
        if x28 is None or layer == "out" or len(unit) != 1:
            self.show_message(self.tr("A {0}-bit model: click a unit of a dense layer to see "
                                      "its multiply-and-add.").format(
                f"{model.config.weight_bits:g}"))
            return
        try:
            t = trace(model.net, x28, layer, int(unit[0]))
        except (ValueError, IndexError):
            self.show_message(self.tr("This model has no unit {0} in {1}; click a unit in its "
                                      "maps.").format(unit, layer))
            return
        self.show_message(self.tr("{0}, unit {1}: {2}-bit weights × {3}-bit inputs").format(
            t.layer, t.unit, f"{t.weight_bits:g}", f"{t.activation_bits:g}"))
        self.numbers.setText(self.tr(
            "{0} products, {1} of them not 0, taking {2} different values on this digit (a "
            "1-bit unit's take two, ±1: XNOR)<br>their sum: {3}<br>BatchNorm → {4}<br>the "
            "{5}-bit activation → {6}<br><br>Only 1 bit runs as XNOR and popcount: a unit of k "
            "bits needs k × k-bit multiplies.").format(
                number(t.n), number(t.nonzero), t.product_values, number(t.dot, 3),
                number(t.batchnorm, 3), f"{t.activation_bits:g}", number(t.out, 3)))

    def show_message(self, text: str) -> None:
        self.title.setText(text)
        self.numbers.setText("")
        self.pictures.clear_images()
