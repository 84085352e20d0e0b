"""One digit of the personal set (``Sample``): strokes as drawn, or a picture's 28x28, with its
right label; and the checks every field passes when a sample is read from a file.

A sample has either strokes or pixels, never both (a picture with strokes would be two things,
and its strokes would escape the checks and the point cap).
"""

from __future__ import annotations

import json
import math
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from bnn_gui.core.live.preprocess import BRUSH, preprocess_strokes
from bnn_gui.core.live.raster import MAX_POINTS  # per sample, as the canvas keeps

MAX_COORDINATE = 1e7  # |x|, |y| in drawing units: beyond is not a drawing
MAX_CREATED = 40  # characters of a sample's date: an ISO 8601 time is 24


@dataclass
class Sample:
    label: int
    strokes: list[list[tuple[float, float]]] = field(default_factory=list)
    brush: float = BRUSH
    min_extent: float = 0.0
    pixels: np.ndarray | None = None  # (28, 28) uint8, for pictures
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created: str = field(default_factory=lambda: time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    # its JSON text, kept so that saving a set re-encodes only the samples that changed
    _json: str | None = field(default=None, repr=False, compare=False)

    def encoded(self) -> str:
        """This sample as compact JSON text (computed once; relabel clears it)."""
        if self._json is None:
            self._json = json.dumps(self.to_json(), separators=(",", ":"))
        return self._json

    def image28(self) -> np.ndarray | None:
        """The MNIST-like 28x28 float32 the network reads for this sample."""
        if self.pixels is not None:
            return self.pixels.astype(np.float32) / 255
        return preprocess_strokes(self.strokes, self.brush, self.min_extent)

    def to_json(self) -> dict:
        return {"id": self.id, "label": self.label, "created": self.created,
                "strokes": [[[round(x, 2), round(y, 2)] for x, y in s] for s in self.strokes],
                "brush": self.brush, "min_extent": self.min_extent,
                "pixels": None if self.pixels is None else self.pixels.ravel().tolist()}

    @classmethod
    def from_json(cls, d) -> Sample:
        """Raises ValueError saying what is wrong."""
        if not isinstance(d, dict):
            raise ValueError("a sample is not a JSON object")
        label = d.get("label")
        if not isinstance(label, int) or isinstance(label, bool) or not 0 <= label <= 9:
            raise ValueError(f"label {label!r} is not a digit 0..9")
        sid = d.get("id")
        if not isinstance(sid, str) or not 1 <= len(sid) <= 64:
            raise ValueError(f"id {sid!r} is not a short string")
        brush, min_extent = d.get("brush", BRUSH), d.get("min_extent", 0.0)
        for name, v, hi in (("brush", brush, 1.0), ("min_extent", min_extent, 1e6)):
            if not isinstance(v, (int, float)) or not math.isfinite(v) or not 0 <= v <= hi:
                raise ValueError(f"{name} {v!r} is not a number in 0..{hi:g}")
        pixels = d.get("pixels")
        strokes = d.get("strokes")
        if pixels is not None:
            try:
                a = np.asarray(pixels)
            except (TypeError, ValueError, OverflowError):
                a = np.zeros(0)
            if a.shape != (784,) or a.dtype.kind not in "iu" or a.min() < 0 or a.max() > 255:
                raise ValueError("pixels are not 784 integers in 0..255")
            if strokes not in (None, []):  # which would it be? (and strokes would pass unchecked)
                raise ValueError("a picture sample (pixels) also has strokes")
            pixels, strokes = a.astype(np.uint8).reshape(28, 28), []
        else:
            strokes = _check_strokes(strokes)
        return cls(label, strokes, float(brush), float(min_extent), pixels, sid,
                   _created(d.get("created", "")))


def _created(value) -> str:
    """A sample's date as written, when it is one (ISO 8601); anything else becomes "" (the
    date is shown, never used: a sample is not refused for it)."""
    if not isinstance(value, str) or not value or len(value) > MAX_CREATED:
        return ""
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return ""
    return value


def _check_strokes(strokes) -> list[list[tuple[float, float]]]:
    if not isinstance(strokes, list) or not strokes:
        raise ValueError("a sample has neither strokes nor pixels")
    out, n = [], 0
    for s in strokes:
        if not isinstance(s, list) or not s:
            raise ValueError("a stroke is not a non-empty list of points")
        try:
            a = np.asarray(s, dtype=np.float64)
        except (TypeError, ValueError, OverflowError):  # OverflowError: a 400-digit integer
            raise ValueError("a stroke's points are not [x, y] pairs of numbers") from None
        if a.ndim != 2 or a.shape[1] != 2:
            raise ValueError("a stroke's points are not [x, y] pairs")
        if not np.isfinite(a).all():
            raise ValueError("a stroke holds NaN or infinite coordinates")
        if np.abs(a).max() > MAX_COORDINATE:
            raise ValueError(f"a stroke has a coordinate beyond ±{MAX_COORDINATE:g}")
        n += len(a)
        if n > MAX_POINTS:
            raise ValueError(f"more than {MAX_POINTS:,} points in one sample")
        out.append(list(map(tuple, a.tolist())))
    return out
