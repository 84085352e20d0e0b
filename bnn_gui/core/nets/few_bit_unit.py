"""Inside one few-bit neuron (the bit budget's 1.58- to 8-bit models): the arithmetic of one
dense unit on one digit, from the network itself (PyTorch), as "Inside one neuron" tells it.

A 1-bit unit is XNOR and popcount (engine/neuron.py). A k-bit one multiplies: each input level
by its weight level, then the sum, BatchNorm, and the k-bit activation::

    s   = Σ_j q(w_j) · x_j          q(w): the weight's level in [−1, 1] (quant.py)
    y   = γ (s − μ)/σ + β            BatchNorm (the first layer's s is divided by 255 first)
    out = Q_k(y)                     the activation's grid: one of its 2^k (or 3) levels
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class FewBitUnit:
    layer: str
    unit: int
    weight_bits: float
    activation_bits: float
    n: int  # products summed
    product_values: int  # distinct values a product took on this digit
    nonzero: int  # products that are not 0 (ternary weights or inputs make zeros)
    dot: float  # s, the sum of the products (after the first layer's /255)
    batchnorm: float  # y
    out: float  # the unit's activation


def trace(net, x28: np.ndarray, layer: str, unit: int) -> FewBitUnit:
    """The arithmetic of dense ``unit`` of hidden ``layer`` of BinaryNet ``net`` on ``x28``."""
    import torch

    from bnn_gui.core.nets.models import forward_with_activations

    names = [b.name for b in net.blocks]
    i = names.index(layer)
    block = net.blocks[i]
    if block.kind != "dense":
        raise ValueError(f"{layer} is not a dense layer")
    x = torch.from_numpy(np.ascontiguousarray(x28, np.float32)).reshape(1, 28, 28)
    _, acts = forward_with_activations(net, x)
    inputs = (net.prepare_input(x).flatten(1) if i == 0 else acts[i - 1].post.flatten(1))[0]
    was = block.layer.training
    block.layer.eval()
    with torch.no_grad():
        w = block.layer.binary_weight()[unit]
        products = w * inputs
        dot = float(block.after_product(products.sum().reshape(1, 1))[0, 0])
    block.layer.train(was)
    cfg = net.config
    return FewBitUnit(layer, unit, cfg.weight_bits, cfg.activation_bits, len(products),
                      len(torch.unique(products)), int((products != 0).sum()), dot,
                      float(acts[i].pre[0, unit]), float(acts[i].post[0, unit]))
