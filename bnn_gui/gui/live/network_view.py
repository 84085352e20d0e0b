"""The network view: what the live model makes of the drawing, in the order it computes it.

The input (and its ±1 form where the first layer binarises it), each hidden layer as a picture
of its units (conv layers as a grid of channel maps, dense layers as a near-square grid), the
ten output scores and the answer. Binary layers in two colours, -1 dark and +1 light; a unit
whose bit the current stroke flipped is marked (orange: became +1, magenta: became -1) until
the next stroke, and each layer says how many of its bits the stroke flipped. Flips that come
only from re-framing the drawing (a stroke past its box moves and rescales it) are counted
apart and not marked (``core.stroke_flips``). Real-valued layers use a diverging scale. Before the first reading the view shows the network's structure with every label, so
nothing moves when the first stroke arrives.

Click a layer's title to see it large (a conv layer one channel at a time: Up/Down change the
channel, A shows all channels, Left/Right change the layer, the wheel zooms, dragging pans,
Backspace or the title again go back). Hover a unit for the value its sign reads; click it to
look inside it: the chosen unit is outlined in its map, and the window it reads in the layer
below and in the 28x28 input (``core.receptive``); hovering outlines the same, lightly.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bnn_gui.gui.live.network_picture import TAIL, Band, NetworkPicture
from bnn_gui.gui.live.layer_focus import LayerFocus
from bnn_gui.gui.live.tiles import LUT, Tiling, plan, real_colours
from bnn_gui.gui.live.unit_marks import UnitMarks
from bnn_gui.gui.language import number

def _legend() -> str:
    return ("<span style='background:#1f2a44;color:#ddd'>&nbsp;−1&nbsp;</span> "
            "<span style='background:#f2e6c9;color:#000'>&nbsp;+1&nbsp;</span> "
            "<span style='background:#ff8c00;color:#000'>&nbsp;"
            + QCoreApplication.translate("NetworkView", "this stroke made it +1")
            + "&nbsp;</span> <span style='background:#d62d7a;color:#fff'>&nbsp;"
            + QCoreApplication.translate("NetworkView", "this stroke made it −1")
            + "&nbsp;</span>")


def _real_legend() -> str:
    return ("<span style='background:#4682ff;color:#000'>&nbsp;"
            + QCoreApplication.translate("NetworkView", "negative")
            + "&nbsp;</span> <span style='background:#282828;color:#ddd'>&nbsp;0&nbsp;</span> "
            "<span style='background:#ffa028;color:#000'>&nbsp;"
            + QCoreApplication.translate("NetworkView", "positive") + "&nbsp;</span> "
            + QCoreApplication.translate("NetworkView",
                                         "(real values, each layer scaled to its largest)"))


def _levels_legend(levels: int) -> str:
    return ("<span style='background:#1f2a44;color:#ddd'>&nbsp;−1&nbsp;</span> … "
            "<span style='background:#f2e6c9;color:#000'>&nbsp;+1&nbsp;</span> "
            + QCoreApplication.translate("NetworkView", "({0} levels: each activation is one "
                                         "of them)").format(levels))


TWO_ROWS_BELOW = 2.5  # screen pixels a cell: narrower, the maps go in two rows


def _hint() -> str:
    return "  —  " + QCoreApplication.translate(
        "NetworkView", "hover a unit for its value, click it to look inside; click a title "
        "to enlarge")


class NetworkView(UnitMarks, LayerFocus, QWidget):
    unit_hovered = Signal(str)
    unit_clicked = Signal(str, object)  # layer name, unit index tuple
    # the 28x28 windows the chosen and the hovered unit read ((rows, cols) or None each), for
    # the canvas to outline
    input_fields_changed = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.picture = NetworkPicture()
        self.picture.hovered.connect(self._on_picture_hovered)
        self.picture.clicked.connect(self._on_picture_clicked)
        self.picture.title_clicked.connect(self._on_picture_title_clicked)
        self.picture.resized.connect(self._replan)
        self.info = QLabel(_legend() + _hint())
        self.info.setWordWrap(True)
        self._fit_info()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.picture, 1)
        lay.addWidget(self.info)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._layers: list[dict] = []
        self._signature = None
        self._config = None  # the live model's config: the receptive fields' geometry
        self._legend = _legend()
        self._reading = None
        self._channel: int | None = 0  # the channel a focused conv layer shows (None: all)
        self.selected: tuple[str, tuple] | None = None  # the unit looked inside
        self._hovered: tuple[str, tuple] | None = None
        self._fields = (None, None)  # what input_fields_changed said last
        self._reveal: tuple[str, int, int] | None = None  # Step/Play: (layer, channel, cells)

    def changeEvent(self, e):
        if e.type() == e.Type.FontChange:
            self._fit_info()
        super().changeEvent(e)

    def resizeEvent(self, e):
        super().resizeEvent(e)
        self._fit_info()

    def _fit_info(self) -> None:
        """Room under the maps for the longest thing said there (a stroke that re-framed the
        drawing): two lines, or three where the view is too narrow for two (Russian at
        1280x720). It changes only with the width or the font, so the maps never jump as
        the text does."""
        m = self.info.fontMetrics()
        sample = self._reframe_words(
            [self.tr("moved it {0} and {1}").format(self.tr("{0} px down").format(number(0.2, 1)),
                                                    self.tr("{0} px right").format(number(0.2, 1))),
             self.tr("scaled it ×{0}").format(number(0.78, 2))], "conv1", 716, 414)
        need = m.boundingRect(0, 0, max(1, self.width() - 4), 10000,
                              Qt.TextFlag.TextWordWrap, sample).height()
        self.info.setFixedHeight((3 if need > 2 * m.height() else 2) * m.height() + 6)

    # --- structure ---------------------------------------------------------------------------
    def show_model(self, model) -> None:
        """The structure of ``model``'s network, every label in place, before any reading (the
        session reads the drawing with it right after)."""
        from bnn_gui.gui.live.layer_words import layer_descriptions

        blank = model.read(np.zeros((28, 28), np.float32))
        self._config = model.config
        self._reveal = None
        self._signature = None  # rebuilt even for a model of the same shape: its own words
        self._build(blank.layers, layer_descriptions(model.config,
                                                     [la.bits.shape for la in blank.layers]),
                    blank.input_bits is not None,
                    self.tr("integer: agreeing − disagreeing bits")
                    if blank.score_meaning != "logits" else self.tr("logits (real)"))
        self._reading = None
        self.show_layers(None)

    def _build(self, layers, words, input_bits: bool, score_meaning: str) -> None:
        self._layers = [{"tiling": Tiling(la.bits.shape), "layer": la, "image": None,
                         "what": "", "words": w, "flips": None, "frame_flips": 0}
                        for la, w in zip(layers, words)]
        self._signature = [(la.name, la.bits.shape, la.binary) for la in layers]
        binary = any(la.binary for la in layers)
        few = max((getattr(la, "levels", 0) for la in layers if not la.binary), default=0)
        self._legend = (_legend() if binary else _levels_legend(few) if few > 2
                        else _real_legend())
        self.info.setText(self._legend + _hint())
        bands = [Band(self.tr("input"), self.tr("28x28 pixels, and as ±1") if input_bits
                      else self.tr("28x28 pixels"),
                      (57, 28) if input_bits else (28, 28), 3)]
        for e, la in zip(self._layers, layers):
            shape = la.bits.shape
            few = not la.binary and getattr(la, "levels", 0) > 2  # a few-bit layer
            if len(shape) == 3:
                e["what"] = (self.tr("{0} ±1 maps {1}x{2}") if la.binary else
                             self.tr("{0} maps of {3} levels {1}x{2}") if few else
                             self.tr("{0} real maps {1}x{2}")).format(*shape, la.levels)
            else:
                e["what"] = (self.tr("{0} ±1 units") if la.binary else
                             self.tr("{0} units of {1} levels") if few else
                             self.tr("{0} real units")).format(shape[0], la.levels)
            t = e["tiling"]
            bands.append(Band(la.name, f"{e['what']}\n{e['words']}", (t.height, t.width),
                              3 if len(shape) == 3 else 4))
        self.picture.set_bands(bands)
        self.picture.set_scores(None, score_meaning, None)
        self.picture.hint = self.tr("draw a digit: the network reads it here, layer by layer")
        self._replan()

    def _replan(self) -> None:
        """Stack each layer's maps so that every layer fits the view side by side with the
        largest cells (``tiles.plan``); in a view too narrow for that (cells under
        ``TWO_ROWS_BELOW`` pixels), the input and the first layers go in a row above the
        others. The pictures are laid out again when that changes."""
        if not self._layers:
            return
        p = self.picture
        shapes = [e["layer"].bits.shape for e in self._layers]
        height = p.height() - p.label_h() - 8
        cell, stacks = plan(shapes, p.width() - TAIL, height)
        split = None
        if cell < TWO_ROWS_BELOW and len(shapes) > 1:
            k = (len(shapes) + 1) // 2  # layers in the first row, after the input
            half = p.height() / 2 - p.label_h() - 8
            top, top_stacks = plan(shapes[:k], p.width(), half)
            low, low_stacks = plan(shapes[k:], p.width() - TAIL, half, with_input=False)
            if min(top, low) > cell:
                cell, stacks, split = min(top, low), top_stacks + low_stacks, k + 1
        widths = [max(28 * cell + 12, 84)]
        for e, shape, per in zip(self._layers, shapes, stacks):
            if e["tiling"].rows != min(per, shape[0]) or e["tiling"].shape != shape:
                e["tiling"] = Tiling(shape, per)
            t = e["tiling"]
            band = p.bands[len(widths)]
            band.shape = (t.height, t.width)
            widths.append(max(t.width * cell * (1 if len(shape) == 3 else 4 / 3) + 12, 84))
        p.widths, p.split = widths + [TAIL], split
        if self._layers[0]["image"] is not None:
            self._render()
        else:
            self._mark()
            p.update()

    # --- readings ----------------------------------------------------------------------------
    def show_reading(self, reading) -> None:
        self._reading = reading
        if reading is None or reading.digit is None:
            self.show_layers(None)
            return
        self.show_layers(reading.layers, reading)

    def show_layers(self, layers, reading=None) -> None:
        """Update every picture in place (or show the bare structure for None)."""
        if not layers:
            for e in self._layers:
                e["image"], e["flips"], e["frame_flips"] = None, None, 0
            for b in self.picture.bands:
                b.image = None
            for i, e in enumerate(self._layers):
                self.picture.bands[i + 1].subtitle = self._subtitle(e)
            self.picture.set_scores(None, self.picture.score_meaning, None)
            self.picture.hint = self.tr("draw a digit: the network reads it here, layer by layer")
            self._mark()
            self.picture.update()
            return
        if [(la.name, la.bits.shape, la.binary) for la in layers] != self._signature:
            self._build(layers, [""] * len(layers), reading is not None
                        and reading.input_bits is not None, self.picture.score_meaning)
        report = getattr(reading, "flips", None)
        for i, (e, layer) in enumerate(zip(self._layers, layers)):
            e["layer"] = layer
            if layer.binary and report is not None:
                e["flips"], e["frame_flips"] = report.by_stroke[i], report.by_frame[i]
                e["reference"], e["exact"] = report.reference[i], report.exact
            else:
                e["flips"], e["frame_flips"], e["reference"] = None, 0, None
        if reading is not None:
            self._show_input(reading)
            self.picture.set_scores(reading.scores, self.picture.score_meaning, reading.digit)
        self.picture.hint = ""
        self._render()
        if report is not None and report.move is not None and report.exact:
            self._say_move(report)

    def _subtitle(self, e) -> str:
        line = ""
        if e["flips"] is not None:
            approx = "" if e.get("exact", True) else "~"
            line = self.tr("{0} flipped by this stroke").format(f"{approx}{e['flips']}")
            if e["frame_flips"]:
                line = self.tr("{0} flipped by the stroke, {1} by re-centring").format(
                    f"{approx}{e['flips']}", e['frame_flips'])
        return f"{e['what']}\n{e['words']}\n{line}"

    def _say_move(self, report) -> None:
        down, right, ratio = report.move
        first = next((i for i, e in enumerate(self._layers) if e["flips"] is not None), None)
        if first is None:
            return
        e = self._layers[first]
        moved = []
        if abs(down) >= 0.05 or abs(right) >= 0.05:
            vertical = (self.tr("{0} px down") if down > 0 else self.tr("{0} px up")).format(
                number(abs(down), 1))
            horizontal = (self.tr("{0} px right") if right > 0 else self.tr("{0} px left")
                          ).format(number(abs(right), 1))
            moved.append(self.tr("moved it {0} and {1}").format(vertical, horizontal))
        if abs(ratio - 1) >= 0.005:
            moved.append(self.tr("scaled it ×{0}").format(number(ratio, 2)))
        if not moved:
            return
        self.info.setText(self._reframe_words(moved, e['layer'].name, e['frame_flips'],
                                              e['flips']))

    def _reframe_words(self, moved: list[str], layer: str, frame_flips, flips) -> str:
        return self.tr(
            "This stroke re-framed the drawing ({0}): in {1}, {2} bits flipped because of that "
            "alone and are not marked; the {3} marked are the stroke's own.").format(
                self.tr(" and ").join(moved), layer, frame_flips, flips)

    def _render(self) -> None:
        for i, e in enumerate(self._layers):
            rgb = self._colours(e, e["layer"], e["tiling"])
            e["image"] = rgb
            self.picture.bands[i + 1].subtitle = self._subtitle(e)
            self.picture.set_image(i + 1, self._focused_part(i, rgb))
        self._mark()
        self.picture.update()

    def _colours(self, e, layer, t: Tiling):
        if not layer.binary:
            return real_colours(layer, t)
        on = (layer.bits > 0).view(np.uint8)
        ref = e.get("reference")
        if ref is not None and ref.shape == layer.bits.shape:
            # a bit the stroke flipped: the colour of what it became, until the next stroke
            on = on + 2 * (layer.bits != ref)
        if self._reveal is not None and self._reveal[0] == layer.name and on.ndim == 3:
            _, c, computed = self._reveal
            on = on.copy()
            on[c].reshape(-1)[computed:] = 4  # not computed yet: the gap's grey
        return LUT[t.image(on, 4)]

    def _show_input(self, reading) -> None:
        grey = (np.clip(reading.input, 0, 1) * 255).astype(np.uint8)
        rgb = np.repeat(grey[..., None], 3, 2)
        if reading.input_bits is not None:
            bits = LUT[(reading.input_bits > 0).view(np.uint8)]
            rgb = np.concatenate([rgb, np.full((1, 28, 3), 70, np.uint8), bits])
        self.picture.set_image(0, rgb)

    # --- pointer -----------------------------------------------------------------------------
    def _unit(self, band: int, row: int, col: int):
        """The layer entry and unit index under a picture cell (None for the input or a gap)."""
        if band < 1 or band > len(self._layers) or self._layers[band - 1]["image"] is None:
            return None, None
        e = self._layers[band - 1]
        shape = e["layer"].bits.shape
        if self.picture.focus == band and len(shape) == 3 and self._channel is not None:
            return e, (self._channel, row, col)
        return e, self._tiling(band - 1).unit_at(row, col)

    def _set_hovered(self, chosen) -> None:
        if chosen != self._hovered:
            self._hovered = chosen
            self._mark()
            self.picture.update()

    def _on_picture_hovered(self, band: int, row: int, col: int) -> None:
        if row == -2:  # a title: the whole label, which the band may be too narrow for
            self._set_hovered(None)
            b = self.picture.bands[band]
            words = "; ".join(w for w in b.subtitle.split("\n") if w)
            action = (self.tr("Click to go back") if self.picture.focus == band
                      else self.tr("Click to enlarge"))
            self.info.setText(f"<b>{b.title}</b>: {words}. {action}.")
            return
        entry, unit = self._unit(band, row, col)
        if unit is None:
            self._set_hovered(None)
            if band == 0 and self._reading is not None and self._reading.input is not None \
                    and row < 28:
                self.info.setText(self.tr("input pixel at row {0}, column {1}: {2}").format(
                    row, col, number(self._reading.input[row, col], 2)))
            else:
                self.info.setText(self._legend + _hint())
            return
        layer = entry["layer"]
        self._set_hovered((layer.name, unit))
        pre, bit = float(layer.pre[unit]), layer.bits[unit]
        where = (self.tr("channel {0}, row {1}, column {2}").format(*unit) if len(unit) == 3
                 else self.tr("unit {0}").format(unit[0]))
        out = f"{int(bit):+d}" if layer.binary else number(float(bit), 3)
        text = f"{layer.name}, {where}: {layer.pre_meaning} {pre:+.4g} → {out}"
        self.info.setText(text)
        self.unit_hovered.emit(text)

    def _on_picture_clicked(self, band: int, row: int, col: int) -> None:
        entry, unit = self._unit(band, row, col)
        if unit is not None:
            self.select_unit(entry["layer"].name, unit)
            self.unit_clicked.emit(entry["layer"].name, unit)

    def layer_names(self) -> list[str]:
        return [e["layer"].name for e in self._layers]
