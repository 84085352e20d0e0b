"""Step / Play in Inside one neuron: the chosen conv unit moved along its map, one position at
a time or a position every STEP_MS, each move told to the network view (``walked``) so that
the map fills in cell by cell.

A part of ``NeuronPanel`` (a mixin: it reads the panel's chosen unit, last model, buttons and
timer), kept apart because it is one concern: walking the window across the map."""

from __future__ import annotations

from bnn_gui.core.engine.geometry import conv_side


class UnitWalk:
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

