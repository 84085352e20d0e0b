import json
import os

import numpy as np
import pytest

from bnn_gui.core import files
from bnn_gui.core.runs import personal_file as journal
from bnn_gui.core.runs.personal import (FORMAT, PersonalSet, PersonalSetError, Sample, default_path,
                                   read_file)

STROKES = [[(10.0, 10.0), (60.0, 80.0), (70.0, 140.0)], [(30.0, 60.0), (90.0, 60.0)]]


def on_disk(ps):
    """The set as the disk holds it: its file and its journal."""
    j = journal.journal_path(ps.path)
    return ps.path.read_bytes(), j.read_bytes() if j.exists() else b""


def test_added_digits_are_on_disk_at_once(tmp_path):
    ps = PersonalSet(tmp_path / "set.json")
    a = ps.add(Sample(7, STROKES, brush=0.1, min_extent=12.0))
    ps.add(Sample(3, STROKES))
    again = PersonalSet.open(tmp_path / "set.json")
    assert [s.label for s in again.samples] == [7, 3]
    s = again.samples[0]
    assert s.id == a.id and s.brush == 0.1 and s.min_extent == 12.0
    assert s.strokes[0][1] == (60.0, 80.0)
    assert np.array_equal(s.image28(), a.image28())
    assert again.counts()[7] == 1 and again.counts()[3] == 1


def test_default_path_is_in_the_user_folder(tmp_path):
    assert default_path().parent == tmp_path / "user"
    assert len(PersonalSet.open()) == 0  # no file yet: an empty set


def test_pictures_are_kept_as_pixels(tmp_path):
    pixels = (np.arange(784) % 256).astype(np.uint8).reshape(28, 28)
    ps = PersonalSet(tmp_path / "s.json")
    ps.add(Sample(5, pixels=pixels))
    got = PersonalSet.open(ps.path).samples[0]
    assert np.array_equal(got.pixels, pixels)
    assert np.allclose(got.image28(), pixels / 255)


def test_relabel_and_remove(tmp_path):
    ps = PersonalSet(tmp_path / "s.json")
    a, b, c = (ps.add(Sample(d, STROKES)) for d in (1, 2, 3))
    ps.relabel([a.id, c.id], 9)
    assert ps.remove([b.id]) == 1
    assert [s.label for s in PersonalSet.open(ps.path).samples] == [9, 9]
    with pytest.raises(ValueError):
        ps.relabel([a.id], 10)


def test_a_failed_save_changes_nothing_on_disk_or_in_memory(tmp_path, monkeypatch):
    """A crash in the middle of saving (here: the disk fails while the data is flushed) leaves
    the previous file and the set in memory as they were, with no temporary file behind."""
    ps = PersonalSet(tmp_path / "s.json")
    ps.add(Sample(4, STROKES))
    ps.add(Sample(3, STROKES))  # a line in the journal
    ps.remove([ps.samples[1].id])
    before = on_disk(ps)

    def crash(fd):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(files.os, "fsync", crash)
    monkeypatch.setattr(journal.os, "fsync", crash)
    with pytest.raises(PersonalSetError, match="No space left"):
        ps.add(Sample(5, STROKES))
    with pytest.raises(PersonalSetError):
        ps.relabel([ps.samples[0].id], 8)
    assert on_disk(ps) == before
    assert [s.label for s in ps.samples] == [4]
    assert [s.label for s in PersonalSet.open(ps.path).samples] == [4]
    assert sorted(os.listdir(tmp_path)) == [".s.json.lock", "s.json", "s.json.journal"]
    with pytest.raises(OSError):
        ps.compact()  # too: the file is written whole, or not at all
    assert on_disk(ps) == before


def test_import_adds_new_samples_once(tmp_path):
    mine, theirs = PersonalSet(tmp_path / "mine.json"), PersonalSet(tmp_path / "theirs.json")
    mine.add(Sample(1, STROKES))
    for d in (2, 3):
        theirs.add(Sample(d, STROKES))
    theirs.export_file(tmp_path / "export.json")
    assert mine.import_file(tmp_path / "export.json") == 2
    assert mine.import_file(tmp_path / "export.json") == 0  # same ids: not added twice
    assert [s.label for s in PersonalSet.open(mine.path).samples] == [1, 2, 3]


def _doc(samples):
    return {"format": FORMAT, "samples": samples}


GOOD = {"id": "a" * 32, "label": 3, "strokes": [[[0, 0], [5, 9]]]}
CORRUPT = {
    "truncated": lambda good: good[: len(good) // 2],
    "not json": lambda good: b"\x89PNG\r\n\x1a\n" + bytes(range(200)),
    "empty": lambda good: b"",
    "other format": lambda good: json.dumps({"format": "x/1", "samples": []}).encode(),
    "a list": lambda good: b"[1, 2, 3]",
    "label 11": lambda good: json.dumps(_doc([GOOD, {**GOOD, "id": "b", "label": 11}])).encode(),
    "label text": lambda good: json.dumps(_doc([{**GOOD, "label": "7"}])).encode(),
    "NaN point": lambda good: json.dumps(_doc([{**GOOD, "strokes": [[[0, float("nan")]]]}])).encode(),
    "point triple": lambda good: json.dumps(_doc([{**GOOD, "strokes": [[[0, 1, 2]]]}])).encode(),
    "no strokes": lambda good: json.dumps(_doc([{**GOOD, "strokes": []}])).encode(),
    "bad pixels": lambda good: json.dumps(_doc([{**GOOD, "pixels": [300] * 784}])).encode(),
    "duplicate id": lambda good: json.dumps(_doc([GOOD, GOOD])).encode(),
    "huge brush": lambda good: json.dumps(_doc([{**GOOD, "brush": 1e9}])).encode(),
    # issue 31 #1: a picture's strokes were never checked, then failed every later save
    **{f"picture with strokes {bad!r}": (lambda good, bad=bad: json.dumps(_doc([
        {**GOOD, "pixels": [0] * 784, "strokes": bad}])).encode())
       for bad in (5, "abc", [[["a", "b"]]], [[[1, 2, 3]]])},
    # issue 31 #10: JSON keeps the last of two keys; the next save dropped the first list
    "two sample lists": lambda good: good.replace(b'"samples":', b'"samples":[],"samples":', 1),
}


@pytest.mark.parametrize("damage", list(CORRUPT))
def test_a_corrupt_import_says_why_and_keeps_the_set(tmp_path, damage):
    ps = PersonalSet(tmp_path / "mine.json")
    ps.add(Sample(6, STROKES))
    kept = ps.path.read_bytes()
    good = (tmp_path / "good.json")
    ps.export_file(good)
    bad = tmp_path / "bad.json"
    bad.write_bytes(CORRUPT[damage](good.read_bytes()))
    with pytest.raises(PersonalSetError) as e:
        ps.import_file(bad)
    assert str(bad) in str(e.value)
    assert ps.path.read_bytes() == kept and len(ps) == 1


def test_a_folder_or_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(PersonalSetError, match="folder"):
        read_file(tmp_path)
    with pytest.raises(PersonalSetError, match="cannot read"):
        read_file(tmp_path / "nope.json")


def test_stale_temporary_files_are_removed(tmp_path):
    (tmp_path / ".s.json.abc123.tmp").write_bytes(b"half")
    (tmp_path / "s.json").write_bytes(b"{}")
    assert files.remove_stale_temps(tmp_path) == 0  # young: another window may be writing it
    assert files.remove_stale_temps(tmp_path, min_age_s=0) == 1
    assert os.listdir(tmp_path) == ["s.json"]


def test_a_damaged_set_is_set_aside_not_lost(tmp_path):
    path = tmp_path / "personal-set.json"
    path.write_bytes(b'{"format": "bnn-gui-personal/1", "samples": [{"id"')
    ps, message = PersonalSet.open_or_set_aside(path)
    assert len(ps) == 0 and "damaged" in str(message)
    aside = [p for p in tmp_path.iterdir() if "damaged" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b'{"format"')
    ps.add(Sample(1, STROKES))
    assert len(PersonalSet.open(path)) == 1
