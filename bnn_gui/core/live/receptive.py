"""Which inputs a unit reads: its window in the layer below and its receptive field in the
28x28 input (numpy-free geometry from the model's config; the same for every engine).

A conv block is conv(kernel k, zero padding pad) -> BatchNorm -> sign -> max-pool(p). Its pooled
unit at (y, x) takes the largest of the p x p pre-pool positions (y*p + i, x*p + j), and the
pre-pool position (py, px) reads input rows py - pad .. py - pad + k - 1 (and columns alike),
over every input channel. So the pooled unit reads rows

    [y*p - pad, y*p + (p - 1) - pad + k)        (half-open, clipped to the map)

of the layer below. A window [a, b) of a pooled map goes down through the block beneath it the
same way, by the rule applied to its first and last rows: [a*p - pad, (b - 1)*p + p - 1 - pad + k).
A dense unit reads every unit of the layer below, so its field is the whole map below and the
whole 28x28.
"""

from __future__ import annotations

from dataclasses import dataclass

from bnn_gui.core.engine.geometry import conv_side


@dataclass(frozen=True)
class Window:
    """Rows and columns [start, stop) of a map, over every channel (a conv window reads them
    all); ``whole``: the unit reads the whole layer (a dense unit; rows and columns then span
    the map below when it is a map, and are (0, 0) when it is a dense layer)."""

    rows: tuple[int, int]
    cols: tuple[int, int]
    whole: bool = False  # the whole layer (a dense unit's input)


@dataclass(frozen=True)
class Field:
    below: Window  # in the layer below: its output map (or the 28x28 for the first layer)
    input: Window  # in the 28x28 input


def _sides(config) -> list[int]:
    """The side of each conv block's input map, then the side after the last block."""
    sides = [28]
    for c in config.conv:
        sides.append(conv_side(sides[-1], c.kernel, c.padding, c.pool))
    return sides


def _down(conv, a: int, b: int, side_in: int) -> tuple[int, int]:
    """Pooled rows [a, b) of a conv block -> the rows [start, stop) of its input they read."""
    start = a * conv.pool - conv.padding
    stop = (b - 1) * conv.pool + conv.pool - 1 - conv.padding + conv.kernel
    return max(0, start), min(side_in, stop)


def receptive_field(config, layer: int, unit: tuple) -> Field:
    """The field of ``unit`` ((channel, y, x) of a conv block's pooled map, or (i,)) of hidden
    layer ``layer`` (0-based, conv blocks first, as the model computes them)."""
    convs, sides = list(config.conv), _sides(config)
    if layer >= len(convs):  # a dense unit: every input
        full = Window((0, 28), (0, 28), True)
        if layer == len(convs) and convs:
            s = sides[-1]
            return Field(Window((0, s), (0, s), True), full)
        return Field(full if layer == 0 else Window((0, 0), (0, 0), True), full)
    if len(unit) != 3:
        raise ValueError(f"a conv unit is (channel, y, x), not {unit!r}")
    _, y, x = (int(u) for u in unit)
    rows, cols = _down(convs[layer], y, y + 1, sides[layer]), _down(convs[layer], x, x + 1,
                                                                   sides[layer])
    below = Window(rows, cols)
    for i in range(layer - 1, -1, -1):
        rows = _down(convs[i], *rows, sides[i])
        cols = _down(convs[i], *cols, sides[i])
    return Field(below, Window(rows, cols))
