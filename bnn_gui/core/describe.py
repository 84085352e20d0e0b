"""Each hidden layer of a network in plain words, for the window's network view."""

from __future__ import annotations


def layer_descriptions(config, shapes: list[tuple[int, ...]]) -> list[str]:
    """One line per hidden layer (``shapes``: each layer's output shape, (C, H, W) or (D,)),
    e.g. "3x3 kernels over 32 channels; BatchNorm, sign; max-pool 2"."""
    act = {"sign": "sign", "relu": "ReLU", "antirectifier": "antirectifier"}[config.activation]
    norm = "BatchNorm, " if config.batchnorm else ""
    weights = {"det": "±1 weights", "stoch": "±1 weights (stochastic)",
               "float": "real weights"}[config.weights]
    out, prev = [], (1, 28, 28)
    convs = list(config.conv)
    for i, shape in enumerate(shapes):
        if len(shape) == 3 and i < len(convs):
            c = convs[i]
            source = "pixels" if i == 0 else f"{prev[0]} channels"
            pool = f"; max-pool {c.pool}" if c.pool > 1 else ""
            out.append(f"{c.kernel}x{c.kernel} kernels over {source}, {weights}; {norm}{act}"
                       f"{pool}")
        else:
            n_in = 1
            for d in prev:
                n_in *= d
            out.append(f"each over {n_in:,} inputs, {weights}; {norm}{act}")
        prev = shape
    return out


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
