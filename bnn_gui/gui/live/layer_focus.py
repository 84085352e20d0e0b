"""One layer of the network view enlarged: a conv layer one channel at a time (Up/Down), or all
its channels in a grid of the view's own shape (A), Left/Right to the next layer, Backspace or
Esc back to the overview; the band's title says which channel.

A part of ``NetworkView`` (a mixin: it reads the view's layers and picture), kept apart because
it is one concern: which part of a layer fills the view."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from bnn_gui.gui.live.tiles import Tiling


class LayerFocus:
    def _tiling(self, i: int) -> Tiling:
        """How layer ``i``'s maps are laid out now: stacked to fit the overview, or, for a conv
        layer enlarged with all its channels, in a grid of the view's own shape."""
        e = self._layers[i]
        shape = e["layer"].bits.shape
        if self.picture.focus == i + 1 and len(shape) == 3 and self._channel is None:
            p = self.picture
            aspect = max(p.height() - p.label_h(), 1) / max(p.width(), 1)
            rows = max(1, round((shape[0] * aspect * shape[2] / shape[1]) ** 0.5))
            if e.get("focused_tiling") is None or e["focused_tiling"].rows != rows \
                    or e["focused_tiling"].shape != shape:
                e["focused_tiling"] = Tiling(shape, rows)
            return e["focused_tiling"]
        return e["tiling"]

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
        self._mark()
        self.setFocus()

    def _focused_part(self, i: int, rgb: np.ndarray) -> np.ndarray:
        """The picture band i + 1 shows: one channel of a focused conv layer, else all."""
        e = self._layers[i]
        shape = e["layer"].bits.shape
        if self.picture.focus != i + 1 or len(shape) != 3:
            return rgb
        if self._channel is None:  # every channel, in a grid of the view's shape
            return self._colours(e, e["layer"], self._tiling(i))
        t: Tiling = e["tiling"]
        r, c = divmod(self._channel, t.cols)
        y, x = r * (t.tile[0] + t.gap), c * (t.tile[1] + t.gap)
        return np.ascontiguousarray(rgb[y: y + t.tile[0], x: x + t.tile[1]])

    def _retitle(self) -> None:
        """Each band's title: the layer's name, and for the enlarged conv layer its channel."""
        f = self.picture.focus
        for i, e in enumerate(self._layers):
            band = self.picture.bands[i + 1]
            band.title = e["layer"].name
            shape = e["layer"].bits.shape
            if f == i + 1 and len(shape) == 3:
                band.title += (f"  [channel {self._channel} (0–{shape[0] - 1})]"
                               if self._channel is not None else f"  [all {shape[0]} channels]")
        self.picture.update()

    def keyPressEvent(self, e):
        f, key = self.picture.focus, e.key()
        if f is None:
            return super().keyPressEvent(e)
        n = len(self.picture.bands)
        conv = f > 0 and len(self._layers[f - 1]["layer"].bits.shape) == 3
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_O, Qt.Key.Key_Escape):
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

