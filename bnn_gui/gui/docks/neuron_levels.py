"""What Inside one neuron writes and draws, as plain functions of a traced unit (no widgets):
its inputs laid out as the window it reads, a number of the arithmetic as a link, the bits
level's words and C, how a layer's inputs are laid out, whether a unit exists."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication

from bnn_gui.core.engine.geometry import conv_side
from bnn_gui.gui.live.tiles import tile

SHOWN_WORDS = 5  # packed words listed; a longer input says how many more


def grid(values: np.ndarray, shape: tuple) -> np.ndarray:
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


def link(name: str, value=None) -> str:
    """A number of the arithmetic as a link: hovering it outlines the cells it counts."""
    text = name if value is None else f"<b>{value}</b>"
    return f"<a href='{name}' style='color:#7fdcff'>{text}</a>"


def bits_text(t, words, c_lines) -> str:
    """The bits level: the unit's words in hex, XOR, popcount per word, then the C."""
    import html

    rows = []
    if t.real_input:
        rows.append(QCoreApplication.translate("bits", "weights, 64 a word (the levels are summed, not packed):"))
        for k, w in enumerate(words[:SHOWN_WORDS]):
            rows.append(f"w[{k}] {w.w:016x}")
    else:
        rows.append(QCoreApplication.translate("bits", "word x (input)         w (weights)     pop(x^w)"))
        for k, w in enumerate(words[:SHOWN_WORDS]):
            rows.append(f"{k:>4} {w.x:016x} {w.w:016x} {w.disagree:>3}")
        total = sum(w.disagree for w in words)
        more = (" " + QCoreApplication.translate("bits", "(+{0} more words)").format(len(words) - SHOWN_WORDS)
                if len(words) > SHOWN_WORDS else "")
        rows.append(QCoreApplication.translate("bits", "disagree = {0}{1}; dot = n − 2 × {0} = {2}").format(
            total, more, t.n - 2 * total))
    if len(words) > SHOWN_WORDS and t.real_input:
        rows.append(QCoreApplication.translate("bits", "(+{0} more words)").format(len(words) - SHOWN_WORDS))
    rows.append(QCoreApplication.translate("bits", "bnn.c (bnn-gui export --c):"))
    for c in c_lines:  # a macro's body on its own line: the column stays narrow
        head, sep, body = c.partition(") (") if c.startswith("#define") else (c, "", "")
        rows += [f"  {head}{')' if sep else ''}"] + ([f"    ({body}"] if sep else [])
    return "<pre style='margin:0'>" + html.escape("\n".join(rows)) + "</pre>"


def input_shape(net, i: int) -> tuple:
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


def unit_in(L, unit: tuple) -> bool:
    """Whether ``unit`` ((channel, y, x) of the pooled map, or (i,)) exists in layer ``L``."""
    if L.kind == "conv":
        side = conv_side(L.in_shape[1], L.kernel, L.padding, L.pool)
        return len(unit) == 3 and 0 <= unit[0] < L.units and 0 <= min(unit[1:]) \
            and max(unit[1:]) < side
    return len(unit) == 1 and 0 <= unit[0] < L.units
