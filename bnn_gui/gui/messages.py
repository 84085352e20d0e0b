"""Text from files and errors, made safe to show in a message box.

Qt shows a message box's text as HTML when it looks like HTML, so a file name or a file's
contents could style the box, load a local image or make it taller than the screen. Every
message that holds text the app did not write itself goes through ``safe_text``: angle
brackets become look-alike quotes (no tag can form) and the text is cut to a bounded size.
"""

from __future__ import annotations

MAX_CHARS = 1500
MAX_LINES = 25


def safe_text(text: object) -> str:
    s = str(text).replace("<", "‹").replace(">", "›")
    lines = s.splitlines() or [""]
    if len(lines) > MAX_LINES:
        from PySide6.QtCore import QCoreApplication

        lines = lines[:MAX_LINES] + ["… " + QCoreApplication.translate(
            "messages", "({0} more lines)").format(len(lines) - MAX_LINES)]
    lines = [ln if len(ln) <= 300 else ln[:300] + "…" for ln in lines]
    s = "\n".join(lines)
    return s if len(s) <= MAX_CHARS else s[:MAX_CHARS] + "…"


def may_replace(parent, path) -> bool:
    """Before the window writes a file the person chose: a read-only one is replaced only
    when they say so (core writes refuse it otherwise). True when the write may go ahead."""
    import os
    import stat
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    try:
        st = os.stat(path)
    except OSError:
        return True  # not there (or not reachable): the write itself says what is wrong
    if not stat.S_ISREG(st.st_mode) or st.st_mode & 0o222:
        return True
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("messages", "Replace a read-only file?"),
        safe_text(QCoreApplication.translate(
            "messages", "{0} is read-only. Replace it anyway?").format(Path(path).name)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        os.chmod(path, st.st_mode | stat.S_IWUSR)  # they agreed: it may be written
    except OSError:
        pass  # the write will say why it cannot
    return True


def error_text(e: BaseException) -> str:
    """An error in the window's language: a worded one (core/translatable.py) from its
    template, translated, and its values (a number in the locale's way, a marked phrase such
    as "a model file" translated, an error inside it worded the same way); a ConfigError from
    its parts; anything else as it was written."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from bnn_gui.config import ConfigError
    from bnn_gui.core.translatable import WordedError

    if isinstance(e, ConfigError):
        return config_error_text(e)
    if not isinstance(e, WordedError):
        return str(e)

    def said(value) -> str:
        if isinstance(value, BaseException):
            return error_text(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return QLocale().toString(value)
        if isinstance(value, str):  # only a phrase marked in the "errors" context changes
            return QCoreApplication.translate("errors", value)
        return str(value)

    template = QCoreApplication.translate("errors", e.template)
    try:
        return template.format(**{k: said(v) for k, v in e.values.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: the English
        return str(e)


def step_text(what: str) -> str:
    """A step the core reports while it works (core/translatable.Worded: "reading FILE",
    "downloading FILE") in the window's language; a plain text as it came. Thread-safe."""
    from PySide6.QtCore import QCoreApplication

    from bnn_gui.core.translatable import Worded

    if not isinstance(what, Worded):
        return what
    try:
        return QCoreApplication.translate("RunWorker", what.template).format(*what.values)
    except (IndexError, ValueError):  # a translation that lost a field: the English
        return str(what)


def config_error_text(e) -> str:
    """A ConfigError in the window's language: a value out of range is said from its parts
    (their words marked in the core), anything else as the core wrote it."""
    from PySide6.QtCore import QCoreApplication

    if getattr(e, "parts", None) is None:
        return str(e)
    name, value, expected = e.parts
    return QCoreApplication.translate("config", "{0} = {1} is out of range: expected {2}").format(
        QCoreApplication.translate("config", name), repr(value),
        QCoreApplication.translate("config", expected))


def checked(make, error_label) -> bool:
    """A form's check: call ``make()`` (which builds its configs); show why the values cannot
    be used in ``error_label`` (or nothing); True when they can."""
    from bnn_gui.config import ConfigError

    try:
        make()
    except ConfigError as e:
        error_label.setText(config_error_text(e))
        return False
    error_label.setText("")
    return True
