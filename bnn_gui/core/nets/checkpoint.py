"""Save and load models: safetensors with the config and the measured metrics inside.

A model file is written to a temporary name in the same folder and renamed over the target, so
a crash never leaves half a file. Loading never unpickles anything and checks everything it
reads; each failure raises :class:`ModelFileError` naming the file and the problem.

Metadata keys (all JSON strings): ``format`` ("bnn-gui/1"), ``model_config``, ``train_config``,
``metrics`` (test_accuracy, history, ...), ``mnist_md5`` (checksums of the data it was trained
on), ``created``, ``recipe`` (how it was made, stage by stage: recipe.py); for all-binary networks also ``packed_*`` with tensors under ``packed/``: the
packed 1-bit form (export.py), which the window runs without PyTorch.
"""

from __future__ import annotations

import json
import math
import os
import struct
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bnn_gui.config import ConfigError, ModelConfig, TrainConfig
from bnn_gui.core.files import atomic_write, open_regular
from bnn_gui.core.paths import shipped_models_dir, user_models_dir
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP, WordedError

FORMAT = "bnn-gui/1"
PACKED_PREFIX = "packed/"  # tensors of the packed 1-bit form (see export.py), binary nets only
SUFFIX = ".safetensors"
_MAX_HEADER = 16 << 20  # a real header is a few kB
MAX_FILE_BYTES = 2 << 30  # the shipped models are 2-30 MB; a 65536-wide layer fits


class ModelFileError(WordedError):
    """A model file cannot be used; the message names the file and the problem."""


@dataclass
class ModelFile:
    """What a model file holds, read without torch: config, metadata and weights as arrays."""

    path: Path
    config: ModelConfig
    train_config: TrainConfig | None
    metrics: dict
    meta: dict
    arrays: dict[str, np.ndarray]

    @property
    def test_accuracy(self) -> float | None:
        return self.metrics.get("test_accuracy")

    @property
    def recipe(self) -> list:
        """How the model was made, stage by stage (recipe.py); [] when the file holds none."""
        from bnn_gui.core.runs.recipe import parse

        try:
            return parse(self.meta.get("recipe"))
        except ValueError as e:
            raise ModelFileError(
                QT_TRANSLATE_NOOP("errors", "{path}: {reason}"),
                path=self.path, reason=e) from None

    @property
    def has_packed(self) -> bool:
        return "packed_layers" in self.meta

    def packed(self):
        """The packed 1-bit form stored with a binary model (a PackedNet), or None."""
        from bnn_gui.core.engine.export import from_tensors
        from bnn_gui.core.engine.packed import PackError
        from bnn_gui.core.engine.packed_check import check

        if not self.has_packed:
            return None
        try:
            # every field against the config, the bits against the weights, before anything
            # is built from them
            check(self.config, self.meta, self.arrays, PACKED_PREFIX)
            net = from_tensors(self.arrays, self.meta, self.config.to_dict(), PACKED_PREFIX)
        except PackError as e:
            raise ModelFileError(
                QT_TRANSLATE_NOOP("errors", "{path}: {reason}"),
                path=self.path, reason=e) from None
        c = self.config
        want = [(s.channels, s.kernel) for s in c.conv] + [(h, 1) for h in c.hidden] + [(10, 1)]
        got = [(L.units, L.kernel) for L in net.layers]
        if want != got:
            raise ModelFileError(
                QT_TRANSLATE_NOOP("errors", "{path}: its packed layers do not fit a {name} "
                                  "network (units, kernel per layer: {got}, expected "
                                  "{want})"),
                path=self.path, name=repr(c.name), got=got, want=want)
        return net

    def weights(self) -> dict[str, np.ndarray]:
        """The PyTorch state dict's arrays (without the packed form)."""
        return {k: v for k, v in self.arrays.items() if not k.startswith(PACKED_PREFIX)}


def save(path: str | os.PathLike, model, train_config: TrainConfig | None = None,
         metrics: dict | None = None, mnist_md5: dict | None = None,
         recipe: list | None = None) -> Path:
    """Write ``model`` (a BinaryNet) atomically to ``path`` with its ``recipe`` (how it was
    made, recipe.py); returns the path."""
    from safetensors.torch import save as st_save

    path = Path(path)
    import torch

    from bnn_gui.core.engine.export import to_tensors
    from bnn_gui.core.nets.packing import pack
    from bnn_gui.core.engine.packed import PackError

    tensors = {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}
    try:
        packed, packed_meta = to_tensors(pack(model), PACKED_PREFIX)
        tensors |= {k: torch.from_numpy(v) for k, v in packed.items()}
    except PackError:  # not an all-binary network: PyTorch runs it
        packed_meta = {}
    meta = packed_meta | {
        "format": FORMAT,
        "model_config": json.dumps(model.config.to_dict()),
        "train_config": json.dumps(train_config.to_dict() if train_config else None),
        "metrics": json.dumps(metrics or {}),
        "mnist_md5": json.dumps(mnist_md5 or {}),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "recipe": json.dumps(recipe or []),
    }
    atomic_write(path, st_save(tensors, metadata=meta))
    return path


def read_model_file(path: str | os.PathLike) -> ModelFile:
    """Read and check a model file without torch (config, metadata, finite weights).

    The header is read and checked first; the weights are read only when the file's size,
    the tensors the header declares and the config all agree, so a small crafted file cannot
    make anything large be allocated."""
    from safetensors.numpy import load as st_load

    path = Path(path)
    if not path.exists():
        raise ModelFileError(
            QT_TRANSLATE_NOOP("errors", "{path}: no such file"),
            path=path)
    try:
        with open_regular(path, MAX_FILE_BYTES,
                          QT_TRANSLATE_NOOP("errors", "a model file")) as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(8)
            if len(head) < 8:
                raise ModelFileError(
                    QT_TRANSLATE_NOOP("errors", "{path}: {count} bytes; too short to be a model "
                                      "file"),
                    path=path, count=len(head))
            (n,) = struct.unpack("<Q", head)
            if n > _MAX_HEADER or n > size - 8:
                raise ModelFileError(
                    QT_TRANSLATE_NOOP("errors", "{path}: not a bnn-gui model (no valid "
                                      "safetensors header; the file may be truncated or"
                                      " of another kind)"),
                    path=path)
            header_bytes = f.read(n)
            header, meta = _parse_header(path, header_bytes)
            config, train_config, metrics = _parse_meta(path, meta)
            _check_sizes(path, header, config, size - 8 - n)
            raw = head + header_bytes + f.read(size - 8 - n)
    except OSError as e:
        raise ModelFileError.wrapping(e) from None
    try:
        arrays = st_load(raw)
    except Exception as e:  # safetensors raises its own error types for every kind of damage
        raise ModelFileError(
            QT_TRANSLATE_NOOP("errors", "{path}: damaged or truncated weights ({reason})"),
            path=path, reason=e) from None
    for name, a in arrays.items():
        if a.dtype.kind == "f" and not np.isfinite(a).all():
            raise ModelFileError(
                QT_TRANSLATE_NOOP("errors", "{path}: tensor {name} holds NaN or infinite values"),
                path=path, name=repr(name))
    return ModelFile(path, config, train_config, metrics, meta, arrays)


def _parse_header(path: Path, header_bytes: bytes) -> tuple[dict, dict]:
    try:
        header = json.loads(header_bytes)
    except (ValueError, RecursionError):  # RecursionError: a header nested thousands deep
        raise ModelFileError(
            QT_TRANSLATE_NOOP("errors", "{path}: not a bnn-gui model (its header is not valid "
                              "JSON)"),
            path=path) from None
    meta = header.get("__metadata__") if isinstance(header, dict) else None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        got = meta.get("format") if isinstance(meta, dict) else None
        raise ModelFileError(
            QT_TRANSLATE_NOOP("errors", "{path}: not a bnn-gui model (format {value}, expected "
                              "{FORMAT})"),
            path=path, value=repr(str(got)[:40]), FORMAT=repr(FORMAT))
    return header, meta


def _parse_meta(path: Path, meta: dict) -> tuple[ModelConfig, TrainConfig | None, dict]:
    try:
        model_config = json.loads(meta["model_config"])
        tc = json.loads(meta.get("train_config") or "null")
        metrics = json.loads(meta.get("metrics") or "{}")
        if not isinstance(model_config, dict):
            raise TypeError("model_config is not a mapping")
        if not isinstance(tc, dict | None):
            raise TypeError("train_config is not a mapping")
        if not isinstance(metrics, dict):
            raise TypeError("metrics is not a mapping")
        config = ModelConfig.from_dict(model_config)
        train_config = TrainConfig.from_dict(tc) if tc else None
        for key in ("test_accuracy", "train_accuracy"):  # shown and compared by the window
            if key in metrics and metrics[key] is not None and not _is_fraction(metrics[key]):
                raise ValueError(f"metrics.{key} {str(metrics[key])[:40]!r} is not a number "
                                 "from 0 to 1")
    except (KeyError, ValueError, TypeError, AttributeError, OverflowError, RecursionError,
            ConfigError) as e:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("errors", "{path}: its stored configuration is invalid ({value})"),
            path=path, value=str(e)[:200] or type(e).__name__) from None
    return config, train_config, metrics


def _is_fraction(v) -> bool:
    return (isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
            and 0 <= v <= 1)


def _check_sizes(path: Path, header: dict, config: ModelConfig, data_bytes: int) -> None:
    """The tensors the header declares must fit in the file, and hold at least the weights
    the config describes (checked before the config builds a network of that size)."""
    elements = 0
    for name, t in header.items():
        if name == "__metadata__":
            continue
        try:
            shape = [int(d) for d in t["shape"]]
            begin, end = (int(o) for o in t["data_offsets"])
        except (KeyError, TypeError, ValueError):
            raise ModelFileError(
                QT_TRANSLATE_NOOP("errors", "{path}: damaged header (tensor {value})"),
                path=path, value=repr(str(name)[:40])) from None
        if not 0 <= begin <= end <= data_bytes or min(shape, default=1) < 0:
            raise ModelFileError(
                QT_TRANSLATE_NOOP("errors", "{path}: tensor {value} does not fit in the file "
                                  "(truncated or damaged)"),
                path=path, value=repr(str(name)[:40]))
        elements += math.prod(shape)
    need = config.weight_count()
    if need > elements:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("errors", "{path}: its weights do not fit a {name} network (its "
                              "config describes {need} weights; the file holds "
                              "{elements} numbers)"),
            path=path, name=repr(config.name), need=need, elements=elements)


def load_net(path_or_name: str | os.PathLike | None = None, expect: str | None = None):
    """Load a model file (or a shipped or user model by name) into a torch BinaryNet in eval
    mode. Returns ``(model, ModelFile)``. ``expect``: the preset name the file must be."""
    import torch

    from bnn_gui.core.nets.models import build

    mf = read_model_file(resolve(path_or_name))
    if expect is not None and mf.config.name != expect:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("errors", "{path}: is a {name} model, expected {expect}"),
            path=mf.path, name=repr(mf.config.name), expect=repr(expect))
    model = build(mf.config)
    want = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    got = {k: tuple(v.shape) for k, v in mf.weights().items()}
    if want != got:
        diff = sorted(set(want.items()) ^ set(got.items()))[:4]
        raise ModelFileError(
            QT_TRANSLATE_NOOP("errors", "{path}: its weights do not fit a {name} network "
                              "(mismatched: {diff})"),
            path=mf.path, name=repr(mf.config.name), diff=diff)
    model.load_state_dict({k: torch.from_numpy(np.array(v)) for k, v in mf.weights().items()})
    model.eval()
    return model, mf


DEFAULT_MODEL = "bnn-cnn"


def resolve(path_or_name: str | os.PathLike | None) -> Path:
    """A shipped or user model's name ("bnn-cnn") names that model, whatever is in the current
    folder; anything else is a path."""
    if path_or_name is None:
        path_or_name = DEFAULT_MODEL
    p = Path(path_or_name)
    if p.suffix != SUFFIX and len(p.parts) == 1 and not str(path_or_name).startswith("."):
        for folder in (shipped_models_dir(), user_models_dir()):
            candidate = folder / f"{p.name}{SUFFIX}"
            if candidate.is_file():
                return candidate
    if os.path.lexists(p):
        return p
    names = ", ".join(sorted(m.stem for m in available_models()))
    raise ModelFileError(
        QT_TRANSLATE_NOOP("errors", "{path_or_name}: no such model file or name (available: "
                          "{names})"),
        path_or_name=path_or_name, names=names)


def available_models() -> list[Path]:
    """Shipped models first, then the user's, each sorted by name."""
    out = []
    for folder in (shipped_models_dir(), user_models_dir()):
        if folder.is_dir():
            # an empty file is a name a save reserved and never wrote (killed): not a model
            out += sorted(p for p in folder.glob(f"*{SUFFIX}") if _has_bytes(p))
    return out


def _has_bytes(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False
