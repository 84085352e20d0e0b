"""Where lessons are reached: Help ▸ Lessons (the built-in ones and Open lesson file…), File ▸
Save as lesson…, a lesson file dropped on the window, and Alt+Left / Alt+Right to step."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog

from bnn_gui.gui.lessons.player import LessonPlayer
from bnn_gui.gui.messages import error_text, may_replace, safe_text

LESSON_FILTER = QT_TRANSLATE_NOOP("LessonMenus", "Lessons (*.toml);;All files (*)")


class LessonMenus:
    def __init__(self, window, file_menu, help_menu, action):
        """``action(menu, text, slot, keys, tip)``: the window's helper (so the keyboard list
        shows these keys too)."""
        from bnn_gui.core.lessons import builtins
        from bnn_gui.gui.language import current

        self.window = window
        self.player = LessonPlayer(window)
        save = action(file_menu, QCoreApplication.translate("LessonMenus", "Save as &lesson…"),
                      self.save_dialog, [], QCoreApplication.translate(
                          "LessonMenus", "The window as it is now (model, drawing, docks, "
                          "chosen unit) as a one-step lesson to edit"))
        separators = [a for a in file_menu.actions() if a.isSeparator()]
        if separators:  # with the other saves, before Quit
            file_menu.removeAction(save)
            file_menu.insertAction(separators[-1], save)
        menu = help_menu.addMenu(QCoreApplication.translate("LessonMenus", "&Lessons"))
        for name, title in builtins(current()):
            action(menu, title, lambda _=False, n=name: self.player.open(n), [],
                   f"bnn-gui lesson {name}")
        menu.addSeparator()
        action(menu, QCoreApplication.translate("LessonMenus", "&Open lesson file…"),
               self.open_dialog, [],
               QCoreApplication.translate("LessonMenus", "A lesson someone wrote"))
        action(menu, QCoreApplication.translate("LessonMenus", "Next step"), self.player.next,
               ["Alt+Right"], QCoreApplication.translate("LessonMenus", "The lesson's next step"))
        action(menu, QCoreApplication.translate("LessonMenus", "Step back"), self.player.back,
               ["Alt+Left"],
               QCoreApplication.translate("LessonMenus", "The lesson's step before"))
        action(menu, QCoreApplication.translate("LessonMenus", "Close the lesson"),
               self.player.close, [], "")

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, QCoreApplication.translate("LessonMenus", "Open a lesson"), "", QCoreApplication.translate("LessonMenus", LESSON_FILTER))
        if path:
            self.player.open(path)

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("LessonMenus", "Save as lesson"), "lesson.toml",
                                              QCoreApplication.translate("LessonMenus", LESSON_FILTER))
        if path and may_replace(self.window, path):
            self.save(path)

    def save(self, path: str) -> bool:
        from bnn_gui.core.lessons import save

        try:
            save(self.player.current_state(), path)
        except OSError as e:
            self.window.say(safe_text(QCoreApplication.translate(
                "LessonMenus", "Could not save the lesson: {0}").format(error_text(e))), 15)
            return False
        self.window.say(safe_text(QCoreApplication.translate(
            "LessonMenus", "Saved the window as a one-step lesson: {0}").format(path)))
        return True
