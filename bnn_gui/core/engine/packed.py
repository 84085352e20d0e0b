"""A 1-bit inference engine in numpy: packed weights, XNOR-popcount, one threshold per unit.

What a BNN promises and PyTorch's float emulation does not deliver. For a network whose hidden
activations are all ±1 (presets bnn-mlp, bnn-cnn, seed-mlp, xnor-mlp):

- Weights are bits (1 = +1, 0 = -1), packed 64 to a uint64 word.
- A hidden binary layer computes ``dot = 2 * popcount(XNOR(x, w)) - n``, done here as
  ``n - 2 * popcount(x XOR w)`` (the same number: XOR counts the disagreeing bits). Zero padding
  of conv layers is a mask: padded positions count neither way.
- BatchNorm + sign fold into one integer threshold per unit: ``bit = dot >= t``, or
  ``bit = dot < t`` where BatchNorm's scale is negative (``flip``). The threshold is found by
  running the model's own float32 BatchNorm on candidate integers (binary search: the map is
  monotone), so the bits equal PyTorch's eval forward exactly, not just nearly.
- The first layer reads real pixels as 8-bit levels 0..255 (as the model does, see
  ``BinaryNet.input_levels``): ``dot = sum(level * ±1)``, an integer sum, exact in float32.
- Max-pooling of a ±1 map is OR (AND where ``flip``): the threshold is monotone, so the bit of
  the maximum is the OR of the bits.
- The output layer's integer scores become logits with the model's float32 ops, so the answer
  (the class with the most agreeing bits, times the model's scales) is the same class.

``pack(model)`` needs PyTorch (it reads a trained BinaryNet); ``PackedNet`` and its file format
(``save``/``load``, documented in ``export.py``) need only numpy and safetensors.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import numpy as np

from bnn_gui.core.engine.geometry import input_bits, input_levels
from bnn_gui.core.translatable import WordedError


class PackError(WordedError, ValueError):
    """The network cannot run on the packed engine (the message says why)."""


@dataclass
class PackedLayer:
    name: str  # "conv1", "dense2", "out"
    kind: str  # "conv" | "dense" | "out"
    n_in: int  # inputs per unit: C_in * k * k for conv, features for dense
    bits: np.ndarray  # (U, words) uint64: weight bits, bit j of unit u is input j (LSB first)
    threshold: np.ndarray  # (U,) int64; unused for "out"
    flip: np.ndarray  # (U,) bool
    real_input: bool = False  # first layer on 8-bit pixel levels
    kernel: int = 1
    padding: int = 0
    pool: int = 1
    in_shape: tuple = ()  # (C, H, W) for conv layers
    out_scale: np.ndarray = field(default_factory=lambda: np.ones(0, np.float32))  # "out" only
    out_kind: str = "scale"  # "out": "scale" (float32 multiplies) or "affine" (BatchNorm)
    out_shift: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    _signs: np.ndarray | None = None  # ±1 float32 (n_in, U), for the real-input layer
    _bits_t: np.ndarray | None = None  # (words, U): the bits word-major, for _popcount_dot
    _tap_t: np.ndarray | None = None  # conv: tap-major words, see tap_bits_t
    _geometry: tuple | None = None  # conv: window index, and the padding correction per unit

    @property
    def units(self) -> int:
        return len(self.bits)

    def bits_t(self) -> np.ndarray:
        if self._bits_t is None:
            self._bits_t = np.ascontiguousarray(self.bits.T)
        return self._bits_t

    def tap_bits_t(self) -> np.ndarray:
        """Conv weights re-packed tap-major: for each of the k*k taps, the C input channels'
        bits in ceil(C / 64) words; (k * k * words_per_tap, U). Matches the windows
        gathered in PackedNet._hidden."""
        if self._tap_t is None:
            c, k = self.in_shape[0], self.kernel
            b = unpack_bits(self.bits, self.n_in).reshape(self.units, c, k, k)
            taps = pack_bits(b.transpose(0, 2, 3, 1))  # (U, k, k, words_per_tap)
            self._tap_t = np.ascontiguousarray(taps.reshape(self.units, -1).T)
        return self._tap_t

    def geometry(self):
        """(window index (P, k*k), correction (P, U)) for a conv layer. Padded taps are read as
        bits 0 (inputs -1), which adds -sum(w) over them to each dot; the correction adds it
        back, so padding counts neither way, as PyTorch's zeros do."""
        if self._geometry is None:
            c, side, k = self.in_shape[0], self.in_shape[1], self.kernel
            idx, inside = _window_index(side, k, self.padding)
            w = np.where(unpack_bits(self.bits, self.n_in), 1, -1).reshape(self.units, c, k * k)
            corr = (~inside).astype(np.int32) @ w.sum(1).T.astype(np.int32)  # (P, U)
            self._geometry = (idx, corr)
        return self._geometry

    def signs(self) -> np.ndarray:
        """The weights as ±1 float32 (n_in, U), unpacked once for the first layer's sums."""
        if self._signs is None:
            b = unpack_bits(self.bits, self.n_in)
            self._signs = np.where(b, 1.0, -1.0).astype(np.float32).T.copy()
        return self._signs


def pack_bits(b: np.ndarray) -> np.ndarray:
    """(..., n) bool -> (..., ceil(n / 64)) uint64, bit j of word j // 64 at position j % 64."""
    n = b.shape[-1]
    words = -(-n // 64)
    padded = np.zeros(b.shape[:-1] + (words * 64,), np.uint8)
    padded[..., :n] = b
    return np.packbits(padded, axis=-1, bitorder="little").view(np.uint64)


def unpack_bits(w: np.ndarray, n: int) -> np.ndarray:
    return np.unpackbits(np.ascontiguousarray(w).view(np.uint8), axis=-1,
                         bitorder="little")[..., :n].astype(bool)


def _popcount_dot(x: np.ndarray, w_t: np.ndarray, n: int) -> np.ndarray:
    """Dot products of ±1 vectors held as bits: x (..., words), w_t (words, U) -> (..., U).

    ``dot = n - 2 * popcount(x XOR w)`` (= 2 * popcount(XNOR(x, w)) - n). One word at a time:
    every step is a flat elementwise op on (..., U), with no reduction over a short axis."""
    shape = x.shape[:-1] + (w_t.shape[1],)
    # word-major and contiguous: each step reads one word of every input in a row (reading
    # them as a strided column took twice as long: 43 against 20 ms for bnn-cnn's conv3 on
    # the 10,839 windows of "Which pixels matter")
    x_words = np.ascontiguousarray(np.moveaxis(x, -1, 0))
    diff, count = np.empty(shape, np.uint64), np.empty(shape, np.uint8)  # reused buffers
    disagree = np.zeros(shape, np.uint16 if n < 65536 else np.int32)
    for k in range(w_t.shape[0]):
        np.bitwise_xor(x_words[k][..., None], w_t[k], out=diff)
        np.add(disagree, np.bitwise_count(diff, out=count), out=disagree)
    return n - 2 * disagree.astype(np.int32)


def conv_dots(layer: PackedLayer, h: np.ndarray, which=None) -> np.ndarray:
    """A conv layer's pre-pool dot products for input maps ``h`` (N, C, H, W): every window of
    every map, (N, P, U); or, with ``which`` = (map index, window index) arrays, those windows
    alone, (Q, U) (single_flips.py computes only the windows a changed pixel reaches)."""
    idx, corr = layer.geometry()
    if layer.real_input:  # levels: exact integer sums in float32
        padded = _padded(h.transpose(0, 2, 3, 1), layer.padding)
    else:  # ±1 maps: channels packed per tap, XNOR-popcount per window
        padded = _padded(pack_bits(h.transpose(0, 2, 3, 1)), layer.padding)
    if which is None:
        x, corr = padded[:, idx], corr  # (N, P, k*k, C or words)
    else:
        x, corr = padded[which[0][:, None], idx[which[1]]], corr[which[1]]  # (Q, k*k, ...)
    if layer.real_input:  # PyTorch's order of a window's inputs: (C, kh, kw)
        x = np.swapaxes(x, -1, -2).reshape(x.shape[:-2] + (-1,))
        return (x @ layer.signs()).astype(np.int32)
    x = x.reshape(x.shape[:-2] + (-1,))
    return _popcount_dot(x, layer.tap_bits_t(), layer.n_in) + corr


def dense_dots(layer: PackedLayer, h: np.ndarray) -> np.ndarray:
    """A dense (or output) layer's dot products (N, U) for inputs ``h`` (N, ...), flattened in
    PyTorch's (C, H, W) order: pixel levels times ±1, or XNOR-popcount of ±1 bits."""
    flat = h.reshape(len(h), -1)
    if layer.real_input:
        return (flat.astype(np.float32) @ layer.signs()).astype(np.int32)
    return _popcount_dot(pack_bits(flat), layer.bits_t(), layer.n_in)


def _window_index(side: int, k: int, pad: int):
    """For a square map of ``side`` zero-padded by ``pad``: the flat index of every tap of every
    k x k window into the padded map, (P, k * k), and whether the tap lies inside the image."""
    full = side + 2 * pad
    out = full - k + 1
    r = np.arange(out)[:, None, None, None] + np.arange(k)[None, None, :, None]  # (out,1,k,1)
    c = np.arange(out)[None, :, None, None] + np.arange(k)[None, None, None, :]  # (1,out,1,k)
    idx = (r * full + c).reshape(out * out, k * k)
    rr, cc = np.broadcast_to(r, (out, out, k, k)), np.broadcast_to(c, (out, out, k, k))
    inside = ((rr >= pad) & (rr < pad + side) & (cc >= pad) & (cc < pad + side))
    return idx, inside.reshape(out * out, k * k)


def _padded(x: np.ndarray, pad: int) -> np.ndarray:
    """(N, H, W, ...) -> (N, (H + 2 pad) * (W + 2 pad), ...) with zeros around."""
    n, h, w = x.shape[:3]
    out = np.zeros((n, h + 2 * pad, w + 2 * pad) + x.shape[3:], x.dtype)
    out[:, pad: pad + h, pad: pad + w] = x
    return out.reshape((n, -1) + x.shape[3:])


def _pool(bits: np.ndarray, p: int, flip: np.ndarray) -> np.ndarray:
    """(N, C, H, W) bool -> (N, C, H // p, W // p): OR of each window (AND where flip)."""
    if p == 1:
        return bits
    n, c, h, w = bits.shape
    h, w = h // p, w // p
    win = bits[:, :, : h * p, : w * p].reshape(n, c, h, p, w, p)
    return np.where(flip[None, :, None, None], win.all((3, 5)), win.any((3, 5)))


def _max_pool(v: np.ndarray, p: int) -> np.ndarray:
    if p == 1:
        return v
    n, c, h, w = v.shape
    h, w = h // p, w // p
    return v[:, :, : h * p, : w * p].reshape(n, c, h, p, w, p).max((3, 5))


@dataclass
class PackedReading:
    """Per-layer results of one forward pass (for the live view and the neuron walkthrough)."""

    name: str
    kind: str
    bits: np.ndarray  # (N, C, H, W) or (N, U) bool, True = +1
    dots: np.ndarray  # same shape, int32: the (max-pooled) dot products
    margin: np.ndarray  # dot - t (t - 1 - dot where flip): bit == (margin >= 0)


class PackedNet:
    def __init__(self, layers: list[PackedLayer], config: dict, binarize_input: bool = False):
        self.layers = layers
        self.config = config  # the ModelConfig as a dict (no dependency on config.py here)
        self.binarize_input = binarize_input

    def forward(self, x: np.ndarray, record: bool = False):
        """x: (N, 28, 28) pixels in [0, 1] (or 0..255 uint8). Returns (logits (N, 10) float32,
        [PackedReading per hidden layer] if ``record``)."""
        levels = input_levels(x).reshape(-1, 1, 28, 28)  # the first layer's rule: geometry.py
        h = input_bits(levels) if self.binarize_input else levels
        readings = []
        for layer in self.layers[:-1]:
            h, r = self._hidden(layer, h, record)
            if r is not None:
                readings.append(r)
        logits = self._output(self.layers[-1], h)
        return (logits, readings) if record else logits

    def _hidden(self, layer: PackedLayer, h, record: bool):
        if layer.kind == "conv":
            n, side = len(h), h.shape[2] + 2 * layer.padding - layer.kernel + 1
            dots = conv_dots(layer, h).reshape(n, side, side, -1).transpose(0, 3, 1, 2)
            t = layer.threshold[None, :, None, None]
            f = layer.flip[None, :, None, None]
            bits = _pool((dots >= t) != f, layer.pool, layer.flip)
            r = None
            if record:
                pooled = _max_pool(dots, layer.pool)
                r = PackedReading(layer.name, "conv", bits, pooled,
                                  np.where(f, t - 1 - pooled, pooled - t))
            return bits, r
        dots = dense_dots(layer, h)
        bits = (dots >= layer.threshold) != layer.flip
        r = None
        if record:
            r = PackedReading(layer.name, "dense", bits, dots,
                              np.where(layer.flip, layer.threshold - 1 - dots,
                                       dots - layer.threshold))
        return bits, r

    def output_dots(self, h) -> np.ndarray:
        """The output layer's integer scores (N, 10) for the last hidden layer's bits ``h``:
        agreeing minus disagreeing bits with each class's weights (the answer is the largest;
        the model's positive scale does not change the order)."""
        return dense_dots(self.layers[-1], h)

    def _output(self, layer: PackedLayer, h) -> np.ndarray:
        y = self.output_dots(h).astype(np.float32)
        if layer.out_kind == "scale":
            for s in layer.out_scale.reshape(-1, 10) if layer.out_scale.size else []:
                y = y * s  # the model's float32 multiplies, one after the other
            return y
        return y * layer.out_scale + layer.out_shift

    def predict(self, x: np.ndarray, batch: int | None = None,
                threads: int | None = None) -> np.ndarray:
        """Answers for many digits, in batches spread over ``threads``. Defaults (measured on
        2 cores): conv nets, batches of 100 on one thread per CPU (numpy's elementwise ops
        release the interpreter, so the threads run at once); dense nets, batches of 250 on one
        thread, since their first layer's BLAS product already uses every core."""
        from concurrent.futures import ThreadPoolExecutor

        conv = any(layer.kind == "conv" for layer in self.layers)
        batch = batch or (100 if conv else 250)
        threads = threads or ((os.cpu_count() or 1) if conv else 1)
        starts = range(0, len(x), batch)
        with ThreadPoolExecutor(threads) as pool:
            parts = pool.map(lambda i: self.forward(x[i: i + batch]).argmax(1), starts)
            return np.concatenate(list(parts))
