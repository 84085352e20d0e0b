"""The personal set's journal (issue 31 #1, #2, #8): a label costs one line, not the whole set;
what is on disk is what is shown, through kills, failures and a second window; caps say so."""

import json

import pytest

from bnn_gui.core.runs import personal, personal_file as journal
from bnn_gui.core.runs.personal import PersonalSet, PersonalSetError, Sample

STROKES = [[(10.0, 10.0), (60.0, 80.0), (70.0, 140.0)]]


def lines(ps):
    j = journal.journal_path(ps.path)
    return j.read_bytes().splitlines() if j.exists() else []


def test_a_label_appends_one_line_and_leaves_the_set_file_alone(tmp_path):
    ps = PersonalSet(tmp_path / "s.json")
    first = ps.add(Sample(1, STROKES))  # the first change writes the file itself
    whole = ps.path.read_bytes()
    second = ps.add(Sample(2, STROKES))
    ps.relabel([first.id], 7)
    ps.remove([second.id])
    assert ps.path.read_bytes() == whole  # not rewritten
    assert [list(json.loads(line))[0] for line in lines(ps)] == ["add", "relabel", "remove"]
    again = PersonalSet.open(ps.path)
    assert [(s.id, s.label) for s in again.samples] == [(first.id, 7)]
    assert personal.read_file(ps.path)[0].label == 7  # import and export see the same set


def test_the_journal_is_folded_into_the_file_once_it_grows(tmp_path, monkeypatch):
    monkeypatch.setattr(personal, "COMPACT_BYTES", 600)
    ps = PersonalSet(tmp_path / "s.json")
    for d in range(10):
        ps.add(Sample(d, STROKES))
    assert len(lines(ps)) < 9  # folded in at least once
    doc = json.loads(ps.path.read_bytes())
    assert len(doc["samples"]) + len(lines(ps)) == 10
    assert [s.label for s in PersonalSet.open(ps.path).samples] == list(range(10))


def test_a_half_written_line_is_ignored_and_cut_before_the_next(tmp_path):
    ps = PersonalSet(tmp_path / "s.json")
    ps.add(Sample(1, STROKES))
    ps.add(Sample(2, STROKES))
    with open(journal.journal_path(ps.path), "ab") as f:
        f.write(b'{"add":[{"id":"x","lab')  # killed in the middle of a label
    assert [s.label for s in PersonalSet.open(ps.path).samples] == [1, 2]
    ps.add(Sample(3, STROKES))
    assert [s.label for s in PersonalSet.open(ps.path).samples] == [1, 2, 3]
    assert all(line.endswith(b"}") for line in lines(ps))


def test_two_windows_see_each_other_s_lines(tmp_path):
    a = PersonalSet.open(tmp_path / "s.json")
    b = PersonalSet.open(tmp_path / "s.json")
    x = a.add(Sample(1, STROKES))
    b.add(Sample(2, STROKES))  # b catches up with a's line before adding its own
    a.relabel([x.id], 5)
    assert [s.label for s in a.samples] == [5, 2]
    assert [s.label for s in PersonalSet.open(a.path).samples] == [5, 2]


def test_replaying_lines_the_file_already_holds_changes_nothing(tmp_path):
    """A kill between a compaction's rename and its emptying of the journal."""
    ps = PersonalSet(tmp_path / "s.json")
    a = ps.add(Sample(1, STROKES))
    b = ps.add(Sample(2, STROKES))
    ps.relabel([a.id], 4)
    ps.remove([b.id])
    kept = journal.journal_path(ps.path).read_bytes()
    ps.compact()
    journal.journal_path(ps.path).write_bytes(kept)
    assert [(s.id, s.label) for s in PersonalSet.open(ps.path).samples] == [(a.id, 4)]


def test_a_sample_that_cannot_be_encoded_is_a_message_and_changes_nothing(tmp_path,
                                                                        monkeypatch):
    """Issue 31 #1: a TypeError in the save escaped as no message, and the digit was lost."""
    ps = PersonalSet(tmp_path / "s.json")
    ps.add(Sample(1, STROKES))
    before = ps.path.read_bytes(), b"".join(lines(ps))
    bad = Sample(2, STROKES)
    monkeypatch.setattr(bad, "to_json", lambda: {"strokes": object()})
    with pytest.raises(PersonalSetError, match="nothing was changed"):
        ps.add(bad)
    assert (ps.path.read_bytes(), b"".join(lines(ps))) == before and len(ps) == 1


def test_a_bad_journal_line_is_refused_by_name_and_set_aside(tmp_path):
    ps = PersonalSet(tmp_path / "s.json")
    ps.add(Sample(1, STROKES))
    with open(journal.journal_path(ps.path), "ab") as f:
        f.write(b'{"relabel":["x"],"label":12}\n')
    with pytest.raises(PersonalSetError, match=r"journal: line 1: label 12"):
        PersonalSet.open(ps.path)
    fresh, message = PersonalSet.open_or_set_aside(ps.path)
    assert len(fresh) == 0 and "damaged" in str(message)
    assert sorted(p.name for p in tmp_path.glob("s.damaged-*")) and not ps.path.exists()


def test_the_set_has_a_stated_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(personal, "MAX_SAMPLES", 3)  # a change's check
    monkeypatch.setattr(journal, "MAX_SAMPLES", 3)  # the file's
    ps = PersonalSet(tmp_path / "s.json")
    for d in range(3):
        ps.add(Sample(d, STROKES))
    with pytest.raises(PersonalSetError, match="at most 3 digits"):
        ps.add(Sample(4, STROKES))
    assert len(PersonalSet.open(ps.path)) == 3
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"format": personal.FORMAT, "samples": [
        {"id": f"{i:032x}", "label": 1, "strokes": [[[0, 0], [1, 1]]]} for i in range(5)]}))
    with pytest.raises(PersonalSetError, match="more than a personal set holds"):
        personal.read_file(big)


@pytest.mark.parametrize("created, kept", [
    ("2026-11-23T18:04:05+0000", True), ("<h1>" + "x" * 2000 + "</h1>", False),
    ("<b>yesterday</b>", False), (12, False), ("", False)])
def test_a_sample_s_date_is_a_date_or_nothing(created, kept):
    """Issue 31 #8: the date was shown as rich text in a tooltip, and 1 MB of it was kept."""
    s = Sample.from_json({"id": "a" * 32, "label": 3, "strokes": [[[0, 0], [5, 9]]],
                          "created": created})
    assert s.created == (created if kept else "")
