"""From a trained BinaryNet to the packed 1-bit engine (needs PyTorch).

``pack(net)`` folds each binary layer's BatchNorm and sign into integer thresholds by asking
the model's own float32 ops (see ``engine/packed.py``); ``size_table`` compares the packed
layers' bytes with the float32 ones.
"""

from __future__ import annotations

import numpy as np

from bnn_gui.core.engine.export import layer_bytes
from bnn_gui.core.engine.geometry import conv_side
from bnn_gui.core.engine.packed import PackedLayer, PackedNet, PackError, pack_bits
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP


def packable_presets() -> list[str]:
    """The presets the packed engine and the C export run (1-bit, binary all through)."""
    from bnn_gui.config import PRESETS

    return [n for n, c in PRESETS.items()
            if c.binary_weights and c.binary_activations and c.batchnorm and c.one_bit
            and not (c.sign_output or c.l2_alpha or c.output == "linear")]


def pack(net) -> PackedNet:
    """A trained BinaryNet (eval mode is used) -> PackedNet; PackError if it is not all-binary."""
    cfg = net.config
    if not (cfg.binary_weights and cfg.binary_activations and cfg.batchnorm):
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "{name}: the packed engine runs networks with binary "
                              "weights, ±1 activations and BatchNorm ({presets})"),
            name=cfg.name, presets=", ".join(packable_presets()))
    if not cfg.one_bit:
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "{name}: the packed engine and the C export run 1-bit "
                              "networks; this one has {weights}-bit weights and "
                              "{activations}-bit activations"),
            name=cfg.name, weights=f"{cfg.weight_bits:g}", activations=f"{cfg.activation_bits:g}")
    if cfg.sign_output or cfg.l2_alpha or cfg.output == "linear":
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "{name}: the output layer must be binary with a scale or "
                              "BatchNorm"),
            name=cfg.name)
    was_training = net.training
    net.eval()
    try:
        return _pack(net, cfg)
    finally:
        net.train(was_training)


def _pack(net, cfg) -> PackedNet:
    import torch

    layers = []
    shape = (1, 28, 28)
    with torch.no_grad():
        for i, block in enumerate(net.blocks):
            w = block.layer.binary_weight()
            units = w.shape[0]
            n_in = int(np.prod(w.shape[1:]))
            real = i == 0 and net.input_levels != 1
            reach = n_in * (net.input_levels if real else 1)
            t, flip = _thresholds(block, reach, units)
            bits = pack_bits(w.reshape(units, -1).numpy() > 0)
            if block.kind == "conv":
                spec = cfg.conv[i]
                layers.append(PackedLayer(block.name, "conv", n_in, bits, t, flip, real,
                                          spec.kernel, spec.padding, spec.pool, shape))
                side = conv_side(shape[1], spec.kernel, spec.padding, spec.pool)
                shape = (spec.channels, side, side)
            else:
                layers.append(PackedLayer(block.name, "dense", n_in, bits, t, flip, real))
                shape = (units,)
        w = net.out.binary_weight()
        layers.append(PackedLayer("out", "out", w.shape[1], pack_bits(w.numpy() > 0),
                                  np.zeros(10, np.int64), np.zeros(10, bool),
                                  **_output_ops(net)))
    return PackedNet(layers, cfg.to_dict(), cfg.binarize_input)


def _thresholds(block, reach: int, units: int):
    """Per unit, the integer t such that sign(BN(after_product(dot))) = +1 iff dot >= t (or,
    with flip, iff dot < t), for integer dot in [-reach, reach]; found by binary search with
    the block's own float32 ops, so it agrees with PyTorch to the last bit."""
    import torch

    conv = block.kind == "conv"

    def fires(c: np.ndarray) -> np.ndarray:  # c: (units,) candidate integer dots
        y = torch.from_numpy(c.astype(np.float32)).reshape((1, units, 1, 1) if conv else (1, -1))
        y = block.bn(block.after_product(block.layer.scale_output(y)))
        return (y >= 0).reshape(-1).numpy()

    lo = np.full(units, -reach, np.int64)
    hi = np.full(units, reach + 1, np.int64)
    at_lo, at_hi = fires(lo), fires(hi - 1)
    flip = at_lo & ~at_hi  # fires for small dots only: BatchNorm's scale is negative
    # find the first c in [lo, hi] where the answer differs from the one at lo
    while (hi - lo > 1).any():
        mid = (lo + hi) // 2
        changed = fires(mid) != at_lo
        hi = np.where(changed, mid, hi)
        lo = np.where(changed, lo, mid)
    t = hi.copy()
    # units that never change: always fire (t = -reach) or never (t = reach + 1)
    same = at_lo == at_hi
    t[same] = np.where(at_lo[same], -reach, reach + 1)
    flip[same] = False
    return t, flip


def _output_ops(net) -> dict:
    """The float32 ops that turn the output layer's integer scores into logits."""
    import torch

    if net.config.output == "scale":
        rows = []
        if net.out.xnor_scaling:
            rows.append(net.out.scale_output(torch.ones(1, 10)).reshape(10))
        rows.append(net.out_norm.log_scale.exp().expand(10))
        return dict(out_scale=torch.stack(rows).numpy().astype(np.float32), out_kind="scale")
    bn = net.out_norm  # affine: logits = dot * scale + shift (float32; near-ties may differ)
    alpha = net.out.scale_output(torch.ones(1, 10)).reshape(10)
    inv = bn.weight / torch.sqrt(bn.running_var + bn.eps)
    return dict(out_scale=(alpha * inv).numpy().astype(np.float32),
                out_shift=(bn.bias - bn.running_mean * inv).numpy().astype(np.float32),
                out_kind="affine")


def size_table(net, packed: PackedNet) -> list[dict]:
    """Per binary layer: bytes as float32 (weights + BatchNorm or scales) against packed (bits +
    int32 thresholds + flip bytes, as in the file)."""
    rows = []
    state = net.state_dict()
    for L in packed.layers:
        prefix = "out" if L.kind == "out" else f"blocks.{[b.name for b in net.blocks].index(L.name)}"
        float_bytes = sum(4 * v.numel() for k, v in state.items()
                          if (k.startswith(prefix + ".") or (L.kind == "out" and k.startswith("out_norm.")))
                          and v.is_floating_point())
        packed_bytes = layer_bytes(L).nbytes + (L.out_scale.nbytes + L.out_shift.nbytes
                                           if L.kind == "out" else 5 * L.units)
        rows.append(dict(layer=L.name, float_bytes=float_bytes, packed_bytes=packed_bytes,
                         ratio=float_bytes / packed_bytes))
    total_f = sum(r["float_bytes"] for r in rows)
    total_p = sum(r["packed_bytes"] for r in rows)
    rows.append(dict(layer="all", float_bytes=total_f, packed_bytes=total_p,
                     ratio=total_f / total_p))
    return rows
