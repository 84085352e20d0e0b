"""The Help menu: its windows (keyboard shortcuts, BNNs in five minutes) and where the five
minutes' links lead (the panel that shows each idea)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from bnn_gui.gui.help import FIVE_MINUTES, HelpWindow, shortcuts_html
from bnn_gui.gui.docks.inspect_docks import bring_to_front


class HelpMenu:
    def __init__(self, window, menu, action):
        """``action(menu, text, slot, keys, tip)`` adds one entry (the window's helper, so the
        shortcuts page lists these keys too)."""
        self.window = window
        action(menu, QCoreApplication.translate("HelpMenu", "BNNs in &five minutes"),
               self.show_five_minutes, ["F1"], QCoreApplication.translate(
                   "HelpMenu", "What a binarized network is, each idea linked to the panel "
                   "that shows it"))
        action(menu, QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts"),
               self.show_shortcuts, ["Ctrl+/"],
               QCoreApplication.translate("HelpMenu", "Every key of the window"))
        action(menu, QCoreApplication.translate("HelpMenu", "&About bnn-gui"), self.about)

    def show_shortcuts(self) -> HelpWindow:
        w = HelpWindow(QCoreApplication.translate("HelpMenu", "Keyboard shortcuts — bnn-gui"), shortcuts_html(self.window),
                       parent=self.window)
        w.show()
        return w

    def show_five_minutes(self) -> HelpWindow:
        w = HelpWindow(QCoreApplication.translate("HelpMenu", "BNNs in five minutes — bnn-gui"),
                       QCoreApplication.translate("help", FIVE_MINUTES), self.show_topic,
                       self.window)
        w.show()
        return w

    def show_topic(self, topic: str) -> None:
        """A help link: bring the panel that shows ``topic`` to the front."""
        win = self.window
        docks = {"weights": win.inside.weights_dock, "lab": win.inside.lab_dock,
                 "neuron": win.inside.neuron_dock, "twin": win.inside.twin_dock,
                 "pixels": win.inside.pixels_dock, "training": win.training_dock}
        if topic in docks:
            bring_to_front(docks[topic])
        win.activateWindow()
        if topic == "network":
            win.activations.setFocus()

    def about(self) -> None:
        QMessageBox.about(self.window, QCoreApplication.translate("HelpMenu", "About bnn-gui"),
                          QCoreApplication.translate("HelpMenu", "<b>bnn-gui</b>: draw a digit and watch a binarized neural network "
                          "(weights and activations ±1; Courbariaux, Hubara et al. 2016) read "
                          "it, layer by layer."))
