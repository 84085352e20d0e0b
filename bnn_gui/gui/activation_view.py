"""Every hidden layer's activations as one painted picture per layer, updated in place.

Binary layers in two colours (-1 dark, +1 light); units whose sign flipped since the previous
reading in two marking colours; real-valued layers on a diverging scale. Conv layers are a grid
of channel maps, dense layers a near-square grid of units. Hovering a unit shows its layer,
index and the value its sign reads; clicking it opens "Inside one neuron".

Painted with QPainter, not a scene graph: a reading turns each layer's values into RGB bytes
(one numpy gather) and repaints this widget only; cells are drawn with nearest-neighbour
scaling, whole screen pixels per cell where they fit.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .pictures import PictureStrip
from .tiles import grid_shape

# colour indices: 0 = -1, 1 = +1, 2 = flipped to -1, 3 = flipped to +1, 4 = gap between tiles
LUT = np.array([[31, 42, 68], [242, 230, 201], [214, 45, 122], [255, 140, 0], [70, 70, 70]],
               np.uint8)
# real-valued layers: a diverging map, blue (negative) to dark grey (0) to orange (positive)
_t = np.linspace(-1, 1, 256)[:, None]
DIVERGING = np.where(_t < 0, (1 + _t) * [40, 40, 40] - _t * [70, 140, 255],
                     (1 - _t) * [40, 40, 40] + _t * [255, 160, 40]).astype(np.uint8)
GAP_RGB = LUT[4]
LEGEND = ("<span style='background:#1f2a44;color:#ddd'>&nbsp;−1&nbsp;</span> "
          "<span style='background:#f2e6c9;color:#000'>&nbsp;+1&nbsp;</span> "
          "<span style='background:#ff8c00;color:#000'>&nbsp;just became +1&nbsp;</span> "
          "<span style='background:#d62d7a;color:#fff'>&nbsp;just became −1&nbsp;</span>")
HINT = "  —  hover a unit to see its value, click it to look inside"


class Tiling:
    """Where each unit of a layer goes in its image: conv (C, H, W) or dense (D,)."""

    def __init__(self, shape: tuple[int, ...]):
        self.shape = shape
        if len(shape) == 3:
            c, h, w = shape
            self.rows, self.cols = grid_shape(c)
            self.tile = (h, w)
            self.gap = 1
        else:
            self.rows, self.cols = grid_shape(shape[0])
            self.tile, self.gap = (1, 1), 0
        th, tw = self.tile
        self.height = self.rows * (th + self.gap) - self.gap
        self.width = self.cols * (tw + self.gap) - self.gap

        # where each image pixel takes its value from: a unit's flat index, or the fill value
        # (index n, appended by `image`) in gaps; gathering is one numpy call per frame
        n = int(np.prod(shape))
        self._gather = np.full((self.height, self.width), n, np.intp)
        for i in range(self.rows * self.cols):
            if i * th * tw >= n:
                break
            r, c = divmod(i, self.cols)
            y, x = r * (th + self.gap), c * (tw + self.gap)
            self._gather[y: y + th, x: x + tw] = np.arange(i * th * tw, (i + 1) * th * tw
                                                           ).reshape(th, tw)

    def image(self, values: np.ndarray, fill) -> np.ndarray:
        """The layer's values (any array of its shape) laid out as one picture."""
        return np.append(values.ravel(), np.asarray(fill, values.dtype))[self._gather]

    def unit_at(self, row: int, col: int) -> tuple | None:
        """The unit index (channel, y, x) or (i,) under an image pixel, or None for a gap."""
        th, tw = self.tile
        r, y = divmod(row, th + self.gap)
        c, x = divmod(col, tw + self.gap)
        if y >= th or x >= tw or r >= self.rows or c >= self.cols:
            return None
        i = r * self.cols + c
        if len(self.shape) == 3:
            return (i, y, x) if i < self.shape[0] else None
        return (i,) if i < self.shape[0] else None


class ActivationView(QWidget):
    unit_hovered = Signal(str)
    unit_clicked = Signal(str, object)  # layer name, unit index tuple

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pictures = PictureStrip()
        self.pictures.hovered.connect(self._on_pictures_hovered)
        self.pictures.clicked.connect(self._on_pictures_clicked)
        self.info = QLabel(LEGEND + HINT)
        self.info.setWordWrap(True)
        self.info.setFixedHeight(2 * self.info.fontMetrics().height() + 6)  # no jumps on hover
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.pictures, 1)
        lay.addWidget(self.info)
        self.setToolTip("±1 activations of every binary layer for the current drawing")
        self._layers: list[dict] = []
        self._signature = None

    def _build(self, layers) -> None:
        """The layers' pictures and labels (only when the model's shape changes)."""
        self._layers = [{"tiling": Tiling(la.bits.shape), "layer": la, "prev": None,
                         "image": None} for la in layers]
        self.pictures.set_layers([f"{la.name}: {_describe(la)}" for la in layers],
                                 [(e["tiling"].height, e["tiling"].width) for e in self._layers])
        self._signature = [(layer.name, layer.bits.shape, layer.binary) for layer in layers]

    def show_reading(self, reading) -> None:
        self.show_layers(reading.layers if reading is not None and reading.digit is not None
                         else None)

    def show_layers(self, layers) -> None:
        """Update every picture in place with a new Reading's layers (or clear for None)."""
        if not layers:
            for e in self._layers:
                e["prev"] = e["image"] = None
            self.pictures.clear_images()
            return
        if [(la.name, la.bits.shape, la.binary) for la in layers] != self._signature:
            self._build(layers)
        for i, (e, layer) in enumerate(zip(self._layers, layers)):
            e["layer"] = layer
            t: Tiling = e["tiling"]
            if layer.binary:
                idx = (layer.bits > 0).view(np.uint8)
                if e["prev"] is not None:  # 2 and 3: the bit flipped since the last reading
                    idx = idx + 2 * (layer.bits != e["prev"]).view(np.uint8)
                e["prev"] = layer.bits.copy()
                rgb = LUT[t.image(idx, 4)]
            else:  # symmetric about 0, scaled to the layer's largest magnitude
                v = layer.bits.astype(np.float32)
                scale = max(float(np.abs(v).max()), 1e-12)
                idx = np.rint((v / scale + 1) * 127.5).astype(np.uint8)
                rgb = DIVERGING[t.image(idx, 0)]
                rgb[t.image(np.zeros(idx.shape, bool), True)] = GAP_RGB
            e["image"] = rgb
            self.pictures.set_image(i, rgb)
        self.pictures.update()

    def _on_pictures_hovered(self, index: int, row: int, col: int) -> None:
        if index < 0 or index >= len(self._layers) or self._layers[index]["image"] is None:
            self.info.setText(LEGEND + HINT)
            return
        entry = self._layers[index]
        unit = entry["tiling"].unit_at(row, col)
        if unit is None:
            return
        layer = entry["layer"]
        pre, bit = float(layer.pre[unit]), layer.bits[unit]
        where = f"channel {unit[0]} at ({unit[1]}, {unit[2]})" if len(unit) == 3 else f"unit {unit[0]}"
        out = f"{int(bit):+d}" if layer.binary else f"{float(bit):.3f}"
        text = f"{layer.name}, {where}: {layer.pre_meaning} {pre:+.4g} → {out}"
        self.info.setText(text)
        self.unit_hovered.emit(text)

    def _on_pictures_clicked(self, index: int, row: int, col: int) -> None:
        if index >= len(self._layers):
            return
        entry = self._layers[index]
        unit = entry["tiling"].unit_at(row, col)
        if unit is not None:
            self.unit_clicked.emit(entry["layer"].name, unit)

    def layer_names(self) -> list[str]:
        return [e["layer"].name for e in self._layers]


def _describe(layer) -> str:
    shape = layer.bits.shape
    kind = "±1" if layer.binary else "real"
    if len(shape) == 3:
        return f"{shape[0]} {kind} maps of {shape[1]}x{shape[2]}"
    return f"{shape[0]} {kind} units"
