"""The packed engine's scores for many copies of one input, each with one pixel changed,
computed exactly without running the whole network on each copy.

"Which pixels matter" reads 784 such copies. A pixel only reaches the units whose windows
cover it: in a conv layer, the output positions whose k x k window holds a changed input cell.
So, layer by layer, only those (copy, position) pairs are computed, with the engine's own
arithmetic (``PackedNet._hidden``'s dot products, thresholds and pooling), and the rest of each
copy's map is the unchanged input's. A copy whose map comes out of a layer unchanged is the
unchanged input from there on, and its scores are the unchanged scores. In a dense layer
every unit reads every input, but a copy's dots differ from the unchanged input's only by what
its changed inputs add (``(new - old) * weight``), and those are few.

The result is the same integers the full engine gives (``tests/core/test_single_flips.py``
compares them on every binary preset); only the work differs.
"""

from __future__ import annotations

import numpy as np

from bnn_gui.core.engine.geometry import input_bits, input_levels
from bnn_gui.core.engine.packed import PackedNet, conv_dots, dense_dots
from bnn_gui.core.stopping import check


def flip_scores(net: PackedNet, x: np.ndarray, pixels: np.ndarray, values: np.ndarray,
                should_stop=None) -> np.ndarray:
    """(N, 10) integer output scores (``PackedNet.output_dots``) of ``x`` (28x28 in [0, 1])
    with pixel ``pixels[i]`` (flat index) set to ``values[i]``, for each i."""
    pixels = np.asarray(pixels, np.int64)
    n = len(pixels)
    base_levels = input_levels(np.asarray(x, np.float32)[None]).reshape(1, 1, 28, 28)
    new_levels = input_levels(np.asarray(values, np.float32)).reshape(-1)
    levels = np.repeat(base_levels, n, axis=0)
    levels.reshape(n, -1)[np.arange(n), pixels] = new_levels
    if net.binarize_input:
        base, maps = input_bits(base_levels), input_bits(levels)
    else:
        base, maps = base_levels, levels
    changed = (maps != base).any(1)  # (N, H, W): the cells a copy changed
    active = np.flatnonzero(changed.reshape(n, -1).any(1))  # the copies still unlike x
    maps, changed = maps[active], changed[active]  # kept in step with ``active``
    scores = np.repeat(net.output_dots(_forward_hidden(net, base)), n, axis=0)
    for layer in net.layers[:-1]:
        check(should_stop)
        if len(active) == 0:
            return scores
        if layer.kind == "conv":
            base_next = net._hidden(layer, base, False)[0]
            maps, changed = _conv_copies(layer, base, maps, changed, base_next)
            keep = changed.reshape(len(active), -1).any(1)
            active, maps, changed = active[keep], maps[keep], changed[keep]
            base = base_next
        else:  # dense: every unit reads every input; a copy's dots move by what it changed
            maps = _dense_copies(net, layer, base, maps, pixels[active],
                                 new_levels[active], base_levels)
            base = net._hidden(layer, base, False)[0]
            keep = (maps != base).any(1)
            active, maps = active[keep], maps[keep]
            changed = None
    if len(active):
        scores[active] = _dense_moved(net.layers[-1], base, maps)
    return scores


def _forward_hidden(net: PackedNet, h: np.ndarray) -> np.ndarray:
    for layer in net.layers[:-1]:
        h = net._hidden(layer, h, False)[0]
    return h


def _conv_copies(layer, base, maps, changed, base_out):
    """One conv layer for copies ``maps`` (M, C, H, W) of the input ``base`` (1, C, H, W) that
    differ from it in the cells ``changed`` (M, H, W): their output maps (M, U, H', W') and
    where those differ from ``base_out`` (M, H', W')."""
    idx = layer.geometry()[0]
    m, pad, k, p = len(maps), layer.padding, layer.kernel, layer.pool
    n_pos = len(idx)
    side = int(round(np.sqrt(n_pos)))  # pre-pool output side
    # the (copy, position) pairs whose window holds a changed cell: output (i, j) reads input
    # rows i - pad .. i - pad + k - 1, so a changed row r reaches i = r + pad - ky, ky < k
    copy_c, row_c, col_c = np.nonzero(changed)
    keys = []
    for ky in range(k):
        for kx in range(k):
            i, j = row_c + pad - ky, col_c + pad - kx
            ok = (i >= 0) & (i < side) & (j >= 0) & (j < side)
            keys.append(copy_c[ok] * n_pos + i[ok] * side + j[ok])
    key = np.unique(np.concatenate(keys))
    copy, pos = key // n_pos, key % n_pos
    dots = conv_dots(layer, maps, (copy, pos))  # (Q, U)
    new_bits = (dots >= layer.threshold) != layer.flip  # (Q, U)
    base_bits = (conv_dots(layer, base)[0] >= layer.threshold) != layer.flip  # (P, U)
    # pooling: only the pooled cells that hold a recomputed position change; each is the OR
    # (AND where flipped) of its p x p positions, recomputed ones taken from ``new_bits``
    cells_side = side // p
    r, c = pos // side, pos % side
    inside = (r < cells_side * p) & (c < cells_side * p)  # a pool drops the ragged edge
    cell_key = np.unique(copy[inside] * cells_side ** 2 + (r[inside] // p) * cells_side
                         + c[inside] // p)
    cell_copy, cell = cell_key // cells_side ** 2, cell_key % cells_side ** 2
    dy, dx = np.divmod(np.arange(p * p), p)
    members = ((cell // cells_side)[:, None] * p + dy) * side + (cell % cells_side)[:, None] * p + dx
    slot = np.full((m, n_pos), -1, np.int64)
    slot[copy, pos] = np.arange(len(pos))
    s = slot[cell_copy[:, None], members]  # (R, p*p): the pair computed there, or -1
    window = np.where((s >= 0)[..., None], new_bits[np.maximum(s, 0)], base_bits[members])
    pooled = np.where(layer.flip, window.all(1), window.any(1)) if p > 1 else window[:, 0]
    out = np.repeat(base_out, m, axis=0)  # (M, U, H', W')
    cy, cx = cell // cells_side, cell % cells_side
    out[cell_copy, :, cy, cx] = pooled
    differs = np.zeros((m, cells_side, cells_side), bool)
    differs[cell_copy, cy, cx] = (pooled != base_out[0][:, cy, cx].T).any(1)
    return out, differs


def _dense_copies(net, layer, base, maps, pixels, new_levels, base_levels):
    """A dense layer's output bits for copies ``maps`` (M, ...) of ``base`` (1, ...). Each
    copy's dots are the unchanged input's plus what its changed inputs add:
    ``dot_m = dot + sum_j (x_m[j] - x[j]) * w[j]``, summed over the inputs j that some copy
    changes (for ±1 inputs held as bits, x_m[j] - x[j] is ±2). A handful of the units of the
    layer before change per copy (about 30-70 of bnn-mlp's 1,024), so this product is a few
    dozen to a few hundred rows deep instead of the layer's whole width. A first layer that
    reads pixel levels, where each copy changes one pixel, moves by (new - old level) x that
    pixel's weights. Every sum is of small integers, exact in float32."""
    return (_dense_moved(layer, base, maps, pixels, new_levels, base_levels)
            >= layer.threshold) != layer.flip


def _dense_moved(layer, base, maps, pixels=None, new_levels=None, base_levels=None):
    """The dots (M, U) of a dense or output layer for the copies ``maps`` of ``base``."""
    signs = layer.signs()  # (n_in, U) ±1
    base_dots = dense_dots(layer, base)  # (1, U)
    if layer.real_input and pixels is not None and maps.dtype != bool \
            and maps.shape[1:] == (1, 28, 28):
        step = (new_levels - base_levels.reshape(-1)[pixels]).astype(np.float32)
        return base_dots + (step[:, None] * signs[pixels]).astype(np.int32)
    flat, before = maps.reshape(len(maps), -1), base.reshape(-1)
    cols = np.flatnonzero((flat != before).any(0))
    step = flat[:, cols].astype(np.float32) - before[cols].astype(np.float32)
    if not layer.real_input:
        step *= 2  # bits 1/0 stand for +1/-1
    return base_dots + (step @ signs[cols]).astype(np.int32)
