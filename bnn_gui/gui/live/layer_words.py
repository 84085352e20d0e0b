"""Each hidden layer of a network in plain words, under its title in the network view (in the
window's language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from bnn_gui.gui.language import number


def layer_descriptions(config, shapes: list[tuple[int, ...]]) -> list[str]:
    """One line per hidden layer (``shapes``: each layer's output shape, (C, H, W) or (D,)),
    e.g. "3x3 kernels over 32 channels, ±1 weights; BatchNorm, sign; max-pool 2"."""
    act = {"sign": QCoreApplication.translate("layer_words", "sign"),
           "relu": "ReLU", "antirectifier": "antirectifier"}[config.activation]
    norm = "BatchNorm, " if config.batchnorm else ""
    if getattr(config, "activation_bits", 1) != 1 and config.activation == "sign":
        act = QCoreApplication.translate("layer_words", "{0}-bit activation").format(
            f"{config.activation_bits:g}")
    weights = {"det": QCoreApplication.translate("layer_words", "±1 weights"),
               "stoch": QCoreApplication.translate("layer_words", "±1 weights (stochastic)"),
               "float": QCoreApplication.translate("layer_words", "real weights")
               }[config.weights]
    if getattr(config, "weight_bits", 1) != 1 and config.weights == "det":
        weights = QCoreApplication.translate("layer_words", "{0}-bit weights").format(
            f"{config.weight_bits:g}")
    out, prev = [], (1, 28, 28)
    convs = list(config.conv)
    for i, shape in enumerate(shapes):
        if len(shape) == 3 and i < len(convs):
            c = convs[i]
            kernels = (QCoreApplication.translate("layer_words", "{0}x{0} kernels over pixels")
                       .format(c.kernel) if i == 0 else
                       QCoreApplication.translate("layer_words",
                                                  "{0}x{0} kernels over {1} channels")
                       .format(c.kernel, prev[0]))
            pool = ("; " + QCoreApplication.translate("layer_words", "max-pool {0}")
                    .format(c.pool)) if c.pool > 1 else ""
            out.append(f"{kernels}, {weights}; {norm}{act}{pool}")
        else:
            n_in = 1
            for d in prev:
                n_in *= d
            out.append(QCoreApplication.translate("layer_words", "each over {0} inputs")
                       .format(number(n_in)) + f", {weights}; {norm}{act}")
        prev = shape
    return out
