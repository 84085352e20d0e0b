"""The packed model's file formats, numpy and safetensors only (``nets/packing.py`` makes a
PackedNet from a trained network with PyTorch). ``save``/``load`` write and read the packed
file; ``c_header`` writes it for C.

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

from bnn_gui.core.engine.packed import PackedLayer, PackedNet, PackError, pack_bits  # noqa: F401
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP

FORMAT = "bnn-gui-packed/1"


# --- files ------------------------------------------------------------------------------------

def to_tensors(packed: PackedNet, prefix: str = "") -> tuple[dict, dict]:
    """The packed model as (numpy tensors, JSON metadata strings), names prefixed."""
    tensors, specs = {}, []
    for L in packed.layers:
        tensors[f"{prefix}{L.name}.bits"] = layer_bytes(L)
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
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "packed layers are malformed ({value}: {reason})"),
            value=type(e).__name__, reason=e) from None


def save(packed: PackedNet, path: str | os.PathLike, metrics: dict | None = None) -> Path:
    from safetensors.numpy import save as st_save

    from bnn_gui.core.files import atomic_write

    tensors, meta = to_tensors(packed)
    meta |= {"format": FORMAT, "model_config": json.dumps(packed.config),
             "metrics": json.dumps(metrics or {})}
    path = Path(path)
    atomic_write(path, st_save(tensors, metadata=meta))
    return path


def layer_bytes(L: PackedLayer) -> np.ndarray:
    """A layer's weight bits as (units, ceil(n_in / 8)) bytes, LSB first."""
    return np.ascontiguousarray(L.bits).view(np.uint8)[:, : -(-L.n_in // 8)].copy()


def load_packed(path: str | os.PathLike) -> PackedNet:
    """Read a packed file (numpy and safetensors only); PackError with the reason if it is bad."""
    from safetensors import safe_open

    path = Path(path)
    try:
        with safe_open(str(path), framework="numpy") as f:
            meta = f.metadata() or {}
            if meta.get("format") != FORMAT:
                raise PackError(
                    QT_TRANSLATE_NOOP("errors", "not a packed bnn-gui model (format {value}, "
                                      "expected {FORMAT})"),
                    value=repr(meta.get('format')), FORMAT=repr(FORMAT))
            tensors = {k: f.get_tensor(k) for k in f.keys()}
        return from_tensors(tensors, meta, json.loads(meta["model_config"]))
    except Exception as e:  # safetensors has its own error types for every kind of damage
        reason = str(e) if isinstance(e, PackError) else f"{type(e).__name__}: {e}"
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "{path}: {reason}"),
            path=path, reason=reason) from None


def _layer_from(s: dict, t: dict) -> PackedLayer:
    name, units, n_in = s["name"], int(s["units"]), int(s["n_in"])
    words, nbytes = -(-n_in // 64), -(-n_in // 8)
    raw = t[f"{name}.bits"]
    if raw.dtype != np.uint8 or raw.shape != (units, nbytes):
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "layer {name}: bits of shape {shape}, expected {value}"),
            name=name, shape=raw.shape, value=(units, nbytes))
    padded = np.zeros((units, words * 8), np.uint8)
    padded[:, :nbytes] = raw
    bits = padded.view(np.uint64)
    if s["kind"] == "out":
        scale = t["out.scale"].astype(np.float32)
        shift = t.get("out.shift", np.zeros(0, np.float32)).astype(np.float32)
        if not (np.isfinite(scale).all() and np.isfinite(shift).all()):
            raise PackError(QT_TRANSLATE_NOOP("errors", "output scale is not finite"))
        return PackedLayer(name, "out", n_in, bits, np.zeros(units, np.int64),
                           np.zeros(units, bool), out_scale=scale, out_shift=shift,
                           out_kind=s["out_kind"])
    t_, flip = t[f"{name}.threshold"], t[f"{name}.flip"]
    if t_.shape != (units,) or flip.shape != (units,):
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "layer {name}: thresholds do not match its {units} units"),
            name=name, units=units)
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
        raw = layer_bytes(L)
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
