"""The personal set's journal: the changes made since its file was last written whole.

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

from bnn_gui.core.runs.personal_sample import Sample

MAX_JOURNAL_BYTES = 64 * 1024 * 1024  # beyond this a journal is refused, as a set file is


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
