"""Inside one neuron: how the packed engine computes one unit's bit, step by step.

For a hidden binary unit on the current digit: its input bits, its weight bits, the XNOR of
the two (1 where they agree), the popcount of agreements, the dot product 2 * popcount - n, the
folded BatchNorm threshold and the output bit. The first layer reads 8-bit pixel levels, so
there the "agreement" row is replaced by the signed levels and the dot is their sum. For a conv
unit after max-pooling, the position of the pool window whose dot is largest is traced (the
pooled bit is the OR of the window's bits; AND where the threshold is flipped). For the output
layer, the ten integer scores: the answer is the class with the most agreeing bits.

Every number comes from the same arrays as PackedNet.forward, and a unit's traced bit is the
bit shown in the map.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from bnn_gui.core.engine.geometry import input_bits, input_levels
from bnn_gui.core.engine.packed import PackedNet, unpack_bits


@dataclass
class NeuronTrace:
    layer: str
    unit: tuple  # (i,) dense, (channel, y, x) conv (pooled map coordinates)
    real_input: bool  # first layer: inputs are pixel levels 0..255, not bits
    inputs: np.ndarray  # (n,) bool bits (+1 = True) or int levels
    weights: np.ndarray  # (n,) bool, True = +1
    valid: np.ndarray  # (n,) bool: False for conv taps in the zero padding
    agree: np.ndarray  # (n,) bool XNOR(inputs, weights), or level * ±1 (int) for real input
    popcount: int  # agreeing bits (valid taps only); for real input, the number of +1 weights
    n: int  # inputs that count
    dot: int  # 2 * popcount - n, or sum(level * ±1)
    threshold: int
    flip: bool  # BatchNorm's scale is negative: the unit fires when dot < threshold
    bit: int  # +1 or -1
    window_dots: np.ndarray | None = None  # conv: the pool window's dots (pre-pool)
    position: tuple | None = None  # conv: (y, x) of the traced pre-pool position


@dataclass
class OutputTrace:
    scores: np.ndarray  # (10,) int: dot products of the last hidden bits with each class row
    answer: int


def _layer_inputs(net: PackedNet, x28: np.ndarray, readings=None):
    """The inputs of every layer for one digit: levels (1, 1, 28, 28), then each hidden
    layer's bits, plus the readings (``readings``: the engine's own of this digit, when the
    caller has them, spares a forward pass)."""
    x = input_levels(x28).reshape(1, 1, 28, 28)
    if net.binarize_input:
        x = input_bits(x)
    if readings is None:
        _, readings = net.forward(np.asarray(x28, np.float32)[None], record=True)
    return [x] + [r.bits for r in readings], readings


def trace(net: PackedNet, x28: np.ndarray, layer: str, unit: tuple,
          readings=None) -> NeuronTrace:
    """Trace ``unit`` of hidden ``layer`` (a name) on the 28x28 digit ``x28`` (pixels 0..1).
    ``readings``: ``net.forward(x28[None], record=True)[1]`` if the caller already has it."""
    names = [L.name for L in net.layers[:-1]]
    i = names.index(layer)
    L = net.layers[i]
    inputs, readings = _layer_inputs(net, x28, readings)
    h = inputs[i][0]  # this layer's input for the one digit
    if L.kind == "conv":
        return _trace_conv(L, h, tuple(unit), readings[i])
    u = int(unit[0])
    x = h.reshape(-1)
    w = unpack_bits(L.bits[u: u + 1], L.n_in)[0]
    return _finish(L, (u,), x, w, np.ones(L.n_in, bool), readings[i].dots[0][u])


def _finish(L, unit, x, w, valid, engine_dot, **extra) -> NeuronTrace:
    if L.real_input:
        agree = np.where(w, x, -x).astype(np.int64)
        popcount, n, dot = int(w[valid].sum()), int(valid.sum()), int(agree[valid].sum())
    else:
        agree = ~(x.astype(bool) ^ w)
        popcount, n = int((agree & valid).sum()), int(valid.sum())
        dot = 2 * popcount - n
    if dot != int(engine_dot):
        raise AssertionError(f"{L.name} {unit}: traced dot {dot} != engine's {engine_dot}")
    u = unit[0]
    t, flip = int(L.threshold[u]), bool(L.flip[u])
    fires = (dot >= t) != flip
    return NeuronTrace(L.name, unit, L.real_input, x, w, valid, agree, popcount, n, dot, t, flip,
                       1 if fires else -1, **extra)


def _trace_conv(L, h: np.ndarray, unit: tuple, reading) -> NeuronTrace:
    c, y, x = unit
    k, pad, p = L.kernel, L.padding, L.pool
    side = h.shape[1] + 2 * pad - k + 1
    window = [(y * p + dy, x * p + dx) for dy in range(p) for dx in range(p)]
    padded = np.zeros((h.shape[0], h.shape[1] + 2 * pad, h.shape[2] + 2 * pad), h.dtype)
    padded[:, pad: pad + h.shape[1], pad: pad + h.shape[2]] = h
    inside = np.zeros(padded.shape, bool)
    inside[:, pad: pad + h.shape[1], pad: pad + h.shape[2]] = True
    w = unpack_bits(L.bits[c: c + 1], L.n_in)[0]
    dots = []
    for py, px in window:
        xs = padded[:, py: py + k, px: px + k].reshape(-1)
        valid = inside[:, py: py + k, px: px + k].reshape(-1)
        if L.real_input:
            dots.append(int(np.where(w, xs, -xs)[valid].sum()))
        else:
            agree = ~(xs.astype(bool) ^ w)
            dots.append(int(2 * (agree & valid).sum() - valid.sum()))
    best = int(np.argmax(dots))  # max-pooling keeps the largest dot
    py, px = window[best]
    assert py < side and px < side
    xs = padded[:, py: py + k, px: px + k].reshape(-1)
    valid = inside[:, py: py + k, px: px + k].reshape(-1)
    return _finish(L, (c, y, x), xs, w, valid, reading.dots[0][c, y, x],
                   window_dots=np.array(dots), position=(py, px))


def output_scores(net: PackedNet, x28: np.ndarray) -> OutputTrace:
    """The output layer's integer scores (agreeing minus disagreeing bits) for one digit."""
    inputs, _ = _layer_inputs(net, x28)
    x = inputs[-1].reshape(-1).astype(bool)
    L = net.layers[-1]
    w = unpack_bits(L.bits, L.n_in)  # (10, n)
    scores = (2 * (~(x[None] ^ w)).sum(1) - L.n_in).astype(np.int64)
    logits = net.forward(np.asarray(x28, np.float32)[None])[0]
    return OutputTrace(scores, int(logits.argmax()))


@dataclass
class WordRow:
    """One 64-bit word of a unit's packed input and weights (bit j of word k is input
    64 k + j, least significant bit first, as in the model file and the C library)."""

    x: int  # the input bits
    w: int  # the weight bits (as stored: PackedLayer.bits)
    mask: int  # 1 where the input counts (0: zero padding, or past n)
    disagree: int  # popcount((x XOR w) AND mask)


def packed_words(t: NeuronTrace) -> list[WordRow]:
    """The traced unit as the engine and the C library hold it: its input and weight bits in
    64-bit words, XOR, and the popcount per word. For a hidden binary layer,
    dot = n - 2 * sum(disagree) (= 2 * popcount(XNOR) - n) equals ``t.dot``."""
    from bnn_gui.core.engine.packed import pack_bits

    xs, ws, ms = (pack_bits(np.asarray(a, bool)) for a in (t.inputs if not t.real_input
                                                          else t.inputs > 0, t.weights, t.valid))
    rows = []
    for x, w, m in zip(xs.tolist(), ws.tolist(), ms.tolist()):
        rows.append(WordRow(int(x), int(w), int(m), int(bin((x ^ w) & m).count("1"))))
    return rows


@functools.lru_cache(maxsize=2)
def c_source_lines(real_input: bool) -> tuple[str, ...]:
    """The lines of the exported C library (core/engine/c/bnn.c) that compute such a unit's dot:
    the popcount of XOR for binary inputs, the sum of the levels whose weight is +1 for the
    first layer's pixels."""
    from pathlib import Path

    text = (Path(__file__).parent / "c" / "bnn.c").read_text(encoding="utf-8")
    keys = (("out[u] += level & -(int32_t)",) if real_input
            else ("#define BNN_XOR_MASKED", "c += TERM(POP, w, k);"))
    code = [line.rstrip(" \\").strip() for line in text.splitlines()]
    return tuple(next(c for c in code if key in c) for key in keys)


@dataclass
class Fold:
    """How BatchNorm and the sign fold into one integer threshold for one unit.

    The float model computes bit = sign(γ (z − μ) / σ + β) with σ = sqrt(var + ε) and
    z = dot / k (k = 255 for the first layer, whose dot sums 8-bit levels; 1 elsewhere). For
    γ > 0 that is z ≥ μ − β σ / γ, so bit = +1 ⟺ dot ≥ ⌈k (μ − β σ / γ)⌉ = t; for γ < 0 the
    inequality turns round (the unit fires when dot < t). The engine's own t (``threshold``,
    found by running the model's float32 BatchNorm) is the one that counts."""

    gamma: float
    beta: float
    mean: float
    sigma: float
    k: int
    boundary: float  # k (μ − β σ / γ): where the float model's sign changes, in dot units
    threshold: int  # the engine's integer t
    flip: bool  # γ < 0
    reach: int = 0  # the largest |dot| the unit can see (its inputs × k)

    def beyond_reach(self) -> bool:
        """BatchNorm gives this unit one sign for every dot it can see (a γ near 0, or a
        boundary past ±reach): the engine stores that as any threshold beyond reach, so the
        rounding of the boundary is not its t."""
        return not np.isfinite(self.boundary) or abs(self.boundary) > self.reach


BN_EPS = 1e-5  # PyTorch's BatchNorm default, used by every preset


def batchnorm_fold(arrays: dict, net: PackedNet, layer: str, channel: int) -> Fold | None:
    """The fold of ``channel`` (a conv channel or a dense unit) of hidden ``layer``, from the
    model file's BatchNorm arrays (None when the file does not hold them)."""
    names = [L.name for L in net.layers[:-1]]
    if layer not in names:
        return None
    i = names.index(layer)
    keys = [f"blocks.{i}.bn.{p}" for p in ("weight", "bias", "running_mean", "running_var")]
    if not all(k in arrays for k in keys):
        return None
    g, b, m, v = (float(np.asarray(arrays[k]).reshape(-1)[channel]) for k in keys)
    L = net.layers[i]
    k = 255 if L.real_input else 1
    sigma = float(np.sqrt(v + BN_EPS))
    boundary = k * (m - b * sigma / g) if g != 0 else float("nan")
    return Fold(g, b, m, sigma, k, boundary, int(L.threshold[channel]), bool(L.flip[channel]),
                L.n_in * k)
