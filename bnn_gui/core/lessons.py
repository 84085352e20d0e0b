"""Lessons: a title and steps, each a caption, what to show, and what to try.

A lesson is a small TOML file a teacher can write by hand (``bnn-gui-lesson/1``)::

    format = "bnn-gui-lesson/1"
    title = "What one ±1 neuron computes"

    [[step]]
    caption = "This 7 is MNIST's first test digit..."   # what the step says
    invite = "Click any unit in conv1's maps."          # what the learner is asked to do
    model = "bnn-cnn"               # a shipped model's name or a model file's path
    mnist = 0                       # the drawing: an MNIST test digit, or
    # strokes = [[[x, y], ...], ...]   strokes in drawing units (y down), or
    # pixels = [784 integers 0..255]   a 28x28 picture, or
    # picture = "seven.png"            a picture file beside the lesson
    docks = ["neuron", "pixels"]    # bottom docks to open; the first is in front
    unit = { layer = "conv1", index = [3, 10, 12] }   # the chosen unit (channel, row, col)
    level = 2                       # Inside one neuron's level in presenter mode: 1 unit,
                                    # 2 the arithmetic, 3 the bits
    presenter = false               # presenter mode (full screen, large type)
    lab = "newcomer"                # the pitfalls lab's experiment to choose
    target = 8                      # "Make it read as" this digit (Which pixels matter)
    preset = "bnn-quick"            # the training form's preset

Every key of a step is optional: what a step leaves out stays as the step before left it.
Everything is checked before anything is shown (unknown keys, wrong types, a model that does
not exist, a file over MAX_BYTES): ``LessonError`` says what and where in one line. No Qt here;
gui/lessons/player.py shows a lesson in the window.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from bnn_gui.core.translatable import QT_TRANSLATE_NOOP, WordedError

FORMAT = "bnn-gui-lesson/1"
MAX_BYTES = 1 << 20  # a lesson is text: a megabyte is hundreds of steps
MAX_STEPS = 200
MAX_TEXT = 4000  # characters of a caption or an invitation
DOCKS = ("training", "digits", "neuron", "twin", "pixels", "evaluation", "weights", "lab")
DRAWINGS = ("mnist", "strokes", "pixels", "picture")


class LessonError(WordedError):
    """A lesson file cannot be used; the message names the file, the step and the fault."""


@dataclass
class Step:
    caption: str = ""
    invite: str = ""
    model: str | None = None
    mnist: int | None = None
    strokes: list | None = None
    pixels: list | None = None
    picture: str | None = None  # resolved against the lesson's folder
    docks: list[str] | None = None
    unit: dict | None = None  # {"layer": str, "index": [int, ...]}
    level: int | None = None
    presenter: bool | None = None
    lab: str | None = None
    target: int | None = None
    preset: str | None = None

    def to_toml(self) -> str:
        lines = ["[[step]]"]
        for key, value in vars(self).items():
            if value is None or value == "":
                continue
            if key == "unit":
                lines.append(f"unit = {{ layer = {_str(value['layer'])}, index = "
                             f"{json.dumps(list(value['index']))} }}")
            elif isinstance(value, str):
                lines.append(f"{key} = {_str(value)}")
            else:  # numbers, booleans and lists: JSON writes them as TOML does
                lines.append(f"{key} = {json.dumps(value)}")
        return "\n".join(lines)


@dataclass
class Lesson:
    title: str
    steps: list[Step] = field(default_factory=list)
    path: Path | None = None  # where it was read from (None: built from the window)

    def to_toml(self) -> str:
        head = f'format = "{FORMAT}"\ntitle = {_str(self.title)}\n'
        return head + "".join(f"\n{s.to_toml()}\n" for s in self.steps)


def _str(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's, for the characters written here)."""
    return json.dumps(str(text), ensure_ascii=False)


# --- reading ---------------------------------------------------------------------------------
def builtins(lang: str = "en") -> list[tuple[str, str]]:
    """(name, title) of each lesson shipped with bnn-gui, in teaching order; the titles in
    ``lang`` where the lesson is written in it ("ru", "zh_CN")."""
    return [(_name(p), load(_in_language(p, lang)).title)
            for p in sorted(_builtin_dir().glob("*.toml"))]


def _in_language(path: Path, lang: str) -> Path:
    """A built-in lesson's file in ``lang`` (lessons/<lang>/<file>), or the English one."""
    translated = path.parent / lang / path.name
    return translated if lang != "en" and translated.is_file() else path


def _name(p: Path) -> str:
    """A built-in lesson's name: its file's stem without the order number ("one-neuron")."""
    number, _, rest = p.stem.partition("-")
    return rest if number.isdigit() and rest else p.stem


def _builtin_dir() -> Path:
    return Path(str(files("bnn_gui.lessons")))


def find(name_or_path: str, lang: str = "en") -> Path:
    """A built-in lesson's file by its name ("one-neuron"), in ``lang`` where it is written in
    it; or a path."""
    for p in _builtin_dir().glob("*.toml"):
        if name_or_path in (p.stem, _name(p)):
            return _in_language(p, lang)
    path = Path(name_or_path)
    if not path.exists():
        names = ", ".join(n for n, _ in builtins())
        raise LessonError(
            QT_TRANSLATE_NOOP("errors", "{name_or_path}: no such lesson file, and not a built-in "
                              "lesson ({names})"),
            name_or_path=name_or_path, names=names)
    return path


def load(name_or_path, lang: str = "en") -> Lesson:
    """Read and check a lesson (a built-in name, in ``lang`` where it is written in it, or a
    file); raises LessonError."""
    from bnn_gui.core.files import open_regular

    path = (find(str(name_or_path), lang) if not isinstance(name_or_path, Path)
            else name_or_path)
    try:
        with open_regular(path, MAX_BYTES,
                          QT_TRANSLATE_NOOP("errors", "a lesson")) as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as e:
        raise LessonError.wrapping(e) from None
    try:
        doc = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise LessonError(
            QT_TRANSLATE_NOOP("errors", "{path}: not a lesson (not UTF-8 text)"),
            path=path) from None
    except tomllib.TOMLDecodeError as e:
        raise LessonError(
            QT_TRANSLATE_NOOP("errors", "{path}: not a lesson file ({reason})"),
            path=path, reason=e) from None
    return parse(doc, path)


def parse(doc: dict, path: Path | None = None) -> Lesson:
    where = str(path) if path else "the lesson"
    if doc.get("format") != FORMAT:
        raise LessonError(
            QT_TRANSLATE_NOOP("errors", "{where}: format {value}, expected {FORMAT}"),
            where=where, value=repr(doc.get('format')), FORMAT=repr(FORMAT))
    unknown = set(doc) - {"format", "title", "step"}
    if unknown:
        raise LessonError(
            QT_TRANSLATE_NOOP("errors", "{where}: unknown key {value} (known: format, title, "
                              "step)"),
            where=where, value=repr(sorted(unknown)[0]))
    title = doc.get("title")
    if not isinstance(title, str) or not title.strip() or len(title) > 200:
        raise LessonError(
            QT_TRANSLATE_NOOP("errors", "{where}: title is not a line of text"),
            where=where)
    steps = doc.get("step")
    if not isinstance(steps, list) or not steps:
        raise LessonError(
            QT_TRANSLATE_NOOP("errors", "{where}: no [[step]]"),
            where=where)
    if len(steps) > MAX_STEPS:
        raise LessonError(
            QT_TRANSLATE_NOOP("errors", "{where}: {count} steps; a lesson has at most {MAX_STEPS}"),
            where=where, count=len(steps), MAX_STEPS=MAX_STEPS)
    out = []
    for n, d in enumerate(steps, 1):
        try:
            out.append(_step(d, path))
        except (ValueError, TypeError) as e:
            raise LessonError(
                QT_TRANSLATE_NOOP("errors", "{where}: step {n}: {reason}"),
                where=where, n=n, reason=e) from None
    return Lesson(title.strip(), out, path)


def _step(d, path: Path | None) -> Step:
    if not isinstance(d, dict):
        raise ValueError("not a table of keys")
    known = set(vars(Step()))
    for key in d:
        if key not in known:
            raise ValueError(f"unknown key {key!r}")
    given = [k for k in DRAWINGS if k in d]
    if len(given) > 1:
        raise ValueError(f"{' and '.join(given)}: a step shows one drawing")
    s = Step()
    for key in ("caption", "invite"):
        if key in d:
            s.__dict__[key] = _text(d[key], key, MAX_TEXT)
    if "model" in d:
        s.model = _check_model(_text(d["model"], "model", 500), path)
    if "mnist" in d:
        s.mnist = _int(d["mnist"], "mnist", 0, 9999)
    if "strokes" in d:
        from bnn_gui.core.runs.personal_sample import _check_strokes

        s.strokes = [[list(p) for p in stroke] for stroke in _check_strokes(d["strokes"])]
    if "pixels" in d:
        v = d["pixels"]
        if not (isinstance(v, list) and len(v) == 784 and all(
                isinstance(p, int) and not isinstance(p, bool) and 0 <= p <= 255 for p in v)):
            raise ValueError("pixels are not 784 integers from 0 to 255")
        s.pixels = list(v)
    if "picture" in d:
        picture = Path(_text(d["picture"], "picture", 500))
        if path is not None and not picture.is_absolute():
            picture = path.parent / picture
        if not picture.is_file():
            raise ValueError(f"picture {picture}: no such file")
        s.picture = str(picture)
    if "docks" in d:
        docks = d["docks"]
        if not isinstance(docks, list) or not all(isinstance(k, str) for k in docks):
            raise ValueError("docks is not a list of names")
        for k in docks:
            if k not in DOCKS:
                raise ValueError(f"no dock {k!r} (known: {', '.join(DOCKS)})")
        s.docks = list(docks)
    if "unit" in d:
        u = d["unit"]
        if not isinstance(u, dict) or set(u) != {"layer", "index"}:
            raise ValueError("unit is not { layer = \"conv1\", index = [c, row, col] }")
        index = u["index"]
        if not (isinstance(index, list) and 0 <= len(index) <= 3 and all(
                isinstance(i, int) and not isinstance(i, bool) and 0 <= i < 100_000
                for i in index)):
            raise ValueError("unit.index is not a list of up to 3 small whole numbers")
        s.unit = {"layer": _text(u["layer"], "unit.layer", 40), "index": list(index)}
    if "level" in d:
        s.level = _int(d["level"], "level", 1, 3)
    if "presenter" in d:
        if not isinstance(d["presenter"], bool):
            raise ValueError("presenter is not true or false")
        s.presenter = d["presenter"]
    if "lab" in d:
        from bnn_gui.core.runs.pitfalls import experiments

        names = [e.name for e in experiments()]
        s.lab = _text(d["lab"], "lab", 40)
        if s.lab not in names:
            raise ValueError(f"no lab experiment {s.lab!r} (known: {', '.join(names)})")
    if "target" in d:
        s.target = _int(d["target"], "target", 0, 9)
    if "preset" in d:
        from bnn_gui.config import PRESETS

        s.preset = _text(d["preset"], "preset", 40)
        if s.preset not in PRESETS:
            raise ValueError(f"no preset {s.preset!r}")
    return s


def _text(v, key: str, limit: int) -> str:
    if not isinstance(v, str):
        raise ValueError(f"{key} is not text")
    if len(v) > limit:
        raise ValueError(f"{key} is longer than {limit:,} characters")
    return v


def _int(v, key: str, lo: int, hi: int) -> int:
    if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
        raise ValueError(f"{key} {v!r} is not a whole number from {lo} to {hi}")
    return v


def _check_model(name: str, path: Path | None) -> str:
    """A shipped model's name, or a model file (a relative path: beside the lesson); what the
    window should load."""
    from bnn_gui.core.nets.checkpoint import ModelFileError, resolve

    candidate = Path(name)
    if path is not None and not candidate.is_absolute() and len(candidate.parts) > 1 \
            or candidate.suffix == ".safetensors":
        beside = candidate if candidate.is_absolute() or path is None else path.parent / candidate
        if not beside.is_file():
            raise ValueError(f"model {name!r}: no such file")
        return str(beside)
    try:
        resolve(name)
    except (ModelFileError, OSError) as e:
        raise ValueError(str(e)) from None
    return name


def save(lesson: Lesson, path: Path) -> None:
    """Write ``lesson`` as a lesson file (atomically); raises OSError saying why not."""
    from bnn_gui.core.files import atomic_write

    atomic_write(Path(path), lesson.to_toml().encode("utf-8"))
