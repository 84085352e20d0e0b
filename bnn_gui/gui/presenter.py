"""Presenter mode (F11, View menu): the window as a lecture needs it on a projector.

Full screen, type half as large again, the network view and Inside one neuron (when a unit is
chosen; one of its levels at a time, chosen with its Unit / Arithmetic / Bits buttons) given
the room; the toolbar, the status bar and every other dock out of the way. The
canvas stays: the lecturer draws. Leaving it puts back exactly what was there: the window's
geometry, its docks and their sizes, the splitter, the font.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QToolBar

SCALE = 1.5  # type size in presenter mode, against the window's own


class Presenter(QObject):
    def __init__(self, window):
        super().__init__(window)  # the window is reached as parent(), never stored
        self._saved = None  # what presenter mode changed, to put back

    @property
    def on(self) -> bool:
        return self._saved is not None

    def toggle(self) -> None:
        self.leave() if self.on else self.enter()

    def enter(self) -> None:
        w = self.parent()
        if self.on:
            return
        self._saved = dict(geometry=w.saveGeometry(), state=w.saveState(),
                           splitter=w.splitter.saveState(), font=w.font(),
                           full=w.isFullScreen(),
                           bottom_share=w._bottom_share)
        font = w.font()
        font.setPointSizeF(font.pointSizeF() * SCALE)
        w.setFont(font)
        for bar in w.findChildren(QToolBar):
            bar.hide()
        w.statusBar().hide()
        neuron = w.inside.neuron_dock
        chosen = w.activations.selected is not None
        for dock in w.all_docks():
            if dock is not neuron or not chosen:
                dock.hide()
        w.inside.neuron.set_compact(True)  # one level at a time, large
        if chosen:
            neuron.show()
            neuron.raise_()
        w.showFullScreen()
        if (screen := w.screen()) is not None:
            w.setGeometry(screen.geometry())  # also where no window manager does it
        w.layout().activate()
        # the canvas narrow, the answer narrow, the network as wide as it can be
        total = max(w.splitter.width(), 1)
        w.splitter.setSizes([int(total * 0.2), int(total * 0.66), int(total * 0.14)])
        if chosen:
            w.give_bottom_room(neuron, 0.5)
        w.say(QCoreApplication.translate("Presenter", "Presenter mode: F11 or Esc leaves it"), 4)

    def leave(self) -> None:
        w = self.parent()
        if not self.on:
            return
        saved, self._saved = self._saved, None
        w.setFont(saved["font"])
        w.inside.neuron.set_compact(False)
        if not saved["full"]:
            w.showNormal()
        w.restoreGeometry(saved["geometry"])
        w.restoreState(saved["state"])
        w.splitter.restoreState(saved["splitter"])
        w.statusBar().show()
        w._bottom_share = saved["bottom_share"]

    def handles_escape(self) -> bool:
        """Esc leaves presenter mode (and does nothing else)."""
        if self.on:
            self.leave()
            return True
        return False

