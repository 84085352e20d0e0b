"""Real pen-drawn digits: the UCI "Pen-Based Recognition of Handwritten Digits" trajectories.

Each digit is a list of pen-down strokes in tablet coordinates (y up), sampled every 100 ms by
a WACOM tablet (see the data folder's README). Here they become drawings as the canvas makes
them (y down, read through ``preprocess_strokes``), grouped by writer: a writer's digits look
alike, so accuracy is only measured on writers a model was not trained on (``writer_folds``).
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bnn_gui.core.pendigits_source import FILE  # noqa: F401 (the file this module reads)
MAX_BYTES = 64 * 1024 * 1024  # inflated: the file holds about 3 MB of JSON
MAX_POINTS = 10_000  # per digit; the longest in the set has a few hundred


class PenDigitsError(Exception):
    """The pen-digit file cannot be used; the message says why."""


@dataclass(frozen=True)
class PenDigit:
    label: int
    writer: str
    strokes: list[np.ndarray]  # (n, 2) float64 points, y pointing down
    id: str


def default_path(data_dir: str | os.PathLike | None = None) -> Path:
    """``data_dir``, else $BNN_GUI_PENDIGITS, else a ``pendigits`` folder beside the MNIST one
    ($BNN_GUI_DATA) when it holds the file, else where ``bnn-gui data pendigits`` puts it
    (your data folder's ``pendigits/``)."""
    if data_dir is None:
        data_dir = os.environ.get("BNN_GUI_PENDIGITS")
    if data_dir is None:
        mnist = os.environ.get("BNN_GUI_DATA")
        beside = Path(mnist).parent / "pendigits" if mnist else None
        from ..core.paths import user_dir

        data_dir = beside if beside and (beside / FILE).is_file() else user_dir() / "pendigits"
    p = Path(data_dir)
    return p / FILE if p.is_dir() else p


def load(path: str | os.PathLike | None = None) -> list[PenDigit]:
    """Every digit in the file, in file order. Raises PenDigitsError naming the problem."""
    path = default_path(path)
    if not path.is_file():
        raise PenDigitsError(f"{path}: no pen-digit file there (`bnn-gui data pendigits` gets "
                             f"it, or set BNN_GUI_PENDIGITS to the folder holding {FILE})")
    try:
        with gzip.open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except (OSError, EOFError) as e:
        raise PenDigitsError(f"{path}: not a readable gzip file ({e})") from None
    if len(raw) > MAX_BYTES:
        raise PenDigitsError(f"{path}: inflates to more than {MAX_BYTES >> 20} MB")
    out = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(_digit(json.loads(line)))
        except (ValueError, TypeError, KeyError) as e:
            raise PenDigitsError(f"{path}, line {n}: {e}") from None
    if not out:
        raise PenDigitsError(f"{path}: holds no digits")
    return out


def _digit(d: dict) -> PenDigit:
    label = d["label"]
    if not isinstance(label, int) or not 0 <= label <= 9:
        raise ValueError(f"label {label!r} is not a digit")
    strokes = [np.asarray(s, dtype=np.float64) for s in d["strokes"]]
    if not strokes or any(s.ndim != 2 or s.shape[1:] != (2,) or len(s) == 0 for s in strokes):
        raise ValueError("strokes are not lists of [x, y] points")
    if sum(len(s) for s in strokes) > MAX_POINTS or not all(np.isfinite(s).all() for s in strokes):
        raise ValueError("strokes hold too many points or non-finite ones")
    if d.get("y_up", True):
        strokes = [s * (1.0, -1.0) for s in strokes]  # tablet y up -> screen y down
    return PenDigit(label, str(d["writer"]), strokes, str(d.get("id", "")))


def writers(digits: list[PenDigit]) -> list[str]:
    return sorted({d.writer for d in digits})


def writer_folds(digits: list[PenDigit], k: int = 5) -> list[list[str]]:
    """The writers in ``k`` groups of consecutive names (tra-01..06, tra-07..12, ...): a fixed
    split anyone can reproduce."""
    names = writers(digits)
    return [list(part) for part in np.array_split(np.asarray(names, dtype=object), k)]


def of_writers(digits: list[PenDigit], names) -> list[PenDigit]:
    names = set(names)
    return [d for d in digits if d.writer in names]
