"""Typed, validated configuration: what a network is (ModelConfig) and how it is trained
(TrainConfig), plus the named presets. Both are stored inside every saved model.

Everything that makes a network binary is a field here (``weights``, ``activation``,
``binarize_input``, ...); no code infers it from layer sizes.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field

from .core.engine.geometry import conv_side
from .core.translatable import QT_TRANSLATE_NOOP

WEIGHT_MODES = ("det", "stoch", "float")
ACTIVATIONS = ("sign", "relu", "antirectifier")
OUTPUTS = ("scale", "bn", "linear")


class ConfigError(ValueError):
    """A configuration value is out of range; the message names the field and the value.
    ``parts``: (field, value, expected) for a value out of range, so that the window can say
    it in its own language (the field and the expectation are marked for translation)."""

    def __init__(self, message: str, parts: tuple | None = None):
        super().__init__(message)
        self.parts = parts


@dataclass(frozen=True)
class ConvSpec:
    """One conv block: conv(kernel, padding) -> BN -> activation -> max-pool(pool)."""

    channels: int
    kernel: int = 3
    padding: int = 0
    pool: int = 2


@dataclass(frozen=True)
class ModelConfig:
    """The shape and kind of a network on 28x28 MNIST digits.

    ``conv`` blocks (if any) come first, then the ``hidden`` dense layers, then a 10-way output.
    """

    name: str
    description: str = ""
    conv: tuple[ConvSpec, ...] = ()
    hidden: tuple[int, ...] = (1024, 1024, 1024)
    weights: str = "det"  # "det" | "stoch" | "float": how weights are binarised on read
    activation: str = "sign"  # "sign" (±1, STE) | "relu" | "antirectifier"
    binarize_input: bool = False  # sign(x - 0.5) on the pixels before the first layer
    batchnorm: bool = True
    output: str = "scale"  # "scale": one learnable positive scalar; "bn"; "linear" (+bias)
    sign_output: bool = False  # the classic mistake: a sign on the logits (for the lab)
    clip: float = 1.0  # H: latent weights live in [-H, H]
    xnor_scaling: bool = False  # XNOR-Net: binary weights times mean |W| per output unit
    dropout: float = 0.0
    l2_alpha: float | None = None  # L2-constrained softmax: features scaled to norm alpha
    # the blog's slip (tf.norm over the whole batch): one norm for all the batch's features,
    # not one per sample (the lab's l2-softmax experiment)
    l2_batch_norm: bool = False
    # the bit budget (core/nets/quant.py): 1 is the sign; 1.58 ternary; 2, 4, 8 a uniform grid
    weight_bits: float = 1.0  # with weights "det"
    activation_bits: float = 1.0  # with activation "sign"

    @property
    def binary_weights(self) -> bool:
        """Quantised weights (the sign at 1 bit, or a few-bit grid), not float."""
        return self.weights != "float"

    @property
    def binary_activations(self) -> bool:
        """Quantised activations (±1 at 1 bit, or a few-bit grid), not ReLU."""
        return self.activation == "sign"

    @property
    def one_bit(self) -> bool:
        """Weights and activations of 1 bit: what the packed engine and the C export run."""
        return self.weight_bits == 1 and self.activation_bits == 1

    def validate(self) -> ModelConfig:
        _check(self.weights in WEIGHT_MODES, "weights", self.weights, f"one of {WEIGHT_MODES}")
        _check(self.activation in ACTIVATIONS, "activation", self.activation, f"one of {ACTIVATIONS}")
        _check(self.output in OUTPUTS, "output", self.output, f"one of {OUTPUTS}")
        _check(all(1 <= h <= 65536 for h in self.hidden), "hidden", self.hidden, "sizes in 1..65536")
        for c in self.conv:
            _check(1 <= c.channels <= 4096, "conv.channels", c.channels, "in 1..4096")
            _check(1 <= c.kernel <= 28, "conv.kernel", c.kernel, "in 1..28")
            _check(0 <= c.padding < c.kernel, "conv.padding", c.padding, "in 0..kernel-1")
            _check(1 <= c.pool <= 28, "conv.pool", c.pool, "in 1..28")
        side = 28
        for c in self.conv:
            side = conv_side(side, c.kernel, c.padding, c.pool)
            _check(side >= 1, "conv", self.conv, "blocks that leave at least a 1x1 map")
        _check(0 < self.clip <= 100 and math.isfinite(self.clip), "clip", self.clip, "in (0, 100]")
        _check(0 <= self.dropout < 1, "dropout", self.dropout, "in [0, 1)")
        for name, bits in (("weight_bits", self.weight_bits),
                           ("activation_bits", self.activation_bits)):
            _check(bits in (1, 1.58, 2, 4, 8), name, bits, "one of 1, 1.58, 2, 4, 8")
        _check(self.weight_bits == 1 or self.weights == "det", "weight_bits", self.weight_bits,
               "1 unless weights are 'det'")
        _check(self.activation_bits == 1 or self.activation == "sign", "activation_bits",
               self.activation_bits, "1 unless the activation is 'sign'")
        if self.l2_alpha is not None:
            _check(0 < self.l2_alpha <= 1e4, "l2_alpha", self.l2_alpha, "in (0, 10000]")
        return self

    def weight_count(self) -> int:
        """How many weights the conv kernels and dense matrices hold (biases and BatchNorm
        not counted): a file claiming this config must hold at least as many numbers, which
        is checked before anything of that size is allocated."""
        n, channels, side = 0, 1, 28
        for c in self.conv:
            n += channels * c.channels * c.kernel * c.kernel
            channels, side = c.channels, conv_side(side, c.kernel, c.padding, c.pool)
        width = channels * side * side
        for h in (*self.hidden, 10):
            n, width = n + width * h, h
        return n

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> ModelConfig:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ConfigError(f"unknown model config fields: {sorted(unknown)}")
        d = dict(d)
        d["conv"] = tuple(ConvSpec(**c) for c in d.get("conv", ()))
        d["hidden"] = tuple(int(h) for h in d.get("hidden", ()))
        return cls(**d).validate()

    def replace(self, **changes) -> ModelConfig:
        return dataclasses.replace(self, **changes).validate()


SCHEDULES = ("epoch", "cosine")
WARMUP = 0.1  # of the steps, for the "cosine" schedule


@dataclass(frozen=True)
class TrainConfig:
    """How to train. ``lr_schedule`` "epoch": the learning rate decays exponentially from
    ``lr`` to ``lr_end`` over the epochs, once per epoch, as in the BNN paper's training
    scripts. "cosine": set at every batch, rising linearly from ``lr_end`` to ``lr`` over the
    first tenth of the steps, then falling along half a cosine back to ``lr_end`` (a one-cycle
    schedule; it takes a short run further than the per-epoch decay, see bnn-quick)."""

    epochs: int = 10
    batch_size: int = 100
    lr: float = 1e-2
    lr_end: float = 3e-4
    seed: int = 0
    threads: int = 0  # 0: leave torch's default
    weight_decay: float = 0.0
    max_train_samples: int = 0  # 0: all; else the first N (quick runs and tests)
    augment_shift: int = 0  # shift each training digit by up to this many pixels (0: off)
    lr_schedule: str = "epoch"  # or "cosine" (per batch)
    extra: dict = field(default_factory=dict)

    def validate(self) -> TrainConfig:
        _check(1 <= self.epochs <= 1000, QT_TRANSLATE_NOOP("config", "epochs"), self.epochs,
               QT_TRANSLATE_NOOP("config", "an integer in 1..1000"))
        _check(1 <= self.batch_size <= 60000, QT_TRANSLATE_NOOP("config", "batch size"), self.batch_size,
               QT_TRANSLATE_NOOP("config", "an integer in 1..60000"))
        for name, v in ((QT_TRANSLATE_NOOP("config", "learning rate"), self.lr),
                        (QT_TRANSLATE_NOOP("config", "final learning rate"), self.lr_end)):
            _check(math.isfinite(v) and 0 < v <= 10, name, v, QT_TRANSLATE_NOOP("config", "a number in (0, 10]"))
        _check(0 <= self.seed < 2**63, QT_TRANSLATE_NOOP("config", "seed"), self.seed,
               QT_TRANSLATE_NOOP("config", "an integer in 0..2**63-1"))
        _check(0 <= self.threads <= 256, "threads", self.threads, "an integer in 0..256")
        _check(0 <= self.weight_decay < 1, "weight decay", self.weight_decay, "in [0, 1)")
        _check(self.max_train_samples >= 0, "max train samples", self.max_train_samples, ">= 0")
        _check(0 <= self.augment_shift <= 8, "augment shift", self.augment_shift, "in 0..8")
        _check(self.lr_schedule in SCHEDULES, "lr_schedule", self.lr_schedule,
               f"one of {SCHEDULES}")
        return self

    def lr_at(self, epoch: int) -> float:
        """Learning rate for 0-based ``epoch``: lr * (lr_end/lr) ** (epoch / (epochs-1))."""
        if self.epochs == 1:
            return self.lr
        return self.lr * (self.lr_end / self.lr) ** (epoch / (self.epochs - 1))

    def lr_at_step(self, step: int, steps: int, epoch: int) -> float:
        """The learning rate of 0-based batch ``step`` of ``steps`` (in 0-based ``epoch``).

        cosine: with w = WARMUP * steps and f = (step - w) / (steps - w),
        lr_end + (lr - lr_end) * step / w during the warm-up, then
        lr_end + (lr - lr_end) * (1 + cos(pi * f)) / 2."""
        if self.lr_schedule == "epoch":
            return self.lr_at(epoch)
        w = max(1.0, WARMUP * steps)
        if step < w:
            return self.lr_end + (self.lr - self.lr_end) * step / w
        f = min(1.0, (step - w) / max(1.0, steps - 1 - w))
        return self.lr_end + (self.lr - self.lr_end) * (1 + math.cos(math.pi * f)) / 2

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> TrainConfig:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known}).validate()

    def replace(self, **changes) -> TrainConfig:
        return dataclasses.replace(self, **changes).validate()


def _check(ok: bool, name: str, value, expected: str) -> None:
    if not ok:
        raise ConfigError(f"{name} = {value!r} is out of range: expected {expected}",
                          (name, value, expected))


def dumps(obj) -> str:
    return json.dumps(obj, sort_keys=True)


# --- presets -----------------------------------------------------------------------------------

_BNN_HIDDEN = (1024, 1024, 1024)
_CNN = (ConvSpec(32, 3, padding=1, pool=2), ConvSpec(64, 3, padding=1, pool=2),
        ConvSpec(128, 3, padding=1, pool=2))  # 28 -> 14 -> 7 -> 3

PRESETS: dict[str, ModelConfig] = {
    c.name: c.validate()
    for c in [
        ModelConfig(
            "bnn-mlp",
            "BNN (Hubara et al. 2016): 784-1024x3-10, binary weights, ±1 activations, BatchNorm",
            hidden=_BNN_HIDDEN,
        ),
        ModelConfig(
            "bnn-quick",
            "bnn-mlp at half width for a quick run: 784-512x3-10, binary weights, ±1 "
            "activations, BatchNorm; a one-cycle learning rate, 97% in about 10 s",
            hidden=(512, 512, 512),
        ),
        ModelConfig(
            "bnn-cnn",
            "binarized conv net: 32, 64 and 128 binary 3x3 filters, ±1 maps, 512 ±1 units",
            conv=_CNN,
            hidden=(512,),
        ),
        ModelConfig(
            "seed-mlp",
            "784-256-128-64-10 as a newcomer writes it from the paper, done right",
            hidden=(256, 128, 64),
        ),
        ModelConfig(
            "binaryconnect-det",
            "BinaryConnect: sign-binarised weights, real ReLU activations, BatchNorm",
            hidden=_BNN_HIDDEN,
            activation="relu",
        ),
        ModelConfig(
            "binaryconnect-stoch",
            "BinaryConnect: stochastic weights, p(+1) = hard_sigmoid(w/H); sign at test time",
            hidden=_BNN_HIDDEN,
            activation="relu",
            weights="stoch",
        ),
        ModelConfig(
            "float-mlp",
            "bnn-mlp's shape in float32 with ReLU: the comparison baseline",
            hidden=_BNN_HIDDEN,
            weights="float",
            activation="relu",
            output="linear",
        ),
        ModelConfig(
            "float-cnn",
            "bnn-cnn's exact shape in float32 with ReLU: the float twin of the binary conv net",
            conv=_CNN,
            hidden=(512,),
            weights="float",
            activation="relu",
            output="linear",
        ),
        ModelConfig(
            "antirectifier-mlp",
            "float 2x256 MLP with the Antirectifier (x-mean, L2-normalise, [relu(x), relu(-x)])",
            hidden=(256, 256),
            weights="float",
            activation="antirectifier",
            batchnorm=False,
            output="linear",
            dropout=0.1,
        ),
        ModelConfig(
            "l2softmax-cnn",
            "float CNN with L2-constrained softmax: features L2-normalised and scaled by alpha",
            conv=_CNN,
            hidden=(128,),
            weights="float",
            activation="relu",
            output="linear",
            l2_alpha=16.0,
        ),
        ModelConfig(
            "xnor-mlp",
            "bnn-mlp with XNOR-Net scaling: binary weights times mean |W| of each output unit",
            hidden=_BNN_HIDDEN,
            xnor_scaling=True,
        ),
    ]
}

# Recipes that train each preset well in a few epochs on a laptop CPU.
TRAIN_DEFAULTS: dict[str, TrainConfig] = {
    # chosen by measuring here (2 cores; docs/performance.md): 3 epochs of batches of 400 and
    # a one-cycle rate peaking at 3e-2 ended at 97.15-97.41% for seeds 0-4 in 7.7-7.8 s of
    # training; batches of 200 at 2e-2 gave 97.37-97.63% in 10.7-11.1 s (the recipe before),
    # 2 epochs of them 96.95-97.11%
    "bnn-quick": TrainConfig(epochs=3, batch_size=400, lr=3e-2, lr_end=1e-4,
                             lr_schedule="cosine"),
    "bnn-cnn": TrainConfig(epochs=30, lr_end=1e-4, augment_shift=2),
    "float-mlp": TrainConfig(lr=1e-3, lr_end=1e-5),
    "float-cnn": TrainConfig(epochs=8, lr=1e-3, lr_end=1e-5, augment_shift=2),
    "antirectifier-mlp": TrainConfig(lr=1e-3, lr_end=1e-5),
    "l2softmax-cnn": TrainConfig(lr=1e-3, lr_end=1e-5),
}


def preset(name: str) -> ModelConfig:
    try:
        return PRESETS[name]
    except KeyError:
        raise ConfigError(f"unknown preset {name!r}; choose one of: {', '.join(PRESETS)}") from None


def train_defaults(name: str) -> TrainConfig:
    return TRAIN_DEFAULTS.get(name, TrainConfig())


# The window's default run: learning you can watch within a minute. Batches of 200 run about
# 1.5x faster per epoch than 100 on a 2-core CPU (measured: 12.5 s against 19 s per bnn-mlp
# epoch); 5 epochs of them take bnn-mlp past 97% at the end of the 3rd (measured: 97.14%
# after 44 s).
QUICK_EPOCHS = 5
QUICK_BATCH = 200


QUICK_PRESET = "bnn-quick"  # the window's default run, and `bnn-gui train --quick`


def quick_train(name: str) -> TrainConfig:
    """A preset's run as the window offers it: bnn-quick's own recipe (it is made for this);
    any other preset's recipe in a few epochs of larger batches (the learning rate decays
    over them just the same)."""
    base = train_defaults(name)
    if name == QUICK_PRESET:
        return base
    return base.replace(epochs=min(base.epochs, QUICK_EPOCHS), batch_size=QUICK_BATCH)
