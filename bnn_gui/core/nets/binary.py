"""The binary operations of binarized neural networks.

References
----------
- [BC]  Courbariaux, Bengio, David. "BinaryConnect: Training Deep Neural Networks with binary
        weights during propagations." NeurIPS 2015, arXiv:1511.00363.
- [BNN] Hubara, Courbariaux, Soudry, El-Yaniv, Bengio. "Binarized Neural Networks." NeurIPS 2016,
        arXiv:1602.02830.
- [XNOR] Rastegari, Ordonez, Redmon, Farhadi. "XNOR-Net: ImageNet Classification Using Binary
        Convolutional Neural Networks." ECCV 2016, arXiv:1603.05279.

Every binarisation here maps to {-1, +1}: the sign of 0 is +1, so a ±1 map always has exactly
two values (``torch.sign`` would give 0 there, a third value that no bit can hold).
"""

from __future__ import annotations

import torch

from bnn_gui.core.nets.rng import generator


def sign(x: torch.Tensor) -> torch.Tensor:
    """Deterministic binarisation, never 0.

    Forward: ``sign(x) = +1 if x >= 0 else -1``  ([BNN] eq. 1).
    No gradient (use :func:`ste_sign` when training through it).
    """
    one = torch.ones((), dtype=x.dtype, device=x.device)
    return torch.where(x >= 0, one, -one)


class _SteSign(torch.autograd.Function):
    """sign(x) forward, hard-tanh straight-through estimator backward."""

    @staticmethod
    def forward(ctx, x: torch.Tensor) -> torch.Tensor:
        ctx.save_for_backward(x)
        return sign(x)

    @staticmethod
    def backward(ctx, grad_out: torch.Tensor) -> torch.Tensor:
        (x,) = ctx.saved_tensors
        # d Htanh(x)/dx = 1[|x| <= 1]: the gradient is cancelled where the input saturates.
        return grad_out * (x.abs() <= 1).to(grad_out.dtype)


def ste_sign(x: torch.Tensor) -> torch.Tensor:
    """Sign activation with the straight-through estimator of [BNN] section 1.3.

    Forward:  ``q = sign(x)`` in {-1, +1} (sign(0) = +1).
    Backward: ``dL/dx = dL/dq * 1[|x| <= 1]``, the gradient of hard tanh
    ``Htanh(x) = clip(x, -1, 1)``. Cancelling the gradient where ``|x| > 1`` is what keeps
    saturated units from drifting further; without it training is noticeably worse ([BNN] 1.3).
    """
    return _SteSign.apply(x)


class _StraightThrough(torch.autograd.Function):
    """Forward a given binarised tensor, backward the gradient unchanged to the latent one."""

    @staticmethod
    def forward(ctx, latent: torch.Tensor, binary: torch.Tensor) -> torch.Tensor:
        return binary

    @staticmethod
    def backward(ctx, grad_out: torch.Tensor):
        return grad_out, None


def hard_sigmoid(x: torch.Tensor) -> torch.Tensor:
    """``hard_sigmoid(x) = clip((x + 1) / 2, 0, 1)`` ([BC] eq. 3)."""
    return ((x + 1) / 2).clamp(0, 1)


def binarize_weights(w: torch.Tensor, mode: str, clip: float, training: bool) -> torch.Tensor:
    """Binarise latent real weights on read ([BC] section 2.2, [BNN] section 1.1).

    mode "det":   ``w_b = sign(w)``.
    mode "stoch": while training, ``w_b = +1`` with probability ``p = hard_sigmoid(w / H)`` and
                  ``-1`` otherwise (H = ``clip``); at test time the deterministic ``sign(w)``
                  ([BC] section 2.5, "test-time inference").
    mode "float": ``w`` unchanged (the real-valued baseline).

    Pseudo-gradient: ``dL/dw = dL/dw_b`` (straight through). The latent ``w`` is kept in
    [-H, H] by clipping after each optimiser step (:func:`bnn_gui.core.nets.layers.clip_latent_weights`),
    so the hard-tanh mask of the activations would always be 1 here.
    """
    if mode == "float":
        return w
    if mode == "det" or not training:
        return _StraightThrough.apply(w, sign(w))
    if mode == "stoch":
        p = hard_sigmoid(w / clip)
        one = torch.ones((), dtype=w.dtype, device=w.device)
        draw = torch.rand(w.shape, generator=generator(), dtype=w.dtype, device=w.device)
        wb = torch.where(draw < p, one, -one)
        return _StraightThrough.apply(w, wb)
    raise ValueError(f"unknown weight binarisation {mode!r} (expected 'det', 'stoch' or 'float')")


def xnor_scale(w: torch.Tensor) -> torch.Tensor:
    """XNOR-Net's per-output-unit scale ``alpha_i = mean_j |W_ij|`` ([XNOR] eq. 4).

    ``w`` has the output units on dim 0 (Linear: (out, in); Conv2d: (out, in, kh, kw)).
    Returns a tensor broadcastable to ``w``'s shape. The binary weights are used as
    ``alpha * sign(W)``, which approximates ``W`` best in the L2 sense. The gradient flows into
    alpha as well (XNOR-Net trains through it).
    """
    dims = tuple(range(1, w.dim()))
    return w.abs().mean(dim=dims, keepdim=True)
