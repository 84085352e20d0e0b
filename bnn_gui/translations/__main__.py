"""Update the .ts files from the source and build the .qm files:

    python -m bnn_gui.translations          # pyside6-lupdate, then pyside6-lrelease

lupdate collects every string the GUI marks with tr() / QCoreApplication.translate into
bnn_gui_<lang>.ts (new strings come in "unfinished"; translations already there are kept);
lrelease compiles each .ts into the .qm the window loads. Both tools come with PySide6.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "ru", "zh_CN")  # en: the plural forms of "%n" strings only


def main() -> int:
    # the window's own texts, and the core's that it shows (marked with core/translatable.py)
    sources = sorted(str(p) for p in (HERE.parent / "gui").rglob("*.py")) + sorted(
        str(p) for p in (HERE.parent / "core").rglob("*.py")
        if "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")) + [
        str(HERE.parent / "config.py")]
    for tool in ("pyside6-lupdate", "pyside6-lrelease"):
        if shutil.which(tool) is None:
            print(f"error: {tool} not found (it comes with PySide6)", file=sys.stderr)
            return 2
    for lang in LANGUAGES:
        ts = HERE / f"bnn_gui_{lang}.ts"
        subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(ts)],
                       check=True)
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
