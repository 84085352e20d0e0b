"""The user's personal set: their own digits, kept as strokes plus the right label.

One JSON file holds the whole set; the same file is what Export writes and Import reads.
Every change rewrites it atomically (files.atomic_write), so a crash or a kill at any moment
leaves either the set before the change or the set after it.

File format ``bnn-gui-personal/1`` (UTF-8 JSON)::

    {"format": "bnn-gui-personal/1",
     "samples": [
       {"id": "3f2a…",              # unique (32 hex digits); import skips ids already present
        "label": 7,                 # the right digit, 0..9
        "created": "2026-11-23T18:04:05+0000",
        "strokes": [[[x, y], …], …],  # canvas pixels, y down (a drawing) …
        "brush": 0.12,              # the network's brush as a share of the drawing's size
        "min_extent": 30.0,         # in canvas pixels: a dot is not blown up to fill the box
        "pixels": null}             # … or, for a picture, 28x28 values 0..255 row by row
     ]}

A sample has either strokes or pixels. Import checks every sample of a file before it adds
any, so a damaged file changes nothing.
"""

from __future__ import annotations

import json
import os
import math
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bnn_gui.core.files import atomic_write, open_regular
from bnn_gui.core.paths import user_dir
from bnn_gui.core.live.raster import MAX_POINTS  # per sample, as the canvas keeps: time and memory bounded
from bnn_gui.core.live.preprocess import BRUSH, preprocess_strokes

FORMAT = "bnn-gui-personal/1"
MAX_COORDINATE = 1e7  # |x|, |y| in drawing units: beyond is not a drawing
MAX_FILE_BYTES = 256 * 1024 * 1024  # a set file larger than this is refused before reading


class PersonalSetError(Exception):
    """A personal-set file cannot be used; the message names the file and the problem."""


def default_path() -> Path:
    return user_dir() / "personal-set.json"


@dataclass
class Sample:
    label: int
    strokes: list[list[tuple[float, float]]] = field(default_factory=list)
    brush: float = BRUSH
    min_extent: float = 0.0
    pixels: np.ndarray | None = None  # (28, 28) uint8, for pictures
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created: str = field(default_factory=lambda: time.strftime("%Y-%m-%dT%H:%M:%S%z"))

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
        strokes = d.get("strokes") or []
        if pixels is not None:
            a = np.asarray(pixels)
            if a.shape != (784,) or a.dtype.kind not in "iu" or a.min() < 0 or a.max() > 255:
                raise ValueError("pixels are not 784 integers in 0..255")
            pixels = a.astype(np.uint8).reshape(28, 28)
        else:
            strokes = _check_strokes(strokes)
        return cls(label, strokes, float(brush), float(min_extent), pixels, sid,
                   str(d.get("created", "")))


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


class PersonalSet:
    """The samples in memory and their file on disk; every change is saved at once."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_path()
        self.samples: list[Sample] = []

    @classmethod
    def open(cls, path: Path | None = None) -> PersonalSet:
        """The set stored at ``path`` (empty if there is no file yet); raises PersonalSetError."""
        ps = cls(path)
        if ps.path.exists():
            ps.samples = read_file(ps.path)
        return ps

    @classmethod
    def open_or_set_aside(cls, path: Path | None = None) -> tuple[PersonalSet, str | None]:
        """Open the set; if its file is damaged, rename it aside (it is never deleted or
        overwritten) and start an empty set. Returns the set and a message for the user, if
        any."""
        try:
            return cls.open(path), None
        except PersonalSetError as e:
            ps = cls(path)
            aside = ps.path.with_name(f"{ps.path.stem}.damaged-{time.strftime('%Y%m%d-%H%M%S')}"
                                      f"{ps.path.suffix}")
            try:
                ps.path.rename(aside)
            except OSError as e2:
                raise PersonalSetError(f"{e}; and it could not be set aside ({e2})") from None
            return ps, f"{e}\n\nThe damaged file was kept as {aside}; a new, empty set starts."

    def __len__(self) -> int:
        return len(self.samples)

    def counts(self) -> list[int]:
        """How many samples of each digit."""
        return np.bincount([s.label for s in self.samples], minlength=10).tolist()

    def add(self, sample: Sample) -> Sample:
        self._change(lambda: self.samples.append(sample))
        return sample

    def remove(self, ids) -> int:
        ids = set(ids)
        before = len(self.samples)
        self._change(lambda: setattr(self, "samples", [s for s in self.samples
                                                       if s.id not in ids]))
        return before - len(self.samples)

    def restore(self, samples) -> int:
        """Put back removed samples (an undo), skipping ids already here; returns how many."""
        have = {s.id for s in self.samples}
        back = [s for s in samples if s.id not in have]
        if back:
            self._change(lambda: self.samples.extend(back))
        return len(back)

    def relabel(self, ids, label: int) -> None:
        if not 0 <= int(label) <= 9:
            raise ValueError(f"label {label!r} is not a digit 0..9")
        ids = set(ids)

        def apply():
            for s in self.samples:
                if s.id in ids:
                    s.label = int(label)
        self._change(apply)

    def import_file(self, path: Path) -> int:
        """Add the samples of another set file (skipping ids already here); returns how many
        were added. A damaged file raises PersonalSetError and adds nothing."""
        incoming = read_file(Path(path))
        have = {s.id for s in self.samples}
        new = [s for s in incoming if s.id not in have]
        if new:
            self._change(lambda: self.samples.extend(new))
        return len(new)

    def export_file(self, path: Path) -> None:
        try:
            atomic_write(Path(path), _encode(self.samples))
        except OSError as e:
            raise PersonalSetError(f"{path}: cannot write ({e.strerror or e})") from None

    def _change(self, apply) -> None:
        """Apply a change and save it. Two windows may share the set: under a lock, the file is
        read again and the change applied to what is there (another window's digits are kept,
        never overwritten by a stale copy), then written atomically. If saving fails, the
        change is undone in memory too, so what the window shows is what is on disk."""
        backup = [Sample(**vars(s)) for s in self.samples]
        with _locked(self.path):
            if self.path.exists():
                try:
                    self.samples = read_file(self.path)
                except PersonalSetError:
                    pass  # damaged meanwhile: keep what this window has, write it whole
            apply()
            try:
                atomic_write(self.path, _encode(self.samples))
            except OSError as e:
                self.samples = backup
                raise PersonalSetError(f"{self.path}: cannot save your personal set "
                                       f"({e.strerror or e}); nothing was changed") from None


class _locked:
    """An exclusive lock on ``.<set>.lock`` beside the set file while a change is read, applied
    and written (POSIX; where there is no fcntl, changes are not serialised between windows).
    The lock file stays: removing it would let a waiting window lock a file no one else sees."""

    def __init__(self, path: Path):
        self.path = Path(path).with_name(f".{Path(path).name}.lock")
        self.fd = None

    def __enter__(self):
        try:
            import fcntl
        except ImportError:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o666)
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except OSError:
            self.fd = None  # a folder that cannot hold the lock: the write will say why
        return self

    def __exit__(self, *exc):
        if self.fd is not None:
            os.close(self.fd)  # closing releases the lock
        return False


def _encode(samples: list[Sample]) -> bytes:
    return json.dumps({"format": FORMAT, "samples": [s.to_json() for s in samples]},
                      separators=(",", ":")).encode()


def read_file(path: Path) -> list[Sample]:
    """Read and check a whole set file; raises PersonalSetError naming the file and the fault."""
    path = Path(path)
    try:
        with open_regular(path, MAX_FILE_BYTES, "a personal-set file") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError as e:  # a folder, a pipe, a device, too large: the message says which
        raise PersonalSetError(str(e)) from None
    try:
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise PersonalSetError(f"{path}: not a personal-set file (not valid JSON; it may be "
                               "truncated or of another kind)") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        got = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
        raise PersonalSetError(f"{path}: not a personal-set file (format {got!r}, expected "
                               f"{FORMAT!r})")
    items = doc.get("samples")
    if not isinstance(items, list):
        raise PersonalSetError(f"{path}: 'samples' is not a list")
    samples, seen = [], set()
    for i, d in enumerate(items):
        try:
            s = Sample.from_json(d)
        except (ValueError, OverflowError, MemoryError) as e:
            raise PersonalSetError(f"{path}: sample {i + 1} of {len(items)}: "
                                   f"{e or type(e).__name__}") from None
        if s.id in seen:
            raise PersonalSetError(f"{path}: sample {i + 1}: id {s.id} appears twice")
        seen.add(s.id)
        samples.append(s)
    return samples


def sample_of(drawing, label: int) -> Sample | None:
    """The drawing on the canvas (live/drawing.py) as a Sample with the right ``label``, None
    when it is blank: its strokes as drawn (with the brush and the least extent they were read
    with), or a loaded picture's 28x28."""
    from bnn_gui.core.live.drawing import MIN_EXTENT

    if drawing.image is not None:
        x = drawing.input28()
        return None if x is None else Sample(label, pixels=np.rint(x * 255).astype(np.uint8))
    if not drawing.all_strokes():
        return None
    return Sample(label, [list(s) for s in drawing.all_strokes()], drawing.brush, MIN_EXTENT)
