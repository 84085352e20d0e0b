"""Layers of binarized networks.

The latent real-valued weights are the ordinary ``weight`` parameters; they are binarised on
read in ``forward`` and clipped to [-H, H] after each optimiser step by
:func:`clip_latent_weights`. Nothing is cached on attributes, so a saved state dict is the whole
truth about a model.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from bnn_gui.core.nets.binary import binarize_weights, ste_sign, xnor_scale
from bnn_gui.core.nets.quant import ste_activation, ste_weight
from bnn_gui.core.nets.rng import generator


class _BinaryWeights:
    """Mixin: ``binary_weight()`` returns the ±1 (or float) weight used in the forward pass;
    ``scale_output`` applies XNOR-Net's per-unit scale after the product.

    Scaling the output (``alpha * (x @ sign(W).T)``) rather than the weights is the same maths,
    but keeps the product an exact integer sum whenever ``x`` holds integers, which is what lets
    the packed engine (packed.py) reproduce this layer bit for bit.
    """

    weight: nn.Parameter
    mode: str
    clip: float
    xnor_scaling: bool

    bits: float = 1.0  # the weights' width (quant.py); 1: the sign (or stochastic sign)

    def binary_weight(self) -> torch.Tensor:
        if self.bits != 1 and self.mode == "det":
            return ste_weight(self.weight, self.bits)
        return binarize_weights(self.weight, self.mode, self.clip, self.training)

    def scale_output(self, y: torch.Tensor) -> torch.Tensor:
        if not self.xnor_scaling or self.mode == "float":
            return y
        alpha = xnor_scale(self.weight).flatten()  # (out,)
        return y * alpha.view(1, -1, *([1] * (y.dim() - 2)))


def _init_latent(w: nn.Parameter, clip: float, mode: str) -> None:
    """Deterministic sign: Glorot-uniform latent weights, small, so the first steps can flip
    many signs (measured here: a 3 x 1024 BNN reaches 97% in fewer epochs than when it starts
    uniform in the whole clip window). Stochastic: uniform in [-H, H], since p(+1) =
    hard_sigmoid(w / H) would be a coin toss for every weight near 0. Drawn from the run's
    own generator (rng.py)."""
    if mode == "stoch":
        nn.init.uniform_(w, -clip, clip, generator=generator())
        return
    nn.init.xavier_uniform_(w, generator=generator())
    with torch.no_grad():
        w.clamp_(-clip, clip)


def _init_float(layer: nn.Module) -> None:
    """PyTorch's own default for Linear and Conv2d (Kaiming-uniform with a = sqrt(5), i.e.
    U(-1/sqrt(fan_in), 1/sqrt(fan_in)) for the weights and the bias), drawn from the run's
    generator instead of the global one."""
    bound = 1 / math.sqrt(layer.weight[0].numel())  # fan_in
    nn.init.uniform_(layer.weight, -bound, bound, generator=generator())
    if layer.bias is not None:
        nn.init.uniform_(layer.bias, -bound, bound, generator=generator())


class Dropout(nn.Module):
    """Inverted dropout drawing its masks from the run's generator (``nn.Dropout`` draws from
    the global one): kept units are scaled by 1 / (1 - p) in training, identity in eval."""

    def __init__(self, p: float):
        super().__init__()
        self.p = p

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.training or self.p == 0:
            return x
        keep = torch.rand(x.shape, generator=generator(), dtype=x.dtype, device=x.device)
        return x * (keep >= self.p) / (1 - self.p)


class BinaryLinear(_BinaryWeights, nn.Linear):
    """``y = x @ W_b.T`` with ``W_b = binarize(W)`` (no bias: BatchNorm follows and absorbs it)."""

    def __init__(self, n_in: int, n_out: int, mode: str = "det", clip: float = 1.0,
                 xnor_scaling: bool = False,
                 bits: float = 1.0):
        super().__init__(n_in, n_out, bias=mode == "float")
        self.mode, self.clip, self.xnor_scaling, self.bits = mode, clip, xnor_scaling, bits
        if mode != "float":
            _init_latent(self.weight, clip, mode)
        else:
            _init_float(self)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # x: (N, n_in) -> (N, n_out)
        return self.scale_output(F.linear(x, self.binary_weight(), self.bias))


class BinaryConv2d(_BinaryWeights, nn.Conv2d):
    """2-D convolution with binarised kernels; no bias (BatchNorm follows)."""

    def __init__(self, c_in: int, c_out: int, kernel: int, padding: int = 0, mode: str = "det",
                 clip: float = 1.0, xnor_scaling: bool = False,
                 bits: float = 1.0):
        super().__init__(c_in, c_out, kernel, padding=padding, bias=mode == "float")
        self.mode, self.clip, self.xnor_scaling, self.bits = mode, clip, xnor_scaling, bits
        if mode != "float":
            _init_latent(self.weight, clip, mode)
        else:
            _init_float(self)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # (N, C_in, H, W) -> (N, C_out, H', W')
        return self.scale_output(self._conv_forward(x, self.binary_weight(), self.bias))


class SignActivation(nn.Module):
    """±1 activation with the hard-tanh straight-through estimator (see ``binary.ste_sign``)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return ste_sign(x)


class QuantActivation(nn.Module):
    """A ``bits``-wide activation (ternary, 2, 4 or 8 bits; see quant.py) with the hard-tanh
    straight-through estimator, the sign's own, at every width."""

    def __init__(self, bits: float):
        super().__init__()
        self.bits = bits

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return ste_activation(x, self.bits)


class Antirectifier(nn.Module):
    """The Antirectifier (Keras example "antirectifier", F. Chollet, 2016).

    ``x -> x - mean(x)`` per sample, L2-normalised per sample, then ``[relu(x), relu(-x)]``
    concatenated along the features: (N, D) -> (N, 2D). Keeps both the positive and the negative
    part of the signal, unlike ReLU, at the price of doubling the width.
    """

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x - x.mean(dim=1, keepdim=True)
        x = F.normalize(x, p=2, dim=1)
        return torch.cat([F.relu(x), F.relu(-x)], dim=1)


class L2Constrain(nn.Module):
    """L2-constrained features (Ranjan, Castillo, Chellappa 2017, arXiv:1703.09507):
    ``x -> alpha * x / ||x||_2`` per sample, before the softmax classifier.
    ``whole_batch``: one norm for the whole batch, ``alpha * X / ||X||_F``, as a blog's
    ``tf.norm(fc1, ord="euclidean")`` computes it: each sample's norm then depends on the
    batch it sits in (and on the batch's size), and no sample's norm is alpha."""

    def __init__(self, alpha: float, whole_batch: bool = False):
        super().__init__()
        self.alpha = alpha
        self.whole_batch = whole_batch

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.whole_batch:
            return self.alpha * x / x.norm().clamp_min(1e-12)
        return self.alpha * F.normalize(x, p=2, dim=1)


class Scale(nn.Module):
    """One learnable positive scalar: ``logits = exp(s) * x``.

    Used on the binary output layer so that its integer scores (agreeing bits) keep their order:
    the answer is the class with the largest ``x`` exactly, as in the packed engine.
    """

    def __init__(self, init: float = 0.05):
        super().__init__()
        self.log_scale = nn.Parameter(torch.tensor(float(init)).log())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * self.log_scale.exp()


def binary_layers(model: nn.Module) -> list[_BinaryWeights]:
    return [m for m in model.modules() if isinstance(m, _BinaryWeights) and m.mode != "float"]


@torch.no_grad()
def clip_latent_weights(model: nn.Module) -> None:
    """Clip every binary layer's latent weights to [-H, H]; call after each optimiser step.

    Without it the latent weights grow without bound and stop flipping sign ([BC] 2.4).
    """
    for layer in binary_layers(model):
        layer.weight.clamp_(-layer.clip, layer.clip)
