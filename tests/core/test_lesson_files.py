"""Lesson files: the built-in ones read, and a bad file is one line naming what is wrong."""

import pytest

from bnn_gui.core import lessons
from bnn_gui.core.lessons import LessonError

GOOD = '''format = "bnn-gui-lesson/1"
title = "A lesson"

[[step]]
caption = "One"
model = "bnn-mlp"
mnist = 3
'''


def test_every_built_in_lesson_reads_and_there_are_five_at_least():
    names = [n for n, _ in lessons.builtins()]
    assert names[:5] == ["one-neuron", "newcomer", "one-pixel", "fifteen-seconds",
                         "to-the-chip"]
    for name in names:
        lesson = lessons.load(name)
        assert lesson.steps and all(s.caption for s in lesson.steps)


@pytest.mark.parametrize("text, says", [
    (GOOD.replace('mnist = 3', 'colour = "red"'), "unknown key 'colour'"),
    (GOOD.replace('"bnn-mlp"', '"no-such-model"'), "no such model"),
    (GOOD.replace("mnist = 3", 'mnist = "3"'), "mnist '3' is not a whole number"),
    (GOOD.replace("mnist = 3", "mnist = 10000"), "from 0 to 9999"),
    (GOOD.replace("mnist = 3", "mnist = 3\nstrokes = [[[0, 0], [1, 1]]]"), "one drawing"),
    (GOOD.replace("mnist = 3", 'docks = ["kitchen"]'), "no dock 'kitchen'"),
    (GOOD.replace("mnist = 3", "level = 4"), "level 4"),
    (GOOD.replace("mnist = 3", 'unit = { layer = "conv1" }'), "unit is not"),
    (GOOD.replace("mnist = 3", 'lab = "nope"'), "no lab experiment 'nope'"),
    (GOOD.replace("mnist = 3", "strokes = [[[0, 1, 2]]]"), "pairs"),
    (GOOD.replace("mnist = 3", 'picture = "missing.png"'), "no such file"),
    (GOOD.replace("bnn-gui-lesson/1", "other/2"), "format 'other/2'"),
    (GOOD.replace('title = "A lesson"', 'title = "A lesson"\nextra = 1'), "unknown key 'extra'"),
    (GOOD + "[[step]\n", "not a lesson file"),
    ('format = "bnn-gui-lesson/1"\ntitle = "x"\n', "no [[step]]"),
])
def test_a_bad_lesson_is_one_line_naming_the_fault(tmp_path, text, says):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LessonError, match=r".*") as e:
        lessons.load(path)
    message = str(e.value)
    assert says in message and str(path) in message and "\n" not in message


def test_huge_binary_and_special_files_are_refused(tmp_path):
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"# " + b"x" * (lessons.MAX_BYTES + 10))
    with pytest.raises(LessonError, match="too large"):
        lessons.load(huge)
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00title")
    with pytest.raises(LessonError, match="not UTF-8"):
        lessons.load(binary)
    with pytest.raises(LessonError, match="folder"):
        lessons.load(tmp_path)


def test_a_lesson_written_out_reads_back_the_same(tmp_path):
    lesson = lessons.load("one-neuron")
    path = tmp_path / "copy.toml"
    lessons.save(lesson, path)
    again = lessons.load(path)
    assert again.title == lesson.title
    assert [vars(s) for s in again.steps] == [vars(s) for s in lesson.steps]
