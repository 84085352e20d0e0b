"""The bit budget: one network trained at each width (1, 1.58, 2, 4 and 8 bits for both its
weights and its activations, and float32), so that accuracy, size and speed can be read side
by side. A lab experiment like the others (pitfalls.py); this module adds what the widths
need: the runs, each run's size, and the table ``bnn-gui lab bits`` prints.

The network is one architecture at every width (default: bnn-quick's 784-512x3-10): only the
quantisers change (core/nets/quant.py). The float row is the same shape with ReLU and float
weights, trained with the float models' learning rate.
"""

from __future__ import annotations

from dataclasses import dataclass

from bnn_gui.config import ModelConfig, TrainConfig, preset, train_defaults
from bnn_gui.core.nets.widths import WIDTHS, levels, storage_bits
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP

NAME = "bits"
BASE = "bnn-quick"
FULL_EPOCHS = 15  # `bnn-gui lab bits` without --quick (docs/bit-budget.md's figures)
TITLE = QT_TRANSLATE_NOOP("pitfalls", "Bit budget: 1, 1.58, 2, 4 and 8 bits side by side")
LESSON = QT_TRANSLATE_NOOP(
    "pitfalls", "The same network trained with weights and activations of 1 bit (±1), 1.58 "
    "(−1/0/+1), 2, 4 and 8 bits, and in float32. Each extra bit buys a little accuracy and "
    "costs memory and speed: 1 bit is the only width that runs as XNOR and popcount (the "
    "packed engine and the exported C); the plot puts each run's test accuracy against the "
    "bytes of its weights.")


LABELS = {1.0: QT_TRANSLATE_NOOP("pitfalls", "1 bit"), 1.58: QT_TRANSLATE_NOOP("pitfalls", "1.58 bits"),
          2.0: QT_TRANSLATE_NOOP("pitfalls", "2 bits"), 4.0: QT_TRANSLATE_NOOP("pitfalls", "4 bits"),
          8.0: QT_TRANSLATE_NOOP("pitfalls", "8 bits"), None: QT_TRANSLATE_NOOP("pitfalls", "float32")}


def width_config(base: ModelConfig, bits: float | None) -> ModelConfig:
    """``base`` at ``bits`` for weights and activations; None: its float32 twin."""
    if bits is None:
        return base.replace(name=f"{base.name}-float", weights="float", activation="relu",
                            output="linear", weight_bits=1.0, activation_bits=1.0,
                            description=f"{base.name}'s shape in float32 with ReLU")
    return base.replace(name=f"{base.name}-{bits:g}bit", weight_bits=bits, activation_bits=bits,
                        description=f"{base.name}'s shape at {bits:g} bits")


def width_train(base_name: str, bits: float | None, epochs: int) -> TrainConfig:
    """The quantised runs take the base's own recipe; the float run the float models' rate."""
    tc = train_defaults(base_name).replace(epochs=epochs, batch_size=200,
                                           lr_schedule="cosine")
    if base_name == BASE:  # its rate for batches of 200, as docs/bit-budget.md measured
        tc = tc.replace(lr=2e-2)  # (the window's quick run now takes batches of 400 at 3e-2)
    return tc.replace(lr=1e-3, lr_end=1e-5) if bits is None else tc


def runs(base_name: str = BASE, epochs: int = 3):
    """The experiment's runs (pitfalls.Run), narrowest first, float last."""
    from bnn_gui.core.lab.experiment import Run

    base = preset(base_name)
    return tuple(Run(LABELS[bits], width_config(base, bits), width_train(base_name, bits, epochs))
                 for bits in (*WIDTHS, None))


def experiment(base_name: str = BASE, epochs: int = 3):
    from bnn_gui.core.lab.experiment import Experiment

    return Experiment(NAME, TITLE, LESSON, runs(base_name, epochs))


def bits_of(cfg: ModelConfig) -> float | None:
    """The width of a bit-budget run's network (None: float)."""
    return None if not cfg.binary_weights else cfg.weight_bits


def weight_bytes(cfg: ModelConfig) -> float:
    """The bytes of the network's weights stored packed at their width (float32: 4 bytes
    each). BatchNorm's few numbers per unit (folded into thresholds at 1 bit) are not
    counted."""
    bits = bits_of(cfg)
    return cfg.weight_count() * (32 if bits is None else storage_bits(bits)) / 8


def describe_values(cfg: ModelConfig, what: str) -> str:
    """What a weight or an activation can be: "±1", "−1/0/+1", "4 levels", "float32",
    "ReLU"."""
    bits = cfg.weight_bits if what == "weights" else cfg.activation_bits
    real = not cfg.binary_weights if what == "weights" else not cfg.binary_activations
    if real:
        return "float32" if what == "weights" else cfg.activation
    if bits == 1:
        return "±1"
    if levels(bits) == 3:
        return "−1/0/+1"
    return f"{levels(bits)} levels"


@dataclass
class Row:
    cfg: ModelConfig
    test_accuracy: float  # 0..1
    c_us: float | None = None  # the exported C library, µs a digit on one core (1 bit only)

    def markdown(self) -> str:
        bits = bits_of(self.cfg)
        c = "–" if self.c_us is None else f"{self.c_us:.0f}"
        return (f"| {'32 (float)' if bits is None else f'{bits:g}'} | "
                f"{describe_values(self.cfg, 'weights')} | "
                f"{describe_values(self.cfg, 'activations')} | "
                f"{100 * self.test_accuracy:.2f} | {weight_bytes(self.cfg) / 1024:,.1f} | {c} |")


HEADER = ("| bits | weights | activations | test % | weights KB | C µs/digit |\n"
          "|---|---|---|---|---|---|")


def table(rows: list[Row]) -> str:
    return "\n".join([HEADER, *(r.markdown() for r in rows)])
