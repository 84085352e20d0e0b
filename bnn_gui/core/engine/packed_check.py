"""Checks a model file's packed 1-bit form against its own config and latent weights before
the window runs it (numpy only).

A crafted or damaged file could carry packed layers that load and then break every reading
(a pooling of 0, a padding of 200,000, a swapped kind), or bits that disagree with the weights
(the window would read 43% of digits right while its stored accuracy says 98%). Every field of
every packed layer is compared with what ``export.pack`` makes of the config; every weight bit
with the sign of its latent weight; every threshold with the one BatchNorm's statistics give
(within one step: the packer's binary search runs the model's own float32 ops).
"""

from __future__ import annotations

import json

import numpy as np

from bnn_gui.core.engine.geometry import conv_side
from bnn_gui.core.engine.packed import PackError, pack_bits
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP


def expected_specs(cfg) -> list[dict]:
    """The packed layers ``export.pack`` makes of a ModelConfig (all fields but the arrays)."""
    specs, shape = [], (1, 28, 28)
    real_first = not cfg.binarize_input
    for i, c in enumerate(cfg.conv):
        specs.append(dict(name=f"conv{i + 1}", kind="conv", n_in=shape[0] * c.kernel ** 2,
                          units=c.channels, real_input=i == 0 and real_first, kernel=c.kernel,
                          padding=c.padding, pool=c.pool, in_shape=list(shape)))
        side = conv_side(shape[1], c.kernel, c.padding, c.pool)
        shape = (c.channels, side, side)
    for j, h in enumerate(cfg.hidden):
        n_in = int(np.prod(shape))
        specs.append(dict(name=f"dense{j + 1}", kind="dense", n_in=n_in, units=h,
                          real_input=not specs and real_first, kernel=1, padding=0, pool=1,
                          in_shape=[]))
        shape = (h,)
    specs.append(dict(name="out", kind="out", n_in=int(np.prod(shape)), units=10,
                      real_input=False, kernel=1, padding=0, pool=1, in_shape=[],
                      out_kind="scale" if cfg.output == "scale" else "affine"))
    return specs


def check(cfg, meta: dict, arrays: dict, prefix: str = "packed/") -> None:
    """Raise PackError saying what disagrees (the caller adds the file's name)."""
    try:
        specs = json.loads(meta["packed_layers"])
        binarize = json.loads(meta.get("packed_binarize_input", "false"))
    except (KeyError, ValueError, TypeError, RecursionError):
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "its packed layers are not readable")) from None
    want = expected_specs(cfg)
    if not isinstance(specs, list) or len(specs) != len(want):
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "it has {count} packed layers; a {name} network has "
                              "{count2}"),
            count=len(specs) if isinstance(specs, list) else 'no', name=repr(cfg.name), count2=len(want))
    if binarize is not cfg.binarize_input:
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "its packed input handling does not match its config"))
    for s, w in zip(specs, want):
        if not isinstance(s, dict):
            raise PackError(
                QT_TRANSLATE_NOOP("errors", "a packed layer is not a JSON object"))
        for key, value in w.items():
            if s.get(key) != value:
                raise PackError(
                    QT_TRANSLATE_NOOP("errors", "packed layer {value}: {key} is {value2}, its "
                                      "config says {value3}"),
                    value=w['name'], key=key, value2=repr(s.get(key)), value3=repr(value))
    blocks = len(cfg.conv) + len(cfg.hidden)
    for i, w in enumerate(want):
        latent = arrays.get("out.weight" if w["kind"] == "out" else f"blocks.{i}.layer.weight")
        bits = arrays.get(f"{prefix}{w['name']}.bits")
        if latent is None or bits is None:
            raise PackError(
                QT_TRANSLATE_NOOP("errors", "layer {value}: weights or packed bits missing"),
                value=w['name'])
        signs = np.asarray(latent).reshape(w["units"], -1) >= 0
        expect = pack_bits(signs).view(np.uint8)[:, : -(-w["n_in"] // 8)]
        if bits.shape != expect.shape or not np.array_equal(bits, expect):
            raise PackError(
                QT_TRANSLATE_NOOP("errors", "layer {value}: its packed bits disagree with the "
                                  "signs of its weights"),
                value=w['name'])
        if i < blocks and cfg.batchnorm and not cfg.xnor_scaling:
            _check_thresholds(w, i, arrays, prefix)


def _check_thresholds(w: dict, i: int, arrays: dict, prefix: str) -> None:
    """BN(dot / d) >= 0  <=>  dot >= d * (mean - beta * sqrt(var + eps) / gamma)  (gamma > 0;
    the comparison flips where gamma < 0; d = 255 for a first layer on pixel levels, whose
    product the model divides by 255, else 1). The stored integer threshold must be within one
    of the ceiling of that, wherever it lies inside the reachable dots."""
    g = arrays.get(f"blocks.{i}.bn.weight")
    b = arrays.get(f"blocks.{i}.bn.bias")
    m = arrays.get(f"blocks.{i}.bn.running_mean")
    v = arrays.get(f"blocks.{i}.bn.running_var")
    t = arrays.get(f"{prefix}{w['name']}.threshold")
    flip = arrays.get(f"{prefix}{w['name']}.flip")
    if any(a is None for a in (g, b, m, v, t, flip)):
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "layer {value}: BatchNorm or thresholds missing"),
            value=w['name'])
    g, b, m, v = (np.asarray(a, np.float64) for a in (g, b, m, v))
    d = 255.0 if w["real_input"] else 1.0
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = d * (m - b * np.sqrt(v + 1e-5) / g)
    reach = w["n_in"] * (255 if w["real_input"] else 1)
    inside = (g != 0) & np.isfinite(exact) & (np.abs(exact) < reach)
    want_t = np.ceil(exact)
    if not np.array_equal(np.asarray(flip, bool)[inside], (g < 0)[inside]):
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "layer {value}: its packed flips disagree with "
                              "BatchNorm's signs"),
            value=w['name'])
    off = np.abs(np.asarray(t, np.float64) - want_t)[inside]
    if (off > 1).any():
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "layer {value}: {value2} packed thresholds disagree with "
                              "its BatchNorm"),
            value=w['name'], value2=int((off > 1).sum()))
