"""Few-bit quantisers: the family the 1-bit sign belongs to, for the bit-budget lab.

A width is given in bits: 1 (the sign, as everywhere else in the app), 1.58 (ternary −1/0/+1,
log2 3 = 1.58 bits of information) and 2, 4 or 8 (uniform and symmetric). Every quantiser maps
to values in [−1, 1] and trains with a straight-through estimator (STE).

References
----------
- [BNN]  Hubara et al. "Binarized Neural Networks." NeurIPS 2016 (the sign and its STE).
- [TWN]  Li, Zhang, Liu. "Ternary Weight Networks." arXiv:1605.04711 (the threshold 0.7 E|W|).
- [DoReFa] Zhou et al. "DoReFa-Net." arXiv:1606.06160 (k-bit weights and activations, STE).
- BitNetMCU (cpldcpu, 2024): symmetric 2- and 4-bit weights without a zero level on a
  microcontroller; the "sym" grid below is the same idea.

The k-bit grid ("mid-rise"). With ``L = 2**(k-1)`` levels on each side, [−1, 1] is cut into
``2L`` equal bins of width ``1/L`` and each bin is read as its centre, rescaled so that the
outermost levels are ±1::

    i = clamp(floor(x * L), −L, L − 1)          # the bin, −L .. L−1
    q = (2 i + 1) / (2 L − 1)                   # its level: ±1/(2L−1), ±3/(2L−1), ..., ±1

At k = 1 (L = 1) this is exactly ``sign(x)`` (sign(0) = +1); at k = 2 the levels are ±1/3
and ±1; at k = 8 there are 256 levels. There is no zero level: that is what ternary adds.

Ternary: ``q = sign(x)`` where ``|x| > Δ``, else 0. Activations use Δ = 1/3, the uniform
three-bin split of [−1, 1]; weights use [TWN]'s Δ = 0.7 · mean |W| of the layer.

Weights are first divided by a per-layer scale ``r = 3 · mean |W|`` (3 mean absolute values:
the whole grid then covers all but the tails of the layer's weights, which are clipped to ±1);
every layer is followed by BatchNorm (or the output scale), which absorbs any common factor,
so the grid's own scale never matters, only where its levels sit among the weights.

Gradients (STE): activations pass the gradient where |x| ≤ 1 and cancel it outside (the
hard-tanh STE of [BNN], unchanged at every width); weights pass it straight through to the
latent real weight, which stays clipped to [−H, H] as in BinaryConnect.
"""

from __future__ import annotations

import math

import torch

from bnn_gui.core.nets.binary import sign
from bnn_gui.core.nets.widths import (ACTIVATION_DELTA, TERNARY, WEIGHT_DELTA,  # noqa: F401
                                     WEIGHT_RANGE, WIDTHS, check_width, levels, storage_bits)

def grid(x: torch.Tensor, bits: float) -> torch.Tensor:
    """The k-bit mid-rise grid of the module docstring, on values meant to lie in [−1, 1]
    (outside, clipped to the outermost level). No gradient."""
    half = 2 ** (int(bits) - 1)
    i = torch.clamp(torch.floor(x * half), -half, half - 1)
    return (2 * i + 1) / (2 * half - 1)


def ternary(x: torch.Tensor, delta) -> torch.Tensor:
    """−1, 0 or +1: zero where |x| <= delta. No gradient."""
    return torch.where(x.abs() > delta, sign(x), torch.zeros_like(x))


def quantize_activation(x: torch.Tensor, bits: float) -> torch.Tensor:
    """The value a ``bits``-wide activation takes (no gradient; see ste_activation)."""
    if bits == 1:
        return sign(x)
    if bits == TERNARY:
        return ternary(x, ACTIVATION_DELTA)
    return grid(x, bits)


def weight_scale(w: torch.Tensor, bits: float) -> torch.Tensor:
    """The per-layer threshold (ternary) or range (k-bit) of the module docstring."""
    m = w.detach().abs().mean().clamp_min(1e-12)
    return WEIGHT_DELTA * m if bits == TERNARY else WEIGHT_RANGE * m


def quantize_weight(w: torch.Tensor, bits: float) -> torch.Tensor:
    """The value a ``bits``-wide weight takes, in [−1, 1] (no gradient)."""
    if bits == 1:
        return sign(w)
    if bits == TERNARY:
        return ternary(w, weight_scale(w, bits))
    return grid(w / weight_scale(w, bits), bits)


class _SteActivation(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x: torch.Tensor, bits: float) -> torch.Tensor:
        ctx.save_for_backward(x)
        return quantize_activation(x, bits)

    @staticmethod
    def backward(ctx, grad_out: torch.Tensor):
        (x,) = ctx.saved_tensors
        return grad_out * (x.abs() <= 1).to(grad_out.dtype), None


class _SteWeight(torch.autograd.Function):
    @staticmethod
    def forward(ctx, w: torch.Tensor, bits: float) -> torch.Tensor:
        return quantize_weight(w, bits)

    @staticmethod
    def backward(ctx, grad_out: torch.Tensor):
        return grad_out, None


def ste_activation(x: torch.Tensor, bits: float) -> torch.Tensor:
    """Forward ``quantize_activation(x, bits)``; backward ``dL/dx = dL/dq · 1[|x| <= 1]``."""
    return _SteActivation.apply(x, bits)


def ste_weight(w: torch.Tensor, bits: float) -> torch.Tensor:
    """Forward ``quantize_weight(w, bits)``; backward ``dL/dw = dL/dq`` (straight through)."""
    return _SteWeight.apply(w, bits)


def width_name(bits: float) -> str:
    """"1", "1.58", "2", ... as the tables and the window write a width."""
    return f"{bits:g}"


def information_bits(bits: float) -> float:
    """log2 of the number of levels: 1.585 for ternary, k for k bits."""
    return math.log2(levels(bits))
