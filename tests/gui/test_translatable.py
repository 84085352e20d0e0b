"""Every user-visible text of the window goes through Qt's translators (issue 32): a check over
the source of bnn_gui/gui. A string literal with words in it must be inside tr(),
QCoreApplication.translate() or QT_TRANSLATE_NOOP(), or be one of the listed exceptions, each
with its reason. Markup (tags, styles, entities) and code-like strings are not text."""

import ast
import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "bnn_gui" / "gui"
# the command line stays English (issue 32): bnn-gui picture, and the start-up checks printed
# before the window exists
COMMAND_LINE = {"picture_command.py", "app.py",
                "style.py"}  # (and the palette and style sheets: no words)
EXCEPTIONS = {  # (file, the literal's start): why it is not translated
    ("docks/neuron_panel.py", "(μ − βσ/γ)"): "a formula",
    ("docks/neuron_panel.py", "<br>dot = 2 × "): "a formula",
    ("docks/personal_panel.py", "Undo delete (9999)"): "the button's widest text, to size it",
    ("language.py", "No font with Chinese characters"): "said in English: without the font, "
                                                       "Chinese would be boxes",
    ("language.py", ": not offered (choose "): "an error for --lang, on the command line",
    ("lessons/menus.py", "bnn-gui lesson "): "a command",
}
MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
NOT_TEXT_CALLS = {"setStyleSheet", "setObjectName", "QKeySequence", "setShortcut",
                  "startswith", "endswith", "value", "setValue", "property", "setProperty",
                  "connect", "emit", "compile"}  # compile: a regular expression


def words(text: str) -> list[str]:
    """The words a person would read: without tags, entities and style attributes."""
    text = re.sub(r"<[^>]*>?|&\w+;|style='[^']*'?|\{[^}]*\}?", " ", text)
    return re.findall(r"[A-Za-z]{2,}", text)


def bare_literals():
    found = []
    for path in sorted(GUI.rglob("*.py")):
        rel = path.relative_to(GUI).as_posix()
        if rel in COMMAND_LINE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = set()
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and body and \
                    isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                skip.add(id(body[0].value))  # a docstring
            if isinstance(node, ast.Call):
                f = node.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                if name in MARKERS or name in NOT_TEXT_CALLS:
                    skip.update(id(sub) for sub in ast.walk(node))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and id(node) not in skip:
                text = node.value
                if len(words(text)) >= 2 and " " in text.strip() and not any(
                        rel == f and text.startswith(start) for f, start in EXCEPTIONS):
                    found.append(f"{rel}:{node.lineno}: {text[:60]!r}")
    return found


def test_every_window_text_is_marked_for_translation():
    assert bare_literals() == []


def test_the_check_finds_a_bare_text(tmp_path, monkeypatch):
    (tmp_path / "panel.py").write_text('label.setText("Press Start to train")\n'
                                       'label.setText(self.tr("Press Start to train"))\n')
    monkeypatch.setattr(__import__(__name__), "GUI", tmp_path)
    assert [f.split(":")[0] for f in bare_literals()] == ["panel.py"]


CORE = GUI.parent / "core"


def unmarked_errors():
    """Raises of a worded error (core/translatable.py) whose sentence is not a marked
    template: it would reach the window in English."""
    from bnn_gui.core import translatable

    worded = set()
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    getattr(b, "id", "") in ("WordedError", "WordedOSError") or
                    getattr(b, "id", "") in worded for b in node.bases):
                worded.add(node.name)
    worded |= {"WordedOSError", "DataError", "MnistMissing", "DownloadCancelled"}
    assert {"ModelFileError", "PersonalSetError", "LessonError", "PackError"} <= worded
    found = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            f = node.exc.func
            name = getattr(f, "id", "")
            if name == "OSError" and node.exc.args:  # a file's reason must be worded too
                found.append(f"{path.name}:{node.lineno}: OSError")
            if name not in worded:
                continue
            first = node.exc.args[0] if node.exc.args else None
            if not (isinstance(first, ast.Call) and getattr(first.func, "id", "") ==
                    "QT_TRANSLATE_NOOP" and first.args[0].value == "errors"):
                found.append(f"{path.name}:{node.lineno}: {name}")
    assert translatable.WordedOSError.__mro__[1] is translatable.WordedError
    return found


def test_every_core_error_the_window_shows_is_a_marked_template():
    assert unmarked_errors() == []
