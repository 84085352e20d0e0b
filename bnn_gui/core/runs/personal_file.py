"""The personal set on disk: its file (``bnn-gui-personal/1``, read and checked whole), the
journal of the changes made since the file was last written whole, the lock two windows
share, and what tells whether the file changed. ``PersonalSet`` (personal.py) uses these.

The journal: the changes made since the set's file was last written whole.

A label must not cost the whole set (a 20,000-digit set is a 20 MB file: writing it at every
label took seconds). So a change is appended to ``<set file>.journal`` as one JSON line and
flushed to disk, and the set file itself is rewritten only now and then (``PersonalSet``
compacts when the journal has grown to an eighth of the file, or 256 KB). Reading a set is its
file, then its journal's lines in order:

    {"add": [sample, ...]}                  samples whose id is not there yet are appended
    {"remove": [id, ...]}
    {"relabel": [id, ...], "label": 7}

Each kind is idempotent, so replaying lines that the file already holds (a kill between a
compaction's rename and its truncation of the journal) gives the same set. A last line with no
newline was being written when the process died: it was never acknowledged, and is ignored.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from bnn_gui.core.files import open_regular
from bnn_gui.core.runs.personal_sample import Sample
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP, WordedError

FORMAT = "bnn-gui-personal/1"
MAX_FILE_BYTES = 64 * 1024 * 1024  # a set file larger than this is refused before reading
MAX_SAMPLES = 50_000  # digits in one set: about 40 MB of strokes, and a few seconds to open

MAX_JOURNAL_BYTES = 64 * 1024 * 1024  # beyond this a journal is refused, as a set file is


class PersonalSetError(WordedError):
    """A personal-set file cannot be used; the message names the file and the problem."""


def journal_path(set_path: Path) -> Path:
    """Beside the set file itself (a link to a set in a synced folder: there, with it)."""
    real = Path(os.path.realpath(set_path))
    return real.with_name(real.name + ".journal")


def append(set_path: Path, entry: dict) -> int:
    """Append one change and flush it to disk (O_APPEND: one write, whole lines); returns the
    bytes written."""
    line = (json.dumps(entry, separators=(",", ":")) + "\n").encode()
    fd = os.open(journal_path(set_path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
    try:
        size = os.fstat(fd).st_size
        try:
            view = memoryview(line)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        except BaseException:
            os.ftruncate(fd, size)  # not done, so not on disk either
            raise
    finally:
        os.close(fd)
    return len(line)


def add_entry(samples: list[Sample]) -> dict:
    return {"add": [json.loads(s.encoded()) for s in samples]}


def apply_lines(samples: list[Sample], data: bytes, where: str) -> list[Sample]:
    """``samples`` with the journal's complete lines in ``data`` applied in order; a line that
    is not a valid change raises ValueError naming it (``where``: the journal's path)."""
    lines = data.split(b"\n")[:-1]  # the part after the last newline was never finished
    by_id = {s.id: s for s in samples}  # in the set's order: an id added again goes last
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            entry = json.loads(raw)
            _apply(entry, by_id)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as e:
            raise ValueError(f"{where}: line {n}: {e or 'not a change'}") from None
    return list(by_id.values())


def _apply(entry, by_id: dict) -> None:
    if not isinstance(entry, dict) or len(entry) not in (1, 2):
        raise ValueError("not a change")
    if "add" in entry:
        for d in _list(entry["add"]):
            s = Sample.from_json(d)
            if s.id not in by_id:
                by_id[s.id] = s
    elif "remove" in entry:
        for sid in _ids(entry["remove"]):
            by_id.pop(sid, None)
    elif "relabel" in entry:
        label = entry.get("label")
        if not isinstance(label, int) or isinstance(label, bool) or not 0 <= label <= 9:
            raise ValueError(f"label {label!r} is not a digit 0..9")
        for sid in _ids(entry["relabel"]):
            if sid in by_id:
                by_id[sid].label, by_id[sid]._json = label, None
    else:
        raise ValueError(f"unknown change {sorted(entry)}")


def _list(v) -> list:
    if not isinstance(v, list):
        raise ValueError("not a list")
    return v


def _ids(v) -> list[str]:
    ids = _list(v)
    if not all(isinstance(i, str) and 1 <= len(i) <= 64 for i in ids):
        raise ValueError("ids are not short strings")
    return ids


def _stamp(path: Path):
    """What tells whether a file changed: its inode, size and modification time (None when
    it is not there)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


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
    """The set file: the samples' cached texts joined (json.dumps of the whole set would
    re-encode every sample at every change)."""
    body = ",".join(s.encoded() for s in samples)
    return f'{{"format":"{FORMAT}","samples":[{body}]}}'.encode()


def _no_duplicate_keys(pairs):
    d = {}
    for k, v in pairs:
        if k in d:
            raise ValueError(f"the key {k!r} appears twice in one object")
        d[k] = v
    return d


def read_file(path: Path) -> list[Sample]:
    """Read and check a whole set: its file, then its journal's changes if one lies beside it
    (a set copied while a window had it open). Raises PersonalSetError naming the file and the
    fault."""
    path = Path(path)
    return _replay(_read_set_file(path), _read_journal(path), path)


def _read_set_file(path: Path) -> list[Sample]:
    path = Path(path)
    try:
        with open_regular(path, MAX_FILE_BYTES,
                          QT_TRANSLATE_NOOP("errors", "a personal-set file")) as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError as e:  # a folder, a pipe, a device, too large: the message says which
        raise PersonalSetError.wrapping(e) from None
    try:
        doc = json.loads(raw, object_pairs_hook=_no_duplicate_keys)
    except ValueError as e:
        if "appears twice" in str(e):
            raise PersonalSetError(
                QT_TRANSLATE_NOOP("errors", "{path}: {reason}; which one is meant cannot be known"),
                path=path, reason=e) from None
        raise PersonalSetError(
            QT_TRANSLATE_NOOP("errors", "{path}: not a personal-set file (not valid JSON; it may "
                              "be truncated or of another kind)"),
            path=path) from None
    except RecursionError:
        raise PersonalSetError(
            QT_TRANSLATE_NOOP("errors", "{path}: not a personal-set file (nested too deeply)"),
            path=path) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        got = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
        raise PersonalSetError(
            QT_TRANSLATE_NOOP("errors", "{path}: not a personal-set file (format {got}, expected "
                              "{FORMAT})"),
            path=path, got=repr(got), FORMAT=repr(FORMAT))
    items = doc.get("samples")
    if not isinstance(items, list):
        raise PersonalSetError(
            QT_TRANSLATE_NOOP("errors", "{path}: 'samples' is not a list"),
            path=path)
    if len(items) > MAX_SAMPLES:
        raise PersonalSetError(
            QT_TRANSLATE_NOOP("errors", "{path}: {count} digits, more than a personal set holds "
                              "({MAX_SAMPLES})"),
            path=path, count=len(items), MAX_SAMPLES=MAX_SAMPLES)
    samples, seen = [], set()
    for i, d in enumerate(items):
        try:
            s = Sample.from_json(d)
        except (ValueError, OverflowError, MemoryError) as e:
            raise PersonalSetError(
                QT_TRANSLATE_NOOP("errors", "{path}: sample {value} of {count}: {value2}"),
                path=path, value=i + 1, count=len(items), value2=e or type(e).__name__) from None
        if s.id in seen:
            raise PersonalSetError(
                QT_TRANSLATE_NOOP("errors", "{path}: sample {value}: id {id} appears twice"),
                path=path, value=i + 1, id=str(s.id))
        seen.add(s.id)
        samples.append(s)
    return samples


def _read_journal(path: Path) -> bytes:
    jpath = journal_path(path)
    if not jpath.exists():
        return b""
    try:
        with open_regular(jpath, MAX_JOURNAL_BYTES,
                          QT_TRANSLATE_NOOP("errors", "a personal-set journal")) as f:
            return f.read(MAX_JOURNAL_BYTES + 1)
    except OSError as e:
        raise PersonalSetError.wrapping(e) from None


def _replay(samples: list[Sample], data: bytes, path: Path) -> list[Sample]:
    if not data:
        return samples
    try:
        out = apply_lines(samples, data, str(journal_path(path)))
    except ValueError as e:
        raise PersonalSetError.wrapping(e) from None
    if len(out) > MAX_SAMPLES:
        raise PersonalSetError(
            QT_TRANSLATE_NOOP("errors", "{path}: {count} digits, more than a personal set holds "
                              "({MAX_SAMPLES})"),
            path=path, count=len(out), MAX_SAMPLES=MAX_SAMPLES)
    return out
