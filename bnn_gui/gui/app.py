"""Start the window."""

from __future__ import annotations

import sys

from bnn_gui.gui.lifetime import register_teardown, teardown

XCB_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"  # Debian/Ubuntu names


def display_problem(env=None, find_library=None) -> str | None:
    """Why the window cannot open here, in one line, or None. Checked before Qt starts: Qt
    aborts the process (exit 134) with no display, or without the libraries its X11 plugin
    needs since Qt 6.5."""
    import os

    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None  # macOS and Windows have their own platforms; a chosen one is the user's
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return ("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set): the window "
                "needs a desktop session; the commands work without one (bnn-gui --help)")
    if env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        if find_library is None:
            from ctypes.util import find_library
        if find_library("xcb-cursor") is None:
            return ("Qt's X11 plugin needs libxcb-cursor (and friends); on Debian or Ubuntu: "
                    f"sudo apt install {XCB_PACKAGES}")
    return None


def run(model: str | None = None, data_dir: str | None = None, lesson: str | None = None,
        lang: str | None = None) -> int:
    if problem := display_problem():
        print(f"error: {problem}", file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    from bnn_gui.gui.main_window import MainWindow
    from bnn_gui.gui.style import apply_dark_style

    from PySide6.QtCore import Qt

    # every pointer move the platform delivers reaches the canvas: merged moves (Qt's default
    # on a busy machine) make a drawn 0 a polygon (what is still sparse is joined by a curve)
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_CompressHighFrequencyEvents, False)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bnn-gui")
    app.setOrganizationName("bnn-gui")
    apply_dark_style(app)
    tidy_user_folder()
    register_teardown()  # however the app ends, it ends in order
    from PySide6.QtCore import QSettings

    from bnn_gui.core.paths import user_dir
    from bnn_gui.gui import language

    settings = QSettings(str(user_dir() / "settings.ini"), QSettings.Format.IniFormat)
    spoken = language.install(app, language.choose(lang, settings))
    window = MainWindow(model=model, data_dir=data_dir, settings=settings)
    window.show()
    if spoken == "zh_CN" and not language.has_cjk_font():
        window.say(language.NO_CJK_FONT, 60)
    if lesson:
        window.lessons.player.open(lesson)
    code = app.exec()
    teardown()
    return code


def tidy_user_folder() -> None:
    """Remove what saves killed mid-way left behind: temporary files (never read) and model
    names reserved and never written (empty files)."""
    from bnn_gui.core.files import remove_stale_reservations, remove_stale_temps
    from bnn_gui.core.nets.checkpoint import SUFFIX
    from bnn_gui.core.paths import user_dir, user_models_dir

    for folder in (user_dir(), user_models_dir()):
        if folder.is_dir():
            remove_stale_temps(folder)
    if user_models_dir().is_dir():
        remove_stale_reservations(user_models_dir(), SUFFIX)
