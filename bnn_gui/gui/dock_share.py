"""The bottom docks' share of the window's height, kept across resizes (Qt gives every change
to the central widget, so they would shrink to a strip and stay there), and room made for a
dock on request (a click on a unit gives Inside one neuron 40%). The share changes when the
person drags the docks' separator, or when room is made.

A part of ``MainWindow`` (a mixin: it reads the window's docks and its ``_settle`` timer)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTabBar


class DockShare:
    def all_docks(self) -> list:
        return [self.training_dock, self.personal_dock, *self.inside.docks]

    def _bottom_dock(self):
        return next((d for d in self.all_docks() if d.isVisible() and not d.isFloating()
                     and self.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea),
                    None)

    def _record_bottom_share(self) -> None:
        dock = self._bottom_dock()
        if dock is not None and self.height() > 0:
            self._bottom_share = dock.height() / self.height()

    def showEvent(self, e):
        super().showEvent(e)
        if self._bottom_share is None:
            QTimer.singleShot(0, self._record_bottom_share)

    def mouseReleaseEvent(self, e):
        super().mouseReleaseEvent(e)  # the end of a drag of the docks' separator, maybe:
        QTimer.singleShot(0, self._record_bottom_share)  # that share is kept from now on

    def give_bottom_room(self, dock, share: float) -> None:
        """At least ``share`` of the window's height for the bottom docks (``dock`` in
        front), kept across resizes."""
        if dock.height() < share * self.height():
            self._bottom_share = share
            self._keep_bottom_share()

    def resizeEvent(self, e):
        super().resizeEvent(e)
        self._settle.start()

    def _keep_bottom_share(self) -> None:
        dock = self._bottom_dock()
        if dock is not None and self._bottom_share:
            want = int(self._bottom_share * self.height())
            if abs(dock.height() - want) > 2:
                # resizeDocks sizes the docks' area, whose tab bar (the docks are tabbed) is
                # not part of the dock
                tabs = [t for t in self.findChildren(QTabBar) if t.isVisible()
                        and t.parent() is self] if self.tabifiedDockWidgets(dock) else []
                extra = max((t.height() for t in tabs), default=0)
                self.resizeDocks([dock], [want + extra], Qt.Orientation.Vertical)

