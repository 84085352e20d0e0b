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


class Worded(str):
    """A step the core reports while it works (``progress("reading FILE", ...)``), kept
    translatable: the English as a plain ``str`` (the command line prints it), with its marked
    template and values (``template``, ``values``) for the window to say it in its language.
    ``Worded(QT_TRANSLATE_NOOP("RunWorker", "reading {0}"), name)``."""

    template: str
    values: tuple

    def __new__(cls, template: str, *values):
        text = super().__new__(cls, template.format(*(english(v) for v in values)))
        text.template, text.values = template, values
        return text


class WordedError(Exception):
    """An error said from a marked template and its values, so each reader gets it in their
    language: ``str(e)`` is the English (the command line prints it), and the window says it
    with the template translated (``gui.messages.error_text``). Mark the template where it is
    raised, ``raise ModelFileError(QT_TRANSLATE_NOOP("errors", "{path}: no such file"),
    path=path)``, so that lupdate collects it. An int value is written with thousands
    separators here and in the locale's own way in the window; a value that is itself an
    error is said in the same language as the sentence around it."""

    def __init__(self, template: str, **values):
        self.template, self.values = template, values
        super().__init__(template.format(**{k: english(v) for k, v in values.items()}))

    @classmethod
    def wrapping(cls, e: BaseException):
        """The same sentence as ``e`` (kept translatable when ``e`` is worded) as a ``cls``."""
        if isinstance(e, WordedError):
            return cls(e.template, **e.values)
        return cls("{reason}", reason=str(e))


class WordedOSError(WordedError, OSError):
    """A file that cannot be read or written, said in the reader's language."""


def english(value) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
