"""A marker for texts the core writes and the window shows, so that Qt's translation tools find
them without the core importing Qt: ``QT_TRANSLATE_NOOP("pitfalls", "…")`` returns the text
unchanged; pyside6-lupdate, which finds calls by that name, collects it
(``python -m bnn_gui.translations``), and the window translates it where it shows it
(``QCoreApplication.translate(context, text)``). The command line prints the English."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: lupdate's key)
    return text


def same(text: str) -> str:
    """The ``tr`` of the command line: a sentence's template as written (English)."""
    return text
