"""A network and counts in plain words (the command line's; the window's own, translated, are
in gui/live/layer_words.py)."""

from __future__ import annotations


def count(n: int, noun: str) -> str:
    """"1 epoch", "2 epochs" (nouns with a plain plural)."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def architecture(config) -> str:
    """The network in one line, e.g. "conv 32-64-128 (3x3, max-pool 2) → dense 512 → 10;
    ±1 weights, sign activations, BatchNorm"."""
    parts = []
    if config.conv:
        c0 = config.conv[0]
        same = all((c.kernel, c.pool) == (c0.kernel, c0.pool) for c in config.conv)
        geometry = f" ({c0.kernel}x{c0.kernel}, max-pool {c0.pool})" if same else ""
        parts.append("conv " + "-".join(str(c.channels) for c in config.conv) + geometry)
    if config.hidden:
        parts.append("dense " + "-".join(str(h) for h in config.hidden))
    parts.append("10")
    weights = {"det": "±1 weights", "stoch": "±1 weights (stochastic)",
               "float": "real weights"}[config.weights]
    act = {"sign": "sign (±1) activations", "relu": "ReLU activations",
           "antirectifier": "antirectifier activations"}[config.activation]
    extra = ", ±1 input pixels" if config.binarize_input else ""
    norm = ", BatchNorm" if config.batchnorm else ""
    return f"{' → '.join(parts)}; {weights}, {act}{norm}{extra}"
