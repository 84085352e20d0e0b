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

from dataclasses import dataclass, field

import numpy as np


class PackError(ValueError):
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

    @property
    def units(self) -> int:
        return len(self.bits)

    def bits_t(self) -> np.ndarray:
        if self._bits_t is None:
            self._bits_t = np.ascontiguousarray(self.bits.T)
        return self._bits_t

    def tap_bits_t(self) -> np.ndarray:
        """Conv weights re-packed tap-major: for each of the k*k taps, the C input channels'
        bits in ceil(C / 64) words; (k * k * words_per_tap, U). Matches _bit_patches."""
        if self._tap_t is None:
            c, k = self.in_shape[0], self.kernel
            b = unpack_bits(self.bits, self.n_in).reshape(self.units, c, k, k)
            taps = pack_bits(b.transpose(0, 2, 3, 1))  # (U, k, k, words_per_tap)
            self._tap_t = np.ascontiguousarray(taps.reshape(self.units, -1).T)
        return self._tap_t

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


def _popcount_dot(x: np.ndarray, w_t: np.ndarray, n: int | np.ndarray,
                  mask: np.ndarray | None = None) -> np.ndarray:
    """Dot products of ±1 vectors held as bits: x (..., words), w_t (words, U) -> (..., U).

    ``dot = n - 2 * popcount(x XOR w)``; with ``mask`` (..., words) only masked bits count and
    ``n`` (...,) is the number of masked bits. One word at a time: every step is a flat
    elementwise op on (..., U), with no reduction over a short axis."""
    disagree = np.zeros(x.shape[:-1] + (w_t.shape[1],), np.int32)
    for k in range(w_t.shape[0]):
        d = np.bitwise_xor(x[..., k, None], w_t[k])
        if mask is not None:
            d &= mask[..., k, None]
        disagree += np.bitwise_count(d)
    n = np.asarray(n, np.int32)
    return (n[..., None] if n.ndim else n) - 2 * disagree


def _patches(x: np.ndarray, k: int, pad: int) -> np.ndarray:
    """(N, C, H, W) -> (N, H', W', C * k * k) in PyTorch's weight order (C, kh, kw)."""
    if pad:
        x = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    win = np.lib.stride_tricks.sliding_window_view(x, (k, k), axis=(2, 3))  # N,C,H',W',k,k
    n, c, h, w = win.shape[:4]
    return win.transpose(0, 2, 3, 1, 4, 5).reshape(n, h, w, c * k * k)


def _bit_patches(bits: np.ndarray, k: int, pad: int):
    """±1 maps (N, C, H, W) bool -> the bits under each k x k window, packed per tap:
    (N, H' * W', k * k * words_per_tap) uint64, the validity mask (H' * W', same) of the taps
    inside the image (zero padding counts neither way), and the valid bits per window."""
    n, c, h, w = bits.shape
    words = pack_bits(bits.transpose(0, 2, 3, 1))  # (N, H, W, wpt): channels packed
    full = pack_bits(np.ones(c, bool))  # (wpt,) the mask of one whole tap
    valid = np.broadcast_to(full, (h, w) + full.shape)
    if pad:
        words = np.pad(words, ((0, 0), (pad, pad), (pad, pad), (0, 0)))
        valid = np.pad(valid, ((pad, pad), (pad, pad), (0, 0)))
    win = np.lib.stride_tricks.sliding_window_view(words, (k, k), axis=(1, 2))  # N,H',W',wpt,k,k
    x = win.transpose(0, 1, 2, 4, 5, 3).reshape(n, -1, k * k * full.size)
    mwin = np.lib.stride_tricks.sliding_window_view(valid, (k, k), axis=(0, 1))
    mask = mwin.transpose(0, 1, 3, 4, 2).reshape(-1, k * k * full.size)
    return x, mask, np.bitwise_count(mask).sum(-1, dtype=np.int32)


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
        x = np.asarray(x)
        levels = x.astype(np.float32) if x.dtype == np.uint8 else \
            np.round(np.asarray(x, np.float32) * 255)
        levels = levels.reshape(-1, 1, 28, 28)
        h = levels >= 127.5 if self.binarize_input else levels  # sign(x - 0.5), sign(0) = +1
        readings = []
        for layer in self.layers[:-1]:
            h, r = self._hidden(layer, h, record)
            if r is not None:
                readings.append(r)
        logits = self._output(self.layers[-1], h)
        return (logits, readings) if record else logits

    def _hidden(self, layer: PackedLayer, h, record: bool):
        if layer.kind == "conv":
            if layer.real_input:
                p = _patches(h, layer.kernel, layer.padding)  # (N, H', W', K) float levels
                dots = (p @ layer.signs()).astype(np.int32)  # exact: integers < 2**24
                dots = dots.transpose(0, 3, 1, 2)  # (N, C, H', W')
            else:
                x, mask, n_valid = _bit_patches(h, layer.kernel, layer.padding)
                full = layer.padding == 0
                dots = _popcount_dot(x, layer.tap_bits_t(), n_valid, None if full else mask)
                side = h.shape[2] + 2 * layer.padding - layer.kernel + 1
                dots = dots.reshape(len(h), side, side, -1).transpose(0, 3, 1, 2)
            t = layer.threshold[None, :, None, None]
            f = layer.flip[None, :, None, None]
            bits = _pool((dots >= t) != f, layer.pool, layer.flip)
            r = None
            if record:
                pooled = _max_pool(dots, layer.pool)
                r = PackedReading(layer.name, "conv", bits, pooled,
                                  np.where(f, t - 1 - pooled, pooled - t))
            return bits, r
        # dense: flatten (C, H, W) in PyTorch's order
        flat = h.reshape(len(h), -1)
        if layer.real_input:
            dots = (flat.astype(np.float32) @ layer.signs()).astype(np.int32)
        else:
            dots = _popcount_dot(pack_bits(flat), layer.bits_t(), layer.n_in)
        bits = (dots >= layer.threshold) != layer.flip
        r = None
        if record:
            r = PackedReading(layer.name, "dense", bits, dots,
                              np.where(layer.flip, layer.threshold - 1 - dots,
                                       dots - layer.threshold))
        return bits, r

    def _output(self, layer: PackedLayer, h) -> np.ndarray:
        flat = h.reshape(len(h), -1)
        if layer.real_input:
            dots = (flat.astype(np.float32) @ layer.signs()).astype(np.int32)
        else:
            dots = _popcount_dot(pack_bits(flat), layer.bits_t(), layer.n_in)
        y = dots.astype(np.float32)
        if layer.out_kind == "scale":
            for s in layer.out_scale.reshape(-1, 10) if layer.out_scale.size else []:
                y = y * s  # the model's float32 multiplies, one after the other
            return y
        return y * layer.out_scale + layer.out_shift

    def predict(self, x: np.ndarray, batch: int = 100) -> np.ndarray:
        return np.concatenate([self.forward(x[i: i + batch]).argmax(1)
                               for i in range(0, len(x), batch)])
