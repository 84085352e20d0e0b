"""The network view: what the live model makes of the drawing, in the order it computes it.

The input (and its ±1 form where the first layer binarises it), each hidden layer as a picture
of its units (conv layers as a grid of channel maps, dense layers as a near-square grid), the
ten output scores and the answer. Binary layers in two colours, -1 dark and +1 light; a unit
whose bit just flipped is marked in full and fades back over half a second, and each layer
says how many of its bits the current stroke has flipped. Real-valued layers use a diverging
scale. Before the first reading the view shows the network's structure with every label, so
nothing moves when the first stroke arrives.

Click a layer's title to see it large (a conv layer one channel at a time: Up/Down change the
channel, A shows all channels, Left/Right change the layer, the wheel zooms, dragging pans,
Backspace or the title again go back). Hover a unit for the value its sign reads; click it to
look inside it.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .network_picture import TAIL, Band, NetworkPicture
from .tiles import Tiling, plan

# colour indices: 0 = -1, 1 = +1, 2 = flipped to -1, 3 = flipped to +1, 4 = gap between tiles
LUT = np.array([[31, 42, 68], [242, 230, 201], [214, 45, 122], [255, 140, 0], [70, 70, 70]],
               np.uint8)
# real-valued layers: a diverging map, blue (negative) to dark grey (0) to orange (positive)
_t = np.linspace(-1, 1, 256)[:, None]
DIVERGING = np.where(_t < 0, (1 + _t) * [40, 40, 40] - _t * [70, 140, 255],
                     (1 - _t) * [40, 40, 40] + _t * [255, 160, 40]).astype(np.uint8)
FADE_S = 0.6  # how long a flipped bit stays marked
LEGEND = ("<span style='background:#1f2a44;color:#ddd'>&nbsp;−1&nbsp;</span> "
          "<span style='background:#f2e6c9;color:#000'>&nbsp;+1&nbsp;</span> "
          "<span style='background:#ff8c00;color:#000'>&nbsp;just became +1&nbsp;</span> "
          "<span style='background:#d62d7a;color:#fff'>&nbsp;just became −1&nbsp;</span>")
REAL_LEGEND = ("<span style='background:#4682ff;color:#000'>&nbsp;negative&nbsp;</span> "
               "<span style='background:#282828;color:#ddd'>&nbsp;0&nbsp;</span> "
               "<span style='background:#ffa028;color:#000'>&nbsp;positive&nbsp;</span> "
               "(real values, each layer scaled to its largest)")
HINT = "  —  hover a unit for its value, click it to look inside; click a title to enlarge"


class NetworkView(QWidget):
    unit_hovered = Signal(str)
    unit_clicked = Signal(str, object)  # layer name, unit index tuple

    def __init__(self, drawing=None, parent=None):
        super().__init__(parent)
        self.drawing = drawing  # consulted to tell when a new stroke starts
        self.picture = NetworkPicture()
        self.picture.hovered.connect(self._on_picture_hovered)
        self.picture.clicked.connect(self._on_picture_clicked)
        self.picture.title_clicked.connect(self._on_picture_title_clicked)
        self.picture.resized.connect(self._replan)
        self.info = QLabel(LEGEND + HINT)
        self.info.setWordWrap(True)
        self.info.setFixedHeight(2 * self.info.fontMetrics().height() + 6)  # no jumps on hover
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.picture, 1)
        lay.addWidget(self.info)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._layers: list[dict] = []
        self._signature = None
        self._legend = LEGEND
        self._reading = None
        self._channel: int | None = 0  # the channel a focused conv layer shows (None: all)
        self._fade = QTimer(self, interval=40)
        self._fade.timeout.connect(self._on_fade_timeout)
        if drawing is not None:
            drawing.subscribe(self._on_drawing_changed)

    # --- structure ---------------------------------------------------------------------------
    def show_model(self, model) -> None:
        """The structure of ``model``'s network, every label in place, before any reading."""
        from ..core.describe import layer_descriptions

        blank = model.read(np.zeros((28, 28), np.float32))
        self._build(blank.layers, layer_descriptions(model.config,
                                                     [la.bits.shape for la in blank.layers]),
                    blank.input_bits is not None,
                    "integer: agreeing − disagreeing bits" if blank.score_meaning != "logits"
                    else "logits (real)")
        self.show_reading(self._reading if self._reading is not None
                          and self._reading.digit is not None else None)

    def _build(self, layers, words, input_bits: bool, score_meaning: str) -> None:
        self._layers = [{"tiling": Tiling(la.bits.shape), "layer": la, "prev": None,
                         "flip_t": None, "base": None, "flips": 0, "image": None}
                        for la in layers]
        self._signature = [(la.name, la.bits.shape, la.binary) for la in layers]
        binary = any(la.binary for la in layers)
        self._legend = LEGEND if binary else REAL_LEGEND
        self.info.setText(self._legend + HINT)
        bands = [Band("input", "28x28 pixels, and as ±1" if input_bits else "28x28 pixels",
                      (57, 28) if input_bits else (28, 28), 3)]
        for e, la, w in zip(self._layers, layers, words):
            shape = la.bits.shape
            kind = "±1" if la.binary else "real"
            what = (f"{shape[0]} {kind} maps {shape[1]}x{shape[2]}" if len(shape) == 3
                    else f"{shape[0]} {kind} units")
            t = e["tiling"]
            bands.append(Band(la.name, f"{what}\n{w}", (t.height, t.width),
                              3 if len(shape) == 3 else 4))
        self.picture.set_bands(bands)
        self.picture.set_scores(None, score_meaning, None)
        self.picture.hint = "draw a digit: the network reads it here, layer by layer"
        self._replan()

    def _replan(self) -> None:
        """Stack each layer's maps so that every layer fits the view side by side with the
        largest cells (``tiles.plan``); the pictures are laid out again when that changes."""
        if not self._layers:
            return
        p = self.picture
        shapes = [e["layer"].bits.shape for e in self._layers]
        height = p.height() - p.label_h() - 8
        cell, stacks = plan(shapes, p.width() - TAIL, height)
        widths = [max(28 * cell + 12, 84)]
        for e, shape, per in zip(self._layers, shapes, stacks):
            if e["tiling"].rows != min(per, shape[0]) or e["tiling"].shape != shape:
                e["tiling"] = Tiling(shape, per)
            t = e["tiling"]
            band = p.bands[len(widths)]
            band.shape = (t.height, t.width)
            widths.append(max(t.width * cell * (1 if len(shape) == 3 else 4 / 3) + 12, 84))
        p.widths = widths + [TAIL]
        if self._layers[0]["prev"] is not None:
            self._render(time.perf_counter())
        else:
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
            for i, e in enumerate(self._layers):
                e["prev"] = e["image"] = e["base"] = None
                e["flips"] = 0
            for b in self.picture.bands:
                b.image = None
            self.picture.set_scores(None, self.picture.score_meaning, None)
            self.picture.hint = "draw a digit: the network reads it here, layer by layer"
            self._fade.stop()
            self.picture.update()
            return
        if [(la.name, la.bits.shape, la.binary) for la in layers] != self._signature:
            self._build(layers, [""] * len(layers), reading is not None
                        and reading.input_bits is not None, self.picture.score_meaning)
        now = time.perf_counter()
        for e, layer in zip(self._layers, layers):
            e["layer"] = layer
            if layer.binary:
                if e["prev"] is None:
                    e["flip_t"] = np.full(layer.bits.shape, -np.inf)
                    e["base"] = layer.bits.copy()
                else:
                    e["flip_t"][layer.bits != e["prev"]] = now
                    if e["base"] is None:  # a stroke began: count from the bits before it
                        e["base"] = e["prev"]
                e["flips"] = int((layer.bits != e["base"]).sum())
                e["prev"] = layer.bits.copy()
        if reading is not None:
            self._show_input(reading)
            self.picture.set_scores(reading.scores, self.picture.score_meaning, reading.digit)
        self.picture.hint = ""
        self._render(now)

    def _render(self, now: float) -> None:
        fading = False
        for i, e in enumerate(self._layers):
            layer = e["layer"]
            rgb, fading_here = self._colours(e, layer, now)
            fading |= fading_here
            e["image"] = rgb
            band = self.picture.bands[i + 1]
            words = band.subtitle.split("\n")[:2]
            band.subtitle = "\n".join(words) + (
                f"\n{e['flips']} flipped by this stroke" if layer.binary else "")
            self.picture.set_image(i + 1, self._focused_part(i, rgb))
        if fading and not self._fade.isActive():
            self._fade.start()
        elif not fading:
            self._fade.stop()
        self.picture.update()

    def _colours(self, e, layer, now: float):
        t: Tiling = e["tiling"]
        if not layer.binary:  # symmetric about 0, scaled to the layer's largest magnitude
            v = layer.bits.astype(np.float32)
            scale = max(float(np.abs(v).max()), 1e-12)
            idx = np.rint((v / scale + 1) * 127.5).astype(np.uint8)
            rgb = DIVERGING[t.image(idx, 0)]
            rgb[t.image(np.zeros(idx.shape, bool), True)] = LUT[4]
            return rgb, False
        on = (layer.bits > 0).view(np.uint8)
        base = LUT[t.image(on, 4)].astype(np.float32)
        age = now - e["flip_t"]
        if not (age < FADE_S).any():
            return base.astype(np.uint8), False
        # a flipped unit: its flip colour in full, fading to its bit's colour over FADE_S
        alpha = np.clip(1 - age / FADE_S, 0, 1).astype(np.float32)
        marked = LUT[t.image(on + 2, 4)].astype(np.float32)
        a = t.image(alpha, np.float32(0))[..., None]
        return (base * (1 - a) + marked * a).astype(np.uint8), True

    def _show_input(self, reading) -> None:
        grey = (np.clip(reading.input, 0, 1) * 255).astype(np.uint8)
        rgb = np.repeat(grey[..., None], 3, 2)
        if reading.input_bits is not None:
            bits = LUT[(reading.input_bits > 0).view(np.uint8)]
            rgb = np.concatenate([rgb, np.full((1, 28, 3), 70, np.uint8), bits])
        self.picture.set_image(0, rgb)

    def _on_fade_timeout(self) -> None:
        if self._layers and self._layers[0]["prev"] is not None:
            self._render(time.perf_counter())
        else:
            self._fade.stop()

    def _on_drawing_changed(self, kind: str) -> None:
        active = self.drawing.active
        if kind != "point" or (active is not None and len(active) == 1):
            for e in self._layers:  # a new stroke (or a new drawing): count its flips afresh
                e["base"] = None

    # --- focus -------------------------------------------------------------------------------
    def focus_layer(self, band: int | None, channel: int | None = 0) -> None:
        """Show band ``band`` (0 the input, 1.. the layers) large, or the overview (None)."""
        self._channel = channel
        self.picture.set_focus(band)
        if band is not None and band > 0 and self._layers[band - 1]["image"] is not None:
            e = self._layers[band - 1]
            self.picture.set_image(band, self._focused_part(band - 1, e["image"]))
        elif band is None:
            for i, e in enumerate(self._layers):
                if e["image"] is not None:
                    self.picture.set_image(i + 1, e["image"])
        self._retitle()
        self.setFocus()

    def _focused_part(self, i: int, rgb: np.ndarray) -> np.ndarray:
        """The picture band i + 1 shows: one channel of a focused conv layer, else all."""
        shape = self._layers[i]["layer"].bits.shape
        if self.picture.focus != i + 1 or len(shape) != 3 or self._channel is None:
            return rgb
        t: Tiling = self._layers[i]["tiling"]
        r, c = divmod(self._channel, t.cols)
        y, x = r * (t.tile[0] + t.gap), c * (t.tile[1] + t.gap)
        return np.ascontiguousarray(rgb[y: y + t.tile[0], x: x + t.tile[1]])

    def _retitle(self) -> None:
        f = self.picture.focus
        if f is None or f == 0:
            return
        la = self._layers[f - 1]["layer"]
        band = self.picture.bands[f]
        base = band.title.split("  [")[0]
        if len(la.bits.shape) == 3 and self._channel is not None:
            band.title = f"{base}  [channel {self._channel} of {la.bits.shape[0]}]"
        else:
            band.title = base
        self.picture.update()

    def keyPressEvent(self, e):
        f, key = self.picture.focus, e.key()
        if f is None:
            return super().keyPressEvent(e)
        n = len(self.picture.bands)
        conv = f > 0 and len(self._layers[f - 1]["layer"].bits.shape) == 3
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_O):
            self.focus_layer(None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.focus_layer((f + (1 if key == Qt.Key.Key_Right else -1)) % n, 0)
        elif conv and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            channels = self._layers[f - 1]["layer"].bits.shape[0]
            step = 1 if key == Qt.Key.Key_Down else -1
            self.focus_layer(f, ((self._channel or 0) + step) % channels)
        elif conv and key == Qt.Key.Key_A:
            self.focus_layer(f, None if self._channel is not None else 0)
        else:
            super().keyPressEvent(e)

    def _on_picture_title_clicked(self, band: int) -> None:
        self.focus_layer(None if self.picture.focus == band else band, 0)

    # --- pointer -----------------------------------------------------------------------------
    def _unit(self, band: int, row: int, col: int):
        """The layer entry and unit index under a picture cell (None for the input or a gap)."""
        if band < 1 or band > len(self._layers) or self._layers[band - 1]["image"] is None:
            return None, None
        e = self._layers[band - 1]
        shape = e["layer"].bits.shape
        if self.picture.focus == band and len(shape) == 3 and self._channel is not None:
            return e, (self._channel, row, col)
        return e, e["tiling"].unit_at(row, col)

    def _on_picture_hovered(self, band: int, row: int, col: int) -> None:
        if row == -2:  # a title: the whole label, which the band may be too narrow for
            b = self.picture.bands[band]
            words = b.subtitle.replace("\n", "; ")
            self.info.setText(f"<b>{b.title}</b>: {words}. Click to enlarge.")
            return
        entry, unit = self._unit(band, row, col)
        if unit is None:
            if band == 0 and self._reading is not None and self._reading.input is not None \
                    and row < 28:
                self.info.setText(f"input pixel ({row}, {col}): "
                                  f"{self._reading.input[row, col]:.2f}")
            else:
                self.info.setText(self._legend + HINT)
            return
        layer = entry["layer"]
        pre, bit = float(layer.pre[unit]), layer.bits[unit]
        where = f"channel {unit[0]} at ({unit[1]}, {unit[2]})" if len(unit) == 3 else f"unit {unit[0]}"
        out = f"{int(bit):+d}" if layer.binary else f"{float(bit):.3f}"
        text = f"{layer.name}, {where}: {layer.pre_meaning} {pre:+.4g} → {out}"
        self.info.setText(text)
        self.unit_hovered.emit(text)

    def _on_picture_clicked(self, band: int, row: int, col: int) -> None:
        entry, unit = self._unit(band, row, col)
        if unit is not None:
            self.unit_clicked.emit(entry["layer"].name, unit)

    def layer_names(self) -> list[str]:
        return [e["layer"].name for e in self._layers]
