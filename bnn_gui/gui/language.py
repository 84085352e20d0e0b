"""The window's language: English, Russian or Simplified Chinese, through Qt's own translation
machinery (strings marked with tr() / QCoreApplication.translate, .ts files kept by
pyside6-lupdate, .qm files built by pyside6-lrelease and shipped in bnn_gui/translations;
``python -m bnn_gui.translations`` does both).

The language is, in order: ``bnn-gui --lang``, the one chosen in View ▸ Language (remembered),
the system's. The command line stays English.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"en": "English", "ru": "Русский", "zh_CN": "简体中文"}
# said in the status bar (in English: without the font, Chinese would be boxes)
NO_CJK_FONT = ("No font with Chinese characters is installed, so the window's Chinese shows as "
               "boxes: on Debian or Ubuntu, sudo apt install fonts-noto-cjk")
SETTING = "language"

_installed: list[QTranslator] = []  # kept alive: Qt holds them by pointer only
_current = ["en"]  # the language installed last


def current() -> str:
    """The language the window speaks now (its lessons follow it)."""
    return _current[0]


def translations_dir() -> Path:
    return Path(str(files("bnn_gui.translations")))


def system_language(locale: QLocale | None = None) -> str:
    """The system locale as one of LANGUAGES ("ru_RU" -> "ru", "zh_Hans_CN" -> "zh_CN");
    English for any other."""
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.Russian:
        return "ru"
    if locale.language() == QLocale.Language.Chinese and locale.script() != \
            QLocale.Script.TraditionalChineseScript:
        return "zh_CN"
    return "en"


def choose(override: str | None = None, settings=None) -> str:
    """The language to use: ``override`` (--lang), then the remembered choice, then the
    system's. Raises ValueError for a language that is not offered."""
    if override:
        if override not in LANGUAGES:
            raise ValueError(f"--lang {override}: not offered (choose {', '.join(LANGUAGES)})")
        return override
    saved = settings.value(SETTING) if settings is not None else None
    return saved if saved in LANGUAGES else system_language()


def install(app, language: str) -> str:
    """Install the translators for ``language`` (bnn-gui's own strings and Qt's standard
    dialogs); returns the language in use ("en" when its file cannot be read)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _current[0] = "en"
    QLocale.setDefault(QLocale(language))  # numbers and dates follow it where Qt formats them
    ours = QTranslator()  # English too: the plural forms of "%n digit(s)"
    if not ours.load(str(translations_dir() / f"bnn_gui_{language}.qm")):
        if language != "en":
            install(app, "en")
        return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    if language == "en":
        return "en"
    _current[0] = language
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def has_cjk_font() -> bool:
    """Whether a font that draws Chinese is installed (else Qt draws boxes)."""
    from PySide6.QtGui import QFontDatabase

    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def add_language_menu(window, menu) -> None:
    """View ▸ Language: the choice is remembered and used from the next start (the window's
    words are made once, when it opens)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction, QActionGroup

    sub = menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    group = QActionGroup(sub)
    current = window.settings.value(SETTING) or system_language()
    for code, name in LANGUAGES.items():
        a = QAction(name, sub, checkable=True)
        a.setChecked(code == current)
        a.setData(code)
        group.addAction(a)
        sub.addAction(a)

    def chosen(action) -> None:
        window.settings.setValue(SETTING, action.data())
        window.say(QCoreApplication.translate(
            "LanguageMenu", "bnn-gui will speak {0} from its next start.").format(action.text()),
            15)
    group.triggered.connect(chosen)


def number(x, decimals: int | None = None) -> str:
    """A number as the window's language writes it (Qt's default locale, set by install):
    "97.25" and "10,000" in English, "97,25" and "10 000" in Russian. ``decimals``: fixed
    decimals for a float; an int is written whole with the locale's group separator."""
    from PySide6.QtCore import QLocale

    if decimals is None:
        return QLocale().toString(int(x))
    return QLocale().toString(float(x), "f", decimals)
