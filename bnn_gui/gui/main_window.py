"""The main window: lays the widgets out and wires their signals. No maths here."""

from __future__ import annotations


from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, QTimer, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel,
                               QMainWindow, QMessageBox, QPushButton, QSlider, QSplitter,
                               QToolButton, QVBoxLayout, QWidget)

from bnn_gui.core.paths import user_dir
from bnn_gui.gui.live.canvas import DEFAULT_BRUSH, DrawingCanvas
from bnn_gui.gui.runs.mnist_source import MnistSource
from bnn_gui.gui.model_picker import ModelPicker
from bnn_gui.gui.live.picture_opener import PictureOpener
from bnn_gui.gui.live.network_view import NetworkView
from bnn_gui.gui.help_menu import HelpMenu
from bnn_gui.gui.language import add_language_menu, number
from bnn_gui.gui.lessons.menus import LessonMenus
from bnn_gui.gui.docks.inspect_docks import InspectDocks, bring_to_front, make_dock
from bnn_gui.gui.live.teach_bar import TeachBar
from bnn_gui.gui.docks.teaching import Teaching
from bnn_gui.gui.live.prediction_view import PredictionView
from bnn_gui.gui.presenter import Presenter
from bnn_gui.gui.dock_share import DockShare
from bnn_gui.gui.canvas_inputs import CanvasInputs
from bnn_gui.gui.style import CHECKED_BUTTON
from bnn_gui.gui.docks.save_levels import save_what_it_sees
from bnn_gui.gui.live.session import Session
from bnn_gui.gui.runs.training_panel import TrainingPanel
from bnn_gui.gui.messages import safe_text


KEEP_MARGIN = 0.0005  # a new model this much below the live one's test accuracy is kept aside


def _bytes(value) -> QByteArray | None:
    """A saved Qt state, or None for anything else (a hand-edited settings file)."""
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


class MainWindow(CanvasInputs, DockShare, QMainWindow):
    def __init__(self, model: str | None = None, data_dir: str | None = None,
                 settings: QSettings | None = None):
        super().__init__()
        self.setWindowTitle(self.tr("bnn-gui — a binarized neural network reads your digit"))
        self.data_dir = data_dir
        self.settings = settings or QSettings(str(user_dir() / "settings.ini"),
                                              QSettings.Format.IniFormat)
        self.session = Session(self)  # the drawing, the live model and the reading
        self.pictures = PictureOpener(self.session.drawing, self)
        self.mnist_source = MnistSource(lambda: self.data_dir, self)
        self.pictures.opened.connect(self._on_picture_opened)
        self.pictures.refused.connect(self._on_picture_refused)

        self.canvas = DrawingCanvas(self.session.drawing)
        self.prediction = PredictionView(self.session.drawing)
        self.activations = NetworkView()  # the network, as it computes
        self.training = TrainingPanel(data_dir)
        self.teach = TeachBar()
        self._build_layout()
        self._build_actions()
        self.setAcceptDrops(True)

        # The views follow the session: they subscribe to its reading and own nothing.
        for view in (self.prediction, self.activations, self.training):
            self.session.reading_changed.connect(view.show_reading)
        self.session.model_loaded.connect(self.activations.show_model)
        self.session.drawing_changed.connect(self._on_session_drawing_changed)
        self.session.model_loaded.connect(self._on_session_model_loaded)
        self.session.model_failed.connect(self._on_session_model_failed)
        self.training.model_saved.connect(self._on_training_model_saved)
        self.training.use_requested.connect(self.load_model)
        self.activations.input_fields_changed.connect(self.canvas.set_fields)

        # the status bar: the live model's state stays; what just happened shows for a while
        self.model_status = QLabel(self.tr("loading the model…"))
        self.statusBar().addWidget(self.model_status, 1)
        self._restore_settings()
        self.session.load_model_async(model or self.settings.value("model", "bnn-cnn"))

    # --- layout ------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        tools = QHBoxLayout()
        self.brush = QSlider(Qt.Orientation.Horizontal, minimum=6, maximum=40, value=DEFAULT_BRUSH)
        self.brush.setToolTip(self.tr("Brush size: also how thick your strokes are for the "
                                      "network"))
        self.brush.valueChanged.connect(self._on_brush_changed)
        self.eraser_button = QToolButton(text=self.tr("Eraser"), checkable=True)
        self.eraser_button.setToolTip(self.tr("Erase whole strokes (E); the right button erases "
                                              "too"))
        self.eraser_button.toggled.connect(self._on_eraser_toggled)
        self.eraser_button.setStyleSheet(CHECKED_BUTTON)
        self.mnist_button = QPushButton(self.tr("MNIST digit"))
        self.mnist_button.setToolTip(self.tr("Load a random MNIST test digit onto the canvas "
                                             "(Ctrl+T)"))
        self.mnist_button.clicked.connect(self.load_mnist_digit)
        clear = QPushButton(self.tr("Clear"))
        clear.setToolTip(self.tr("Clear the canvas (Delete; Ctrl+Z brings it back)"))
        clear.clicked.connect(self.session.drawing.clear)
        brush_row = QHBoxLayout()  # its own row: the slider stays usable in a narrow column
        brush_row.addWidget(QLabel(self.tr("Brush")))
        brush_row.addWidget(self.brush, 1)
        for w in (self.eraser_button, clear, self.mnist_button):
            tools.addWidget(w)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.canvas, 1)
        lv.addLayout(brush_row)
        lv.addLayout(tools)

        middle = QWidget()
        middle.setMinimumWidth(180)
        mv = QVBoxLayout(middle)
        mv.addWidget(self.prediction, 1)
        mv.addWidget(self.teach)

        # left to right as the network computes: the drawing, the network, the answer
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for w in (left, self.activations, middle):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([300, 860, 206])
        self.setCentralWidget(self.splitter)

        # The training panel and the look-inside docks share the bottom area as tabs.
        self.training_dock = make_dock(self, QT_TRANSLATE_NOOP("docks", "Training"), self.training, "Ctrl+R",
                                       self.tr("Show or hide the training panel"))
        self.teaching = Teaching(self, self.session, beside=self.training_dock)
        self.personal, self.personal_dock = self.teaching.panel, self.teaching.dock
        self.label_drawing = self.teaching.label_drawing
        self.inside = InspectDocks(self, self.session, beside=self.training_dock)
        self.training_dock.raise_()
        # the bottom docks keep their share of the window's height across resizes (Qt gives
        # every change to the central widget, so they would shrink to a strip and stay there)
        self._bottom_share: float | None = None
        self._settle = QTimer(self, singleShot=True, interval=30)
        self._settle.timeout.connect(self._keep_bottom_share)

        self.model_box = ModelPicker()
        self.model_box.chosen.connect(self.load_model)
        self.model_box.open_requested.connect(self.open_model_dialog)
        tb = self.addToolBar("Model")
        tb.setObjectName("model-toolbar")
        tb.addWidget(QLabel(self.tr(" Model: ")))
        tb.addWidget(self.model_box)

    def _build_actions(self) -> None:
        def action(menu, text, slot, keys=(), tip=""):
            a = QAction(text, self)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setStatusTip(tip)
            a.triggered.connect(slot)
            menu.addAction(a)
            self.addAction(a)
            return a

        m = file_menu = self.menuBar().addMenu(self.tr("&File"))
        action(m, self.tr("Open &image…"), self.open_image_dialog, ["Ctrl+O"], self.tr("Read a picture of a digit"))
        action(m, self.tr("Open &model…"), self.open_model_dialog, ["Ctrl+M"],
               self.tr("Load a model file"))
        action(m, self.tr("&Save what the network sees…"),
               lambda: save_what_it_sees(self, self.session.drawing, self.say), ["Ctrl+Shift+S"],
               self.tr("Save the 28x28 input as 8-bit levels (IDX or PGM), e.g. for the C library"))
        m.addSeparator()
        action(m, self.tr("&Quit"), self.close, ["Ctrl+Q"])
        m = self.menuBar().addMenu(self.tr("&Edit"))
        drawing = self.session.drawing
        self.undo_action = action(m, self.tr("&Undo"), drawing.undo, ["Ctrl+Z"],
                                  self.tr("Undo the last stroke"))
        self.redo_action = action(m, self.tr("&Redo"), drawing.redo, ["Ctrl+Shift+Z", "Ctrl+Y"],
                                  self.tr("Redo"))
        action(m, self.tr("&Clear"), drawing.clear, ["Delete"],
               self.tr("Clear the canvas (undo brings it back); Esc never clears"))
        self.eraser_action = action(m, self.tr("&Eraser"), self.eraser_button.toggle, ["E"],
                                    self.tr("Toggle the stroke eraser"))
        m = self.menuBar().addMenu(self.tr("&Digits"))
        action(m, self.tr("MNIST &test digit"), self.load_mnist_digit, ["Ctrl+T"],
               self.tr("Load a random MNIST test digit with its true label"))
        m.addSeparator()
        self.teaching.add_actions(m, action)
        m = self.menuBar().addMenu(self.tr("&Training"))
        m.addAction(self.training_dock.toggleViewAction())
        action(m, self.tr("&Start training"), self._start_training, ["F5"],
               self.tr("Train a new network in the background with the panel's settings"))
        action(m, self.tr("S&top training"), self.training.stop, ["Shift+F5"],
               self.tr("Stop the run; nothing is saved and the live model stays"))
        m = self.menuBar().addMenu(self.tr("&View"))
        self.presenter = Presenter(self)
        self.presenter_action = action(
            m, self.tr("&Presenter mode"), self._on_presenter_action_triggered, ["F11"],
            self.tr("Full screen, larger type, the network and the chosen unit large (F11 or "
                    "Esc leaves)"))
        self.presenter_action.setCheckable(True)
        # Esc closes what is open (presenter mode, an enlarged layer, a picture being read);
        # it never clears the drawing
        leave = QAction(self.tr("&Close: presenter mode, the enlarged layer, a picture being "
                                "read"), self)
        leave.setShortcut(QKeySequence("Esc"))
        leave.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        leave.triggered.connect(self._on_escape)
        m.addAction(leave)
        self.addAction(leave)
        m.addSeparator()
        for dock in self.inside.docks:
            m.addAction(dock.toggleViewAction())
        m.addSeparator()
        add_language_menu(self, m)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help = HelpMenu(self, help_menu, action)
        self.lessons = LessonMenus(self, file_menu, help_menu, action)

    def _on_presenter_action_triggered(self, checked: bool = False) -> None:
        self.presenter.enter() if checked else self.presenter.leave()

    def _on_escape(self) -> None:
        if self.presenter.on:
            self.presenter.leave()
            self.presenter_action.setChecked(False)
        elif self.pictures.busy():
            self.pictures.cancel()  # a picture still being read: the drawing stays
            self.say(QCoreApplication.translate("MainWindow", "stopped reading the picture; the drawing stays"), 4)
        elif self.activations.picture.focus is not None:
            self.activations.focus_layer(None)  # Esc closes what was opened, nothing more

    def say(self, text: str, seconds: float = 10) -> None:
        """A message in the status bar for a while; the live model's state returns after."""
        self.statusBar().showMessage(text, int(seconds * 1000))

    # --- models ------------------------------------------------------------------------------
    def load_model(self, path_or_name) -> None:
        self.say(f"loading {path_or_name}…")
        self.session.load_model_async(path_or_name)

    def open_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("MainWindow", "Open model"), "", QCoreApplication.translate("MainWindow", "Models (*.safetensors)"))
        if path:
            self.load_model(path)
        elif self.session.model is not None:
            self.model_box.select(str(self.session.model.file.path))

    def _on_session_model_loaded(self, model) -> None:
        acc = model.test_accuracy
        acc_text = (self.tr("test accuracy {0}%").format(number(100 * acc, 2)) if acc is not None
                    else self.tr("accuracy unknown"))
        engine = self.tr("the packed 1-bit engine") if model.engine == "packed" else "PyTorch"
        self.statusBar().clearMessage()
        self.model_status.setText(self.tr("Model {0} ({1}): {2}; read by {3}").format(
            model.name, model.config.name, acc_text, engine))
        self.settings.setValue("model", str(model.file.path))
        self.model_box.select(str(model.file.path))

    def _on_session_model_failed(self, message: str) -> None:
        kept = (self.tr("; keeping {0}").format(self.session.model.name)
                if self.session.model else "")
        self.say(self.tr("could not load the model") + kept)
        if self.session.model is not None:
            self.model_box.select(str(self.session.model.file.path))
        elif self.settings.value("model"):
            self.settings.remove("model")  # a remembered model that fails: start clean next time
        QMessageBox.warning(self, self.tr("Could not load the model"), safe_text(message + kept))

    def _start_training(self) -> None:
        bring_to_front(self.training_dock)  # a run started by F5 is never hidden behind a tab
        self.training.start()

    def _on_training_model_saved(self, path: str) -> None:
        """A run saved its model. It becomes the live model, unless it scores below the live
        one on MNIST's test digits (F5's 97% quick run after the shipped 99%): then the live
        model stays and the new one is one click away. A fine-tune always becomes live: it
        was asked for to read your handwriting."""
        live = self.session.model
        new = getattr(self.training, "last_accuracy", None)
        if (live is not None and live.test_accuracy is not None and new is not None
                and not getattr(self.training, "last_was_finetune", False)
                and new < live.test_accuracy - KEEP_MARGIN):
            self.model_box.fill(select=str(live.file.path))
            self.training.keep_aside(path, live.name, live.test_accuracy)
            self.say(self.tr("the new model scores {0}%, below the live {1}'s {2}%: {1} stays "
                             "live (Use the new model, in the training panel, switches)").format(
                number(100 * new, 2), live.name, number(100 * live.test_accuracy, 2)), 15)
            return
        self.model_box.fill(select=path)
        self.load_model(path)  # becomes the live model; the drawing is read again on load

    # --- drawing and reading -----------------------------------------------------------------
    @property
    def last_reading(self):
        return self.session.reading

    def refresh(self):
        """Read the drawing now (the frame clock does this by itself; tests and scripts)."""
        return self.session.read()

    def _on_session_drawing_changed(self, kind: str) -> None:
        if kind != "point":
            self.undo_action.setEnabled(self.session.drawing.can_undo())
            self.redo_action.setEnabled(self.session.drawing.can_redo())

    def _on_brush_changed(self, value: int) -> None:
        self.canvas.set_brush_size(value)
        self.settings.setValue("brush", value)

    def _on_eraser_toggled(self, on: bool) -> None:
        self.canvas.set_eraser(on)

    def show_drawing_sample(self, sample) -> None:
        """Put a kept digit (personal set) on the canvas and read it."""
        self.session.drawing.show_sample(sample)
        self.refresh()

    # --- settings ----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        """Window size, docks, splitter and brush as last time; a value that cannot be read
        (edited by hand, another version) counts as missing. The window always fits the
        screen it opens on."""
        s = self.settings
        geometry, state, splitter = (_bytes(s.value(k)) for k in
                                     ("geometry", "window_state", "splitter"))
        if not (geometry and self.restoreGeometry(geometry)):  # first start: most of the screen
            room = self.screen().availableGeometry() if self.screen() else None
            self.resize(int(room.width() * 0.94), int(room.height() * 0.94)) if room \
                else self.resize(1366, 768)
            self.resizeDocks([self.training_dock], [max(180, self.height() // 4)],
                             Qt.Orientation.Vertical)
        if state:
            self.restoreState(state)
        if splitter:
            self.splitter.restoreState(splitter)
        if (screen := self.screen()) is not None:
            room = screen.availableGeometry()
            if self.width() > room.width() or self.height() > room.height():
                self.resize(min(self.width(), room.width()), min(self.height(), room.height()))
            if not room.contains(self.frameGeometry().topLeft()):
                self.move(room.topLeft())
        try:
            brush = int(str(s.value("brush", DEFAULT_BRUSH)))
        except ValueError:
            brush = DEFAULT_BRUSH
        self.brush.setValue(min(max(brush, self.brush.minimum()), self.brush.maximum()))

    def closeEvent(self, e):
        self.training.shutdown()  # a run stops cleanly; nothing half-written is left
        self.inside.shutdown()
        self.session.shutdown()
        self.pictures.cancel()  # a picture being decoded is dropped (its thread ends soon)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("window_state", self.saveState())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(e)
