"""The user's personal set: their own digits, kept as strokes plus the right label.

One JSON file holds the set (the same format Export writes and Import reads), written whole
and atomically (files.atomic_write); the changes since it was last written are lines of its
journal beside it (personal_file.py), each flushed to disk before the change is reported
done. So a crash or a kill at any moment leaves either the set before a change or after it,
and a label costs one short line, not the whole set.

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

A sample has either strokes or pixels, never both. Import checks every field of every sample
of a file before it adds any, so a damaged file changes nothing; a key written twice is refused
(JSON would keep the last and silently drop the first).

Two windows may share a set: changes are made under a lock, after catching up with what the
other wrote (its journal lines, or the whole file when it was rewritten). The set holds at most
MAX_SAMPLES digits and MAX_FILE_BYTES bytes; a file beyond either is refused in one line.
Timings: benchmarks/personal_set_speed.py.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np

from bnn_gui.core.files import atomic_write
from bnn_gui.core.paths import user_dir
from bnn_gui.core.runs import personal_file as journal
from bnn_gui.core.runs.personal_file import (FORMAT, MAX_FILE_BYTES, MAX_SAMPLES,  # noqa: F401
                                             PersonalSetError, _encode, _locked, _read_journal,
                                             _read_set_file, _replay, _stamp, read_file)
from bnn_gui.core.runs.personal_sample import Sample
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP

COMPACT_BYTES = 256 * 1024  # a journal this long (or an eighth of the file) is folded in


def default_path() -> Path:
    return user_dir() / "personal-set.json"


class PersonalSet:
    """The samples in memory and their file (and journal) on disk; every change is saved at
    once."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_path()
        self.samples: list[Sample] = []
        self._stamp = None  # (inode, size, mtime) of the set file as this set last saw it
        self._journal_at = 0  # bytes of the journal already applied here
        # counts every change to ``samples``; ``last_change`` says what the latest one made by
        # this object did ("add", [samples]) / ("remove", ids) / ("relabel", [samples]), so
        # that a view one revision behind updates only that (a 20,000-digit list)
        self.revision = 0
        self.last_change: tuple | None = None

    @classmethod
    def open(cls, path: Path | None = None) -> PersonalSet:
        """The set stored at ``path`` (empty if there is no file yet); raises PersonalSetError."""
        ps = cls(path)
        ps._reload()
        return ps

    def _reload(self) -> None:
        """Everything from disk: the file, then its journal."""
        stamp = _stamp(self.path)
        samples = _read_set_file(self.path) if stamp is not None else []
        data = _read_journal(self.path)
        self.samples = _replay(samples, data, self.path)
        self._stamp = stamp
        self._journal_at = data.rfind(b"\n") + 1
        self.revision += 1

    def _catch_up(self) -> None:
        """Under the lock: bring memory in line with the disk, reading only what another
        window added since (its journal lines), or everything when the file was rewritten."""
        if _stamp(self.path) != self._stamp:
            self._reload()
            return
        jpath = journal.journal_path(self.path)
        size = jpath.stat().st_size if jpath.exists() else 0
        if size < self._journal_at:
            self._reload()
            return
        if size > self._journal_at:
            with open(jpath, "rb") as f:
                f.seek(self._journal_at)
                data = f.read(size - self._journal_at)
            self.samples = _replay(self.samples, data, self.path)
            self._journal_at += data.rfind(b"\n") + 1
            self.revision += 1
        if size > self._journal_at:  # a line a killed process left half-written: never done
            os.truncate(jpath, self._journal_at)

    @classmethod
    def open_or_set_aside(cls, path: Path | None = None
                          ) -> tuple[PersonalSet, PersonalSetError | None]:
        """Open the set; if its file or journal is damaged, rename them aside (they are never
        deleted or overwritten) and start an empty set. Returns the set and, if it was set
        aside, what happened (an error to show: ``str()`` in English, or worded in the
        window's language)."""
        try:
            return cls.open(path), None
        except PersonalSetError as e:
            ps = cls(path)
            when = time.strftime('%Y%m%d-%H%M%S')
            kept = []
            for p in (ps.path, journal.journal_path(ps.path)):
                if not p.exists():
                    continue
                aside = p.with_name(f"{ps.path.stem}.damaged-{when}{p.name[len(ps.path.stem):]}")
                try:
                    p.rename(aside)
                except OSError as e2:
                    raise PersonalSetError(
                        QT_TRANSLATE_NOOP("errors", "{reason}; and it could not be set aside "
                                          "({reason2})"),
                        reason=e, reason2=e2) from None
                kept.append(str(aside))
            return ps, PersonalSetError(QT_TRANSLATE_NOOP(
                "errors", "{reason}\n\nThe damaged file was kept as {kept}; a new, empty set "
                "starts."), reason=e, kept=" + ".join(kept))

    def __len__(self) -> int:
        return len(self.samples)

    def counts(self) -> list[int]:
        """How many samples of each digit."""
        return np.bincount([s.label for s in self.samples], minlength=10).tolist()

    def add(self, sample: Sample) -> Sample:
        self._change(lambda: self.samples.append(sample), lambda: journal.add_entry([sample]),
                     adds=1, delta=lambda: ("add", [sample]))
        return sample

    def remove(self, ids) -> int:
        ids = set(ids)
        before = len(self.samples)
        self._change(lambda: setattr(self, "samples", [s for s in self.samples
                                                       if s.id not in ids]),
                     lambda: {"remove": sorted(ids)}, delta=lambda: ("remove", ids))
        return before - len(self.samples)

    def restore(self, samples) -> int:
        """Put back removed samples (an undo), skipping ids already here; returns how many."""
        return self._add_new(list(samples))

    def relabel(self, ids, label: int) -> None:
        if not 0 <= int(label) <= 9:
            raise ValueError(f"label {label!r} is not a digit 0..9")
        ids = set(ids)
        before = []

        def apply():
            for s in self.samples:
                if s.id in ids:
                    before.append((s, s.label, s._json))
                    s.label, s._json = int(label), None

        def undo():
            for s, old, text in before:
                s.label, s._json = old, text
        self._change(apply, lambda: {"relabel": sorted(ids), "label": int(label)}, undo=undo,
                     delta=lambda: ("relabel", [s for s, _, _ in before]))

    def import_file(self, path: Path) -> int:
        """Add the samples of another set file (skipping ids already here); returns how many
        were added. A damaged file raises PersonalSetError and adds nothing."""
        return self._add_new(read_file(Path(path)))

    def _add_new(self, incoming: list[Sample]) -> int:
        """Add the samples whose id is not here yet; returns how many."""
        added = []

        def apply():
            have = {s.id for s in self.samples}
            added.extend(s for s in incoming if s.id not in have)
            self.samples.extend(added)
        self._change(apply, lambda: journal.add_entry(added), adds=len(incoming),
                     delta=lambda: ("add", added))
        return len(added)

    def export_file(self, path: Path) -> None:
        try:
            atomic_write(Path(path), _encode(self.samples))
        except (OSError, TypeError, ValueError) as e:
            raise PersonalSetError(
                QT_TRANSLATE_NOOP("errors", "{path}: cannot write ({reason})"),
                path=path, reason=_why(e)) from None

    def compact(self) -> None:
        """Write the whole set into its file and empty the journal."""
        with _locked(self.path):
            self._catch_up()
            self._write_whole()

    def _write_whole(self) -> None:
        data = _encode(self.samples)
        if len(data) > MAX_FILE_BYTES:
            raise ValueError(f"the set would be {len(data) / 2**20:.0f} MB, over its "
                             f"{MAX_FILE_BYTES // 2**20} MB limit")
        atomic_write(self.path, data)
        # a kill here leaves journal lines the file already holds: replaying them changes
        # nothing (personal_file.py)
        jpath = journal.journal_path(self.path)
        if jpath.exists():
            os.truncate(jpath, 0)
        self._stamp, self._journal_at = _stamp(self.path), 0

    def _change(self, apply, entry, adds: int = 0, undo=None, delta=None) -> None:
        """Apply a change and save it: under the lock, catch up with the disk, apply, then
        append the change to the journal (``entry()``: its line), or write the whole set when
        the journal has grown long or the disk could not be read. If anything fails (the disk,
        a sample that cannot be encoded), the change is undone in memory too and the disk is
        as it was, so what the window shows is what is on disk. (Changes replace the list or
        append to it; a relabel, which changes samples in place, gives its ``undo``.)"""
        backup = list(self.samples)
        state = self._stamp, self._journal_at
        if self.path == default_path():  # the app's own folder is made; a chosen one must exist
            self.path.parent.mkdir(parents=True, exist_ok=True)
        with _locked(self.path):
            whole = self._stamp is None  # no file yet: the first change writes it
            try:
                self._catch_up()
            except (PersonalSetError, OSError):
                whole = True  # damaged meanwhile: keep what this window has, write it whole
            try:
                if len(self.samples) + adds > MAX_SAMPLES:
                    raise PersonalSetError(
                        QT_TRANSLATE_NOOP("errors", "{path}: the personal set holds at most "
                                          "{MAX_SAMPLES} digits; export it and start a "
                                          "new one (nothing was changed)"),
                        path=self.path, MAX_SAMPLES=MAX_SAMPLES)
                apply()
                size = self._stamp[1] if self._stamp else 0
                if whole or self._journal_at > max(COMPACT_BYTES, size // 8):
                    self._write_whole()
                else:
                    self._journal_at += journal.append(self.path, entry())
                self.revision += 1
                self.last_change = None if delta is None else delta()
            except PersonalSetError:
                self._undo(backup, state, undo)
                raise
            except (OSError, TypeError, ValueError) as e:
                self._undo(backup, state, undo)
                raise PersonalSetError(
                    QT_TRANSLATE_NOOP("errors", "{path}: cannot save your personal set "
                                      "({reason}); nothing was changed"),
                    path=self.path, reason=_why(e)) from None


    def _undo(self, backup: list, state: tuple, undo) -> None:
        if undo is not None:
            undo()
        self.samples, (self._stamp, self._journal_at) = backup, state


def _why(e: Exception) -> str:
    return (e.strerror or str(e)) if isinstance(e, OSError) else str(e) or type(e).__name__


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
