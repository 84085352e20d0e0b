"""The look-inside docks of the main window (inside one neuron, float twin, which pixels
matter, evaluation, weights, pitfalls lab), tabbed in the bottom area beside the training panel; this object creates
them and keeps them in step with the live session's reading and model.

A dock is drawn only while it is in front: Qt moves a dock behind another tab off-screen
rather than hiding it (``isVisible()`` stays true), so its ``visibilityChanged`` signal is
followed instead; a dock that comes to the front catches up with the current reading."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QWidget

from bnn_gui.gui.docks.evaluation_panel import EvaluationPanel
from bnn_gui.gui.runs.lab_panel import LabPanel
from bnn_gui.gui.docks.neuron_panel import NeuronPanel
from bnn_gui.gui.docks.pixels_panel import PixelsPanel
from bnn_gui.gui.docks.twin_panel import TwinPanel
from bnn_gui.gui.docks.weights_panel import WeightsPanel


NEURON_SHARE = 0.4  # of the window's height, at least, for Inside one neuron once a unit is clicked


def make_dock(window, title: str, widget: QWidget, keys: str, tip: str,
              beside: QDockWidget | None = None) -> QDockWidget:
    """A dock in the bottom area (tabbed with ``beside``); ``keys`` bring it to the front, the
    View menu's toggle (``dock.toggleViewAction()``) shows or hides it.

    Its content sits in a scroll area: however small the dock is made, it never forces the
    window's size (a laptop screen holds the whole window); scroll bars appear instead."""
    # ``title`` is the English (marked with QT_TRANSLATE_NOOP("docks", ...) where it is
    # given): the dock's name in saved window layouts stays the same in every language
    shown = QCoreApplication.translate("docks", title)
    dock = QDockWidget(shown, window)
    dock.setObjectName(title.lower().replace(" ", "-") + "-dock")
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    dock.setWidget(scroll)
    if beside is None:
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    else:
        window.tabifyDockWidget(beside, dock)
    dock.toggleViewAction().setStatusTip(tip)
    front = QAction(QCoreApplication.translate("docks", "Bring {0} to the front").format(shown),
                    window)
    front.setProperty("brings_to_front", True)  # listed under Panels in Help ▸ shortcuts
    front.setShortcut(QKeySequence(keys))
    front.setStatusTip(tip)
    front.triggered.connect(lambda _=False, d=dock: bring_to_front(d))
    window.addAction(front)
    dock.front_action = front
    return dock


def bring_to_front(dock: QDockWidget) -> None:
    """Show the dock and put its tab in front (a shortcut, a click on a unit, Start)."""
    dock.show()
    dock.raise_()


class InspectDocks(QObject):
    def __init__(self, window, session, beside: QDockWidget):
        # The window is reached as parent(), never stored: a Python reference cycle through a
        # widget would leave its deletion to the garbage collector, in whatever thread it runs.
        super().__init__(window)
        self.session = session
        self.neuron, self.twin, self.pixels = NeuronPanel(), TwinPanel(), PixelsPanel()
        self.pixels.is_drawing = lambda: session.drawing.active is not None
        self.pixels.put_on_canvas.connect(lambda x28: session.drawing.set_image(x28))
        self.evaluation, self.weights = EvaluationPanel(), WeightsPanel()
        self.lab = LabPanel(window.data_dir)
        self.neuron_dock = make_dock(window, QT_TRANSLATE_NOOP("docks", "Inside one neuron"), self.neuron, "Ctrl+I",
                                     self.tr("Click a unit in a map to see its bits, XNOR, "
                                             "popcount and threshold"), beside)
        self.twin_dock = make_dock(window, QT_TRANSLATE_NOOP("docks", "Float twin"), self.twin, "Ctrl+Shift+F",
                                   self.tr("The same drawing read by a float, a BinaryConnect "
                                           "and a fully binary network"), beside)
        self.pixels_dock = make_dock(window, QT_TRANSLATE_NOOP("docks", "Which pixels matter"), self.pixels,
                                     "Ctrl+Shift+P", self.tr(
                                         "Which input pixels would change the answer if inked "
                                         "or erased; make it read as another digit"), beside)
        self.evaluation_dock = make_dock(window, QT_TRANSLATE_NOOP("docks", "Evaluation"), self.evaluation, "Ctrl+E",
                                         self.tr("The live model on MNIST's test set: per "
                                                 "digit, confusions, misreads"), beside)
        self.weights_dock = make_dock(window, QT_TRANSLATE_NOOP("docks", "Weights"), self.weights, "Ctrl+Shift+W",
                                      self.tr("First-layer ±1 templates and latent-weight "
                                              "histograms"), beside)
        self.lab_dock = make_dock(window, QT_TRANSLATE_NOOP("docks", "Pitfalls lab"), self.lab, "Ctrl+L",
                                  self.tr("Classic BNN mistakes as short runs, compared on "
                                          "one plot"), beside)
        self.docks = [self.neuron_dock, self.twin_dock, self.pixels_dock, self.evaluation_dock,
                      self.weights_dock, self.lab_dock]
        self.front = {dock: False for dock in self.docks}  # in front (really on screen)?
        for dock in self.docks:
            dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        session.reading_changed.connect(self._on_session_reading_changed)
        session.model_loaded.connect(self._on_session_model_loaded)
        window.activations.unit_clicked.connect(self._on_activations_unit_clicked)
        self.neuron.output_button.clicked.connect(self._on_neuron_output_clicked)
        self.neuron.walked.connect(self._on_neuron_walked)
        self.evaluation.run_button.clicked.connect(self.evaluate_live_model)
        self.evaluation.digit_chosen.connect(window.load_mnist_digit)

    def _on_session_reading_changed(self, reading) -> None:
        """A new reading of the drawing: the docks in front follow it."""
        x28 = None if reading is None else reading.input
        if self.front[self.neuron_dock]:
            self.neuron.update_from(self.session.model, x28,
                                    None if reading is None else reading.engine_readings)
        if self.front[self.twin_dock]:
            self.twin.update_from(x28, reading, self.session.model)
        if self.front[self.pixels_dock]:
            self.pixels.update_from(self.session.model, x28)

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        dock = self.sender()
        self.front[dock] = visible
        if not visible:
            return
        if dock is self.weights_dock:
            self.weights.show_model(self.session.model)
        elif dock is self.twin_dock:
            self.twin.start(self.session.model)
        if dock in (self.neuron_dock, self.twin_dock, self.pixels_dock):
            self._on_session_reading_changed(self.session.reading)  # catch up

    def shutdown(self) -> None:
        """The window closes: a lab run stops cleanly, an evaluation is dropped."""
        self.lab.shutdown()
        self.evaluation.shutdown()
        self.pixels.shutdown()

    def _on_session_model_loaded(self, model) -> None:
        if self.front[self.weights_dock]:
            self.weights.show_model(model)

    def evaluate_live_model(self) -> None:
        if self.session.model is None:
            return
        self.parent().mnist_source.with_mnist(self._evaluate_on)

    def _evaluate_on(self, ds) -> None:
        if self.session.model is None:
            return
        bring_to_front(self.evaluation_dock)
        self.evaluation.evaluate(self.session.model, ds)

    def _on_neuron_walked(self, layer: str, unit, computed) -> None:
        """Step / Play moved the unit: the network view follows, its map filling in."""
        view = self.parent().activations
        view.select_unit(layer, unit)
        view.reveal(layer, unit[0], computed)
        self.neuron.update_from(self.session.model, self.session.drawing.input28())

    def _on_neuron_output_clicked(self) -> None:
        self.parent().activations.select_unit(None)  # no hidden unit chosen: nothing outlined

    def choose_unit(self, layer: str, unit: tuple) -> bool:
        """Choose ``unit`` of ``layer`` as a click on it would (a lesson's step); False, and
        nothing chosen, when the live reading has no such unit."""
        reading = self.parent().last_reading
        shapes = {r.name: r.bits.shape for r in (reading.layers if reading else [])}
        shape = shapes.get(layer)
        if shape is None or len(unit) != len(shape) or any(
                not 0 <= u < n for u, n in zip(unit, shape)):
            return False
        self.parent().activations.select_unit(layer, unit)
        self._on_activations_unit_clicked(layer, unit)
        return True

    def _on_activations_unit_clicked(self, layer: str, unit) -> None:
        self.neuron.stop()
        self.parent().activations.reveal(None)
        bring_to_front(self.neuron_dock)
        # room for all its levels, the maps above still large
        self.parent().give_bottom_room(self.neuron_dock, NEURON_SHARE)
        self.neuron.update_from(self.session.model, self.session.drawing.input28())
        self.neuron.select(layer, unit)
