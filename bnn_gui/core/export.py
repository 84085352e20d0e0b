"""From a trained BinaryNet to the packed engine, and the packed model's file formats.

``pack(net)`` (needs PyTorch) folds each binary layer's BatchNorm and sign into integer
thresholds by asking the model's own float32 ops (see ``packed.py``). ``save``/``load`` write and
read the packed file with numpy and safetensors only; ``c_header`` writes it for C.

Packed file (safetensors, format ``bnn-gui-packed/1``):
  metadata  "format", "model_config" (JSON), "packed_layers" (JSON list: name, kind, n_in,
            units, real_input, kernel, padding, pool, in_shape, out_kind),
            "packed_binarize_input" (JSON bool), "metrics" (JSON)
  tensors   "<layer>.bits"       uint8 (units, ceil(n_in / 8)): weight bits, input j of a unit
                                 is bit j % 8 of byte j // 8 (LSB first), 1 = +1
            "<layer>.threshold"  int32 (units,): hidden units fire (+1) when dot >= threshold,
            "<layer>.flip"       uint8 (units,): ... or, where flip = 1, when dot < threshold
            "out.scale", "out.shift" float32: logits = dot * scale (+ shift for "affine")
  where dot = 2 * popcount(XNOR(inputs, weights)) - n, and inputs of the first layer are pixel
  levels 0..255 (dot = sum of level * ±1).

A model file (checkpoint.py) of a binary network carries the same tensors under "packed/" and
the same "packed_*" metadata, so the window can read it with no PyTorch at all.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from .packed import PackedLayer, PackedNet, PackError, pack_bits

FORMAT = "bnn-gui-packed/1"


def pack(net) -> PackedNet:
    """A trained BinaryNet (eval mode is used) -> PackedNet; PackError if it is not all-binary."""
    cfg = net.config
    if not (cfg.binary_weights and cfg.binary_activations and cfg.batchnorm):
        raise PackError(f"{cfg.name}: the packed engine runs networks with binary weights, ±1 "
                        "activations and BatchNorm (bnn-mlp, bnn-cnn, seed-mlp, xnor-mlp)")
    if cfg.sign_output or cfg.l2_alpha or cfg.output == "linear":
        raise PackError(f"{cfg.name}: the output layer must be binary with a scale or BatchNorm")
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
                side = (shape[1] + 2 * spec.padding - spec.kernel + 1) // spec.pool
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


# --- files ------------------------------------------------------------------------------------

def to_tensors(packed: PackedNet, prefix: str = "") -> tuple[dict, dict]:
    """The packed model as (numpy tensors, JSON metadata strings), names prefixed."""
    tensors, specs = {}, []
    for L in packed.layers:
        tensors[f"{prefix}{L.name}.bits"] = _bytes(L)
        if L.kind == "out":
            tensors[f"{prefix}out.scale"] = L.out_scale
            if L.out_kind == "affine":
                tensors[f"{prefix}out.shift"] = L.out_shift
        else:
            tensors[f"{prefix}{L.name}.threshold"] = L.threshold.astype(np.int32)
            tensors[f"{prefix}{L.name}.flip"] = L.flip.astype(np.uint8)
        specs.append(dict(name=L.name, kind=L.kind, n_in=L.n_in, units=L.units,
                          real_input=L.real_input, kernel=L.kernel, padding=L.padding,
                          pool=L.pool, in_shape=list(L.in_shape), out_kind=L.out_kind))
    meta = {"packed_layers": json.dumps(specs),
            "packed_binarize_input": json.dumps(packed.binarize_input)}
    return tensors, meta


def from_tensors(tensors: dict, meta: dict, config: dict, prefix: str = "") -> PackedNet:
    """Inverse of ``to_tensors``; PackError (without the file name) if anything is off."""
    try:
        specs = json.loads(meta["packed_layers"])
        t = {k[len(prefix):]: v for k, v in tensors.items() if k.startswith(prefix)}
        layers = [_layer_from(s, t) for s in specs]
        return PackedNet(layers, config, json.loads(meta.get("packed_binarize_input", "false")))
    except PackError:
        raise
    except (KeyError, ValueError, TypeError) as e:
        raise PackError(f"packed layers are malformed ({type(e).__name__}: {e})") from None


def save(packed: PackedNet, path: str | os.PathLike, metrics: dict | None = None) -> Path:
    from safetensors.numpy import save as st_save

    from .files import atomic_write

    tensors, meta = to_tensors(packed)
    meta |= {"format": FORMAT, "model_config": json.dumps(packed.config),
             "metrics": json.dumps(metrics or {})}
    path = Path(path)
    atomic_write(path, st_save(tensors, metadata=meta))
    return path


def _bytes(L: PackedLayer) -> np.ndarray:
    """A layer's weight bits as (units, ceil(n_in / 8)) bytes, LSB first."""
    return np.ascontiguousarray(L.bits).view(np.uint8)[:, : -(-L.n_in // 8)].copy()


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
        packed_bytes = _bytes(L).nbytes + (L.out_scale.nbytes + L.out_shift.nbytes
                                           if L.kind == "out" else 5 * L.units)
        rows.append(dict(layer=L.name, float_bytes=float_bytes, packed_bytes=packed_bytes,
                         ratio=float_bytes / packed_bytes))
    total_f = sum(r["float_bytes"] for r in rows)
    total_p = sum(r["packed_bytes"] for r in rows)
    rows.append(dict(layer="all", float_bytes=total_f, packed_bytes=total_p,
                     ratio=total_f / total_p))
    return rows


def load(path: str | os.PathLike) -> PackedNet:
    """Read a packed file (numpy and safetensors only); PackError with the reason if it is bad."""
    from safetensors import safe_open

    path = Path(path)
    try:
        with safe_open(str(path), framework="numpy") as f:
            meta = f.metadata() or {}
            if meta.get("format") != FORMAT:
                raise PackError(f"not a packed bnn-gui model (format {meta.get('format')!r}, "
                                f"expected {FORMAT!r})")
            tensors = {k: f.get_tensor(k) for k in f.keys()}
        return from_tensors(tensors, meta, json.loads(meta["model_config"]))
    except Exception as e:  # safetensors has its own error types for every kind of damage
        reason = str(e) if isinstance(e, PackError) else f"{type(e).__name__}: {e}"
        raise PackError(f"{path}: {reason}") from None


def _layer_from(s: dict, t: dict) -> PackedLayer:
    name, units, n_in = s["name"], int(s["units"]), int(s["n_in"])
    words, nbytes = -(-n_in // 64), -(-n_in // 8)
    raw = t[f"{name}.bits"]
    if raw.dtype != np.uint8 or raw.shape != (units, nbytes):
        raise PackError(f"layer {name}: bits of shape {raw.shape}, expected {(units, nbytes)}")
    padded = np.zeros((units, words * 8), np.uint8)
    padded[:, :nbytes] = raw
    bits = padded.view(np.uint64)
    if s["kind"] == "out":
        scale = t["out.scale"].astype(np.float32)
        shift = t.get("out.shift", np.zeros(0, np.float32)).astype(np.float32)
        if not (np.isfinite(scale).all() and np.isfinite(shift).all()):
            raise PackError("output scale is not finite")
        return PackedLayer(name, "out", n_in, bits, np.zeros(units, np.int64),
                           np.zeros(units, bool), out_scale=scale, out_shift=shift,
                           out_kind=s["out_kind"])
    t_, flip = t[f"{name}.threshold"], t[f"{name}.flip"]
    if t_.shape != (units,) or flip.shape != (units,):
        raise PackError(f"layer {name}: thresholds do not match its {units} units")
    return PackedLayer(name, s["kind"], n_in, bits, t_.astype(np.int64), flip.astype(bool),
                       bool(s["real_input"]), int(s["kernel"]), int(s["padding"]),
                       int(s["pool"]), tuple(s["in_shape"]))


def c_identifier(text: str) -> str:
    """``text`` as a C identifier: letters, digits and underscores only, never a digit first."""
    ident = "".join(c if c.isascii() and (c.isalnum() or c == "_") else "_" for c in str(text))
    return ident if ident and not ident[0].isdigit() else f"_{ident}"


def c_comment_text(text: str, limit: int = 80) -> str:
    """``text`` safe inside a /* comment */: printable ASCII, no "*/", bounded."""
    safe = "".join(c if c.isascii() and c.isprintable() and c not in "*\\" else "_"
                   for c in str(text))
    return safe[:limit]


def c_header(packed: PackedNet, guard: str = "BNN_MODEL_H") -> str:
    """The packed weights and thresholds as C arrays (uint8 bits LSB first, int32 thresholds).
    Every string from the file (the model's and the layers' names) is written as a C
    identifier or inside a comment with nothing that could end it."""
    guard = c_identifier(guard)
    out = [f"/* bnn-gui packed model: {c_comment_text(packed.config.get('name'))}. "
           "dot = 2*popcount(XNOR(x, w))"
           " - n; a hidden unit outputs +1 when dot >= threshold (dot < threshold where"
           " flip = 1). The first layer's inputs are pixel levels 0..255 (dot = sum of level"
           " * +-1); weight bit j of a unit is bit j % 8 of byte j / 8, 1 = +1. */",
           f"#ifndef {guard}", f"#define {guard}", "#include <stdint.h>", ""]
    for L in packed.layers:
        name = c_identifier(L.name)
        c = name.upper()
        raw = _bytes(L)
        out.append(f"#define BNN_{c}_UNITS {L.units}")
        out.append(f"#define BNN_{c}_INPUTS {L.n_in}")
        out.append(f"#define BNN_{c}_BYTES {raw.shape[1]}")
        rows = ",\n".join("  {" + ",".join(str(int(v)) for v in r) + "}" for r in raw)
        out.append(f"static const uint8_t bnn_{name}_bits[{L.units}][{raw.shape[1]}] = {{\n"
                   f"{rows}\n}};")
        if L.kind != "out":
            out.append(f"static const int32_t bnn_{name}_threshold[{L.units}] = {{"
                       + ",".join(str(int(v)) for v in L.threshold) + "};")
            out.append(f"static const uint8_t bnn_{name}_flip[{L.units}] = {{"
                       + ",".join(str(int(v)) for v in L.flip) + "};")
        out.append("")
    out.append(f"#endif /* {guard} */")
    return "\n".join(out) + "\n"
