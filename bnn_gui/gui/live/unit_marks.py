"""The chosen and the hovered unit in the network view: the unit boxed in its map, the window
it reads outlined in the layer below and in the 28x28 (``core.live.receptive``), the 28x28
windows handed to the canvas to outline on the drawing, and Step / Play's partly computed map.

A part of ``NetworkView`` (a mixin: it reads the view's layers, tilings, focus and picture), kept
apart because it is one concern: where a unit and what it reads are on screen."""

from __future__ import annotations

from bnn_gui.core.live.receptive import receptive_field
from bnn_gui.gui.live.network_picture import Outline


class UnitMarks:
    def select_unit(self, layer: str | None, unit: tuple = ()) -> None:
        """Outline ``unit`` of ``layer`` (None: no unit) and the windows it reads."""
        self.selected = None if layer is None else (layer, tuple(int(u) for u in unit))
        self._mark()
        self.picture.update()

    def reveal(self, layer: str | None, channel: int = 0, computed: int | None = None) -> None:
        """Step / Play in Inside one neuron: show only the first ``computed`` positions of
        ``channel`` of ``layer`` (row by row), as if the window had computed them so far, and
        that channel large; None: the whole map again."""
        before = self._reveal
        self._reveal = None if layer is None or computed is None else (layer, channel,
                                                                         computed)
        names = self.layer_names()
        if self._reveal is not None and layer in names:
            band = names.index(layer) + 1
            if self.picture.focus != band or self._channel != channel:
                self.focus_layer(band, channel)
        if self._reveal != before and self._layers and self._layers[0]["image"] is not None:
            self._render()

    def _field(self, chosen):
        """(band of the unit, unit, its Field) for a chosen (layer, unit), if it is in this
        model's maps."""
        if chosen is None or self._config is None:
            return None
        names = [e["layer"].name for e in self._layers]
        layer, unit = chosen
        if layer not in names:
            return None
        i = names.index(layer)
        shape = self._layers[i]["layer"].bits.shape
        if len(unit) != len(shape) or any(not 0 <= u < s for u, s in zip(unit, shape)):
            return None
        try:
            return i, unit, receptive_field(self._config, i, unit)
        except ValueError:
            return None

    def _outlines(self, chosen, strong: bool) -> list[Outline]:
        found = self._field(chosen)
        if found is None:
            return []
        i, unit, field = found
        out = []
        cells = self._cells(i, unit)
        if cells is not None:
            out.append(Outline(i + 1, [cells], strong, True))
        if i > 0:  # the window in the layer below, in each of its channel maps
            out.append(Outline(i, self._window_cells(i - 1, field.below), strong, False))
        out.append(Outline(0, self._input_cells(field.input), strong, False))
        return out

    def _cells(self, i: int, unit: tuple):
        """(row, col, rows, cols) of ``unit`` of layer ``i`` in its band's picture now."""
        e = self._layers[i]
        shape = e["layer"].bits.shape
        if self.picture.focus == i + 1 and len(shape) == 3 and self._channel is not None:
            return (unit[1], unit[2], 1, 1) if unit[0] == self._channel else None
        t = self._tiling(i)
        th, tw = t.tile
        r, c = divmod(unit[0], t.cols)
        y, x = (unit[1], unit[2]) if len(unit) == 3 else (0, 0)
        return (r * (th + t.gap) + y, c * (tw + t.gap) + x, 1, 1)

    def _window_cells(self, i: int, w) -> list[tuple]:
        """A window of layer ``i``'s map (every channel) as rectangles in its band's picture."""
        e = self._layers[i]
        shape = e["layer"].bits.shape
        t = self._tiling(i)
        if len(shape) != 3:  # dense: the whole layer
            return [(0, 0, t.height, t.width)]
        (r0, r1), (c0, c1) = w.rows, w.cols
        if self.picture.focus == i + 1 and self._channel is not None:
            return [(r0, c0, r1 - r0, c1 - c0)]
        th, tw = t.tile
        rects = []
        for ch in range(shape[0]):
            r, c = divmod(ch, t.cols)
            rects.append((r * (th + t.gap) + r0, c * (tw + t.gap) + c0, r1 - r0, c1 - c0))
        return rects

    def _input_cells(self, w) -> list[tuple]:
        (r0, r1), (c0, c1) = w.rows, w.cols
        rects = [(r0, c0, r1 - r0, c1 - c0)]
        if self.picture.bands and self.picture.bands[0].shape[0] == 57:  # and its ±1 form
            rects.append((29 + r0, c0, r1 - r0, c1 - c0))
        return rects

    def _mark(self) -> None:
        outlines = self._outlines(self.selected, True)
        if self._hovered != self.selected:
            outlines += self._outlines(self._hovered, False)
        self.picture.outlines = outlines
        fields = []
        for chosen in (self.selected, self._hovered):
            found = self._field(chosen)
            fields.append(None if found is None else (found[2].input.rows, found[2].input.cols))
        if tuple(fields) != self._fields:
            self._fields = tuple(fields)
            self.input_fields_changed.emit(*fields)

