"""Build a network from a ModelConfig, and run it while recording every layer's activations.

Shapes: the input is a float batch of MNIST-like digits, (N, 28, 28) or (N, 1, 28, 28), with
pixels in [0, 1] (ink = 1). The output is (N, 10) logits.
"""

from __future__ import annotations

import dataclasses

from dataclasses import dataclass

import torch
from torch import nn

from bnn_gui.config import ConfigError, ModelConfig
from bnn_gui.core.engine.geometry import conv_side
from bnn_gui.core.nets.binary import sign, ste_sign
from bnn_gui.core.nets.layers import (Antirectifier, BinaryConv2d, BinaryLinear, Dropout,
                                     L2Constrain, QuantActivation, Scale, SignActivation)


@dataclass
class LayerActivation:
    """One hidden layer's activity for a batch.

    ``pre``: what goes into the activation (BatchNorm's output), ``post``: the activation's output
    (±1 for binary layers), both after pooling; (N, C, H, W) for conv, (N, D) for dense layers.
    """

    name: str
    kind: str  # "conv" | "dense"
    binary: bool
    pre: torch.Tensor
    post: torch.Tensor
    levels: int = 2  # the values an activation can take: 2 (±1), 3 (ternary), 4, 16, 256; 0 real

    def to_cpu(self) -> LayerActivation:
        return dataclasses.replace(self, pre=self.pre.cpu(), post=self.post.cpu())


def _activation(kind: str, bits: float = 1.0) -> nn.Module:
    if kind == "sign" and bits != 1:
        return QuantActivation(bits)
    return {"sign": SignActivation, "relu": nn.ReLU, "antirectifier": Antirectifier}[kind]()


class Block(nn.Module):
    """weights -> max-pool (conv only) -> BatchNorm -> activation -> dropout.

    The order of the BNN paper's conv nets: pooling the real-valued sums lets the gradient reach
    the true maximum (pooling ±1 maps would pick an arbitrary one of many ties). BatchNorm sits
    right before the sign, so BN + sign fold into one threshold per unit; since the threshold is
    monotone, the pooled bit is the OR (BN scale > 0) or AND (scale < 0) of the window's bits.
    """

    def __init__(self, name: str, kind: str, layer: nn.Module, n_out: int, cfg: ModelConfig,
                 pool: int = 1, in_divisor: float = 1.0):
        super().__init__()
        self.name, self.kind = name, kind
        self.layer = layer
        self.in_divisor = in_divisor  # see BinaryNet.input_levels
        bn_class = nn.BatchNorm2d if kind == "conv" else nn.BatchNorm1d
        self.bn = bn_class(n_out) if cfg.batchnorm else nn.Identity()
        self.act = _activation(cfg.activation, cfg.activation_bits)
        self.binary = cfg.binary_activations and cfg.activation_bits == 1
        self.levels = 0 if not cfg.binary_activations else (
            3 if cfg.activation_bits == 1.58 else 2 ** int(cfg.activation_bits))
        self.pool = nn.MaxPool2d(pool) if pool > 1 else nn.Identity()
        self.drop = Dropout(cfg.dropout) if cfg.dropout > 0 else nn.Identity()

    def forward(self, x: torch.Tensor, record: list | None = None) -> torch.Tensor:
        pre = self.bn(self.pool(self.after_product(self.layer(x))))
        post = self.act(pre)
        if record is not None:
            record.append(LayerActivation(self.name, self.kind, self.binary, pre, post,
                                          self.levels))
        return self.drop(post)

    def after_product(self, y: torch.Tensor) -> torch.Tensor:
        return y / self.in_divisor if self.in_divisor != 1 else y


class BinaryNet(nn.Module):
    """The network a ModelConfig describes: conv blocks, dense blocks, the output layer."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        cfg.validate()
        if cfg.activation == "antirectifier" and cfg.conv:
            raise ConfigError("the Antirectifier is a dense-layer activation; use it without conv")
        self.config = cfg
        wargs = dict(mode=cfg.weights, clip=cfg.clip, xnor_scaling=cfg.xnor_scaling,
                     bits=cfg.weight_bits)
        # Real pixels into a binary first layer go in as 8-bit levels 0..255 and the product is
        # divided by 255 afterwards: the same maths as pixels in [0, 1], but the product is a sum
        # of integers, exact in float32 in any order, so the packed engine can match it bit for bit.
        self.input_levels = 255 if (cfg.binary_weights and not cfg.binarize_input
                                    and (cfg.conv or cfg.hidden)) else 1
        first = dict(in_divisor=float(self.input_levels))
        blocks: list[Block] = []
        channels, size = 1, 28
        for i, c in enumerate(cfg.conv, 1):
            conv = BinaryConv2d(channels, c.channels, c.kernel, padding=c.padding, **wargs)
            blocks.append(Block(f"conv{i}", "conv", conv, c.channels, cfg, pool=c.pool,
                                **(first if i == 1 else {})))
            size = conv_side(size, c.kernel, c.padding, c.pool)
            if size < 1:
                raise ConfigError(f"conv block {i} shrinks the 28x28 input to nothing")
            channels = c.channels
        width = channels * size * size
        for i, h in enumerate(cfg.hidden, 1):
            blocks.append(Block(f"dense{i}", "dense", BinaryLinear(width, h, **wargs), h, cfg,
                                **(first if not blocks else {})))
            width = 2 * h if cfg.activation == "antirectifier" else h
        self.blocks = nn.ModuleList(blocks)
        self.l2 = (L2Constrain(cfg.l2_alpha, cfg.l2_batch_norm) if cfg.l2_alpha
                   else nn.Identity())
        self.out = BinaryLinear(width, 10, **wargs)
        self.out_norm = {"scale": Scale, "bn": lambda: nn.BatchNorm1d(10), "linear": nn.Identity}[
            cfg.output
        ]()

    def prepare_input(self, x: torch.Tensor) -> torch.Tensor:
        """(N, 28, 28) or (N, 1, 28, 28) pixels in [0, 1] -> what the first layer reads."""
        x = x.reshape(x.shape[0], 1, 28, 28).float()
        if self.config.binarize_input:
            x = sign(x - 0.5)
        elif self.input_levels != 1:
            x = torch.round(x * self.input_levels)
        return x if self.config.conv else x.flatten(1)

    def forward(self, x: torch.Tensor, record: list | None = None) -> torch.Tensor:
        x = self.prepare_input(x)
        for block in self.blocks:
            if block.kind == "dense":
                x = x.flatten(1)
            x = block(x, record)
        logits = self.out_norm(self.out(self.l2(x.flatten(1))))
        if self.config.sign_output:
            logits = ste_sign(logits)
        return logits


def build(cfg: ModelConfig) -> BinaryNet:
    return BinaryNet(cfg)


@torch.no_grad()
def forward_with_activations(model: BinaryNet, x: torch.Tensor):
    """Eval-mode forward that also returns every hidden layer's activations.

    Returns ``(logits (N, 10), [LayerActivation, ...])``. The model's train/eval mode is restored.
    """
    record: list[LayerActivation] = []
    if not model.training:  # the live path: already in eval mode (switching walks every module)
        return model(x, record), record
    model.eval()
    try:
        logits = model(x, record)
    finally:
        model.train(True)
    return logits, record
