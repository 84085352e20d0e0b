"""A lesson in the window (core/lessons.py): a bar at the top with the step's caption and what
to try, Back / Next, and each step's state applied to the window.

A step's state is every step up to it merged (what a step leaves out stays as before), so Back
shows a step as it was. A model is loaded first (in the background, as the Model box does) and
the rest follows once it is live. The drawing is put on the canvas only when the step changes
it: a learner's own strokes stay while they step through captions.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from bnn_gui.core.lessons import DRAWINGS, Lesson, LessonError, Step
from bnn_gui.gui.messages import error_text, safe_text


class LessonBar(QWidget):
    """The title, "step 2 of 6", the caption in large type, what to try, Back and Next."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.where = QLabel()
        self.caption = QLabel(wordWrap=True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.invite = QLabel(wordWrap=True)
        self.invite.setTextFormat(Qt.TextFormat.PlainText)
        # a palette, not a style sheet: a style sheet stops the window's font (presenter
        # mode's larger type) from reaching the label
        palette = self.invite.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffb74d"))
        self.invite.setPalette(palette)
        self._scale_fonts()
        self.back = QPushButton(self.tr("◀ Back"))
        self.back.setToolTip(self.tr("The step before (Alt+Left)"))
        self.next = QPushButton(self.tr("Next ▶"))
        self.next.setToolTip(self.tr("The next step (Alt+Right)"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.where)
        top.addWidget(self.back)
        top.addWidget(self.next)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addLayout(top)
        lay.addWidget(self.caption)
        lay.addWidget(self.invite)

    def _scale_fonts(self) -> None:
        """The title bold and the caption a quarter larger than the bar's own type, whatever
        that is (presenter mode makes the whole window's larger)."""
        bold = QFont(self.font())
        bold.setBold(True)
        self.title.setFont(bold)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.caption.setFont(big)

    def changeEvent(self, e):
        super().changeEvent(e)
        if e.type() == QEvent.Type.FontChange:
            self._scale_fonts()
            self.fit()

    def fit(self) -> None:
        """As tall as the caption and the invitation need at this width: never cut (a
        two-line caption was clipped in a bar sized for one)."""
        height = self.layout().totalHeightForWidth(max(self.width(), 300))
        if height > 0:  # -1 while the layout has not been set up
            self.setMinimumHeight(height)

    def resizeEvent(self, e):
        super().resizeEvent(e)
        if e.size().width() != e.oldSize().width():
            self.fit()


class LessonPlayer(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lesson: Lesson | None = None
        self.index = 0
        self.bar = LessonBar()
        self.bar.back.clicked.connect(self.back)
        self.bar.next.clicked.connect(self.next)
        self.dock = QDockWidget(self.tr("Lesson"), window)
        self.dock.setObjectName("dock-lesson")
        self.dock.setWidget(self.bar)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.TopDockWidgetArea
                                  | Qt.DockWidgetArea.BottomDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.dock)
        self.dock.hide()
        self._shown_drawing = None  # the drawing the lesson last put on the canvas
        self._waiting: Step | None = None  # the state to apply once the model is live
        window.session.model_loaded.connect(self._on_session_model_loaded)
        window.session.model_failed.connect(self._on_session_model_failed)

    # --- opening ---------------------------------------------------------------------------
    def open(self, name_or_path) -> bool:
        """Open a built-in lesson by name, or a lesson file; a bad one is one line in the
        status bar and changes nothing. True when it opened."""
        from bnn_gui.core.lessons import load
        from bnn_gui.gui.language import current

        try:
            lesson = load(name_or_path, current())
        except LessonError as e:
            self.window.say(safe_text(self.tr("Could not open the lesson: {0}").format(error_text(e))), 15)
            return False
        self.lesson, self.index, self._shown_drawing = lesson, 0, None
        self.bar.title.setText(lesson.title)
        self.dock.show()
        self.dock.raise_()
        self._show()
        return True

    def close(self) -> None:
        self.lesson, self._waiting = None, None
        self.dock.hide()

    def next(self) -> None:
        if self.lesson is not None and self.index + 1 < len(self.lesson.steps):
            self.index += 1
            self._show()

    def back(self) -> None:
        if self.lesson is not None and self.index > 0:
            self.index -= 1
            self._show()

    # --- showing a step --------------------------------------------------------------------
    def state(self, index: int | None = None) -> Step:
        """Steps 0..index merged: each key as the last step that gave it left it."""
        merged = Step()
        for step in self.lesson.steps[: (self.index if index is None else index) + 1]:
            given = {k: v for k, v in vars(step).items() if v is not None}
            if any(k in given for k in DRAWINGS):  # a step's drawing replaces the one before
                for k in DRAWINGS:
                    setattr(merged, k, None)
            for k, v in given.items():
                setattr(merged, k, v)
            merged.caption, merged.invite = step.caption, step.invite  # the step's own words
        return merged

    def _show(self) -> None:
        n = len(self.lesson.steps)
        state = self.state()
        self.bar.where.setText(self.tr("step {0} of {1}").format(self.index + 1, n))
        self.bar.caption.setText(state.caption)
        self.bar.invite.setText(self.tr("Try: {0}").format(state.invite) if state.invite else "")
        self.bar.back.setEnabled(self.index > 0)
        self.bar.next.setEnabled(self.index + 1 < n)
        self.bar.fit()
        if state.model and not self._is_live(state.model):
            self._waiting = state
            self.window.load_model(state.model)
            return
        self._apply(state)

    def _is_live(self, name: str) -> bool:
        from bnn_gui.core.nets.checkpoint import ModelFileError, resolve

        model = self.window.session.model
        if model is None:
            return False
        try:
            return Path(resolve(name)).resolve() == Path(model.file.path).resolve()
        except (ModelFileError, OSError):
            return False

    def _on_session_model_loaded(self, _model) -> None:
        state, self._waiting = self._waiting, None
        if state is not None and self.lesson is not None:
            self._apply(state)

    def _on_session_model_failed(self, message: str) -> None:
        state, self._waiting = self._waiting, None
        if state is not None and self.lesson is not None:
            self.bar.invite.setText(safe_text(self.tr("(The lesson's model could not be loaded: "
                                                      "{0}; the live model stays.)")
                                              .format(message)))
            self._apply(state)

    def _apply(self, s: Step) -> None:
        w = self.window
        drawing = next(((k, getattr(s, k)) for k in DRAWINGS if getattr(s, k) is not None),
                       None)
        if drawing is not None and drawing != self._shown_drawing:
            self._shown_drawing = drawing
            self._put_drawing(*drawing)
        if s.presenter is not None and s.presenter != w.presenter.on:
            w.presenter_action.setChecked(s.presenter)
            w.presenter.enter() if s.presenter else w.presenter.leave()
        docks = self._docks()
        for name in reversed(s.docks or []):  # the first named ends in front
            from bnn_gui.gui.docks.inspect_docks import bring_to_front

            bring_to_front(docks[name])
        if s.lab is not None:
            lab = w.inside.lab
            lab.choice.setCurrentIndex([e.name for e in lab.experiments].index(s.lab))
        if s.target is not None:
            w.inside.pixels.target.setCurrentIndex(s.target)
        if s.preset is not None:
            w.training.preset_box.setCurrentText(s.preset)
        if s.unit is not None:
            w.refresh()
            if not w.inside.choose_unit(s.unit["layer"], tuple(s.unit["index"])):
                self.bar.invite.setText(safe_text(
                    self.tr("(This model has no unit {0} in a layer {1}; click one in the "
                            "maps.)").format(s.unit['index'], repr(s.unit['layer']))))
        if s.level is not None:
            w.inside.neuron.level_buttons[s.level - 1].setChecked(True)

    def _put_drawing(self, kind: str, value) -> None:
        w = self.window
        if kind == "mnist":
            w.load_mnist_digit(value)
        elif kind == "strokes":
            w.session.drawing.set_strokes([np.asarray(st, float) for st in value])
            w.refresh()
        elif kind == "pixels":
            w.session.drawing.set_image(np.asarray(value, np.float32).reshape(28, 28) / 255)
            w.refresh()
        elif kind == "picture":
            w.open_image(value)

    def _docks(self) -> dict:
        w = self.window
        i = w.inside
        return {"training": w.training_dock, "digits": w.personal_dock, "neuron": i.neuron_dock,
                "twin": i.twin_dock, "pixels": i.pixels_dock, "evaluation": i.evaluation_dock,
                "weights": i.weights_dock, "lab": i.lab_dock}

    # --- saving the window as a lesson -----------------------------------------------------
    def current_state(self) -> Lesson:
        """The window now, as a one-step lesson a teacher can edit."""
        from bnn_gui.core.nets.checkpoint import shipped_models_dir, user_models_dir

        w = self.window
        step = Step(caption=self.tr("(What this step shows, in a sentence or two.)"),
                    invite=self.tr("(What the learner should try.)"))
        model = w.session.model
        if model is not None:
            path = Path(model.file.path)
            named = path.parent.resolve() in (shipped_models_dir().resolve(),
                                              user_models_dir().resolve())
            step.model = path.stem if named else str(path.resolve())
        d = w.session.drawing
        if d.image is not None:
            x = d.input28()
            if x is not None:
                step.pixels = np.rint(np.clip(x, 0, 1) * 255).astype(int).ravel().tolist()
        elif d.all_strokes():
            step.strokes = [[[round(float(x), 2), round(float(y), 2)] for x, y in st]
                            for st in d.all_strokes()]
        in_front = [name for name, dock in self._docks().items()
                    if dock.isVisible() and not dock.visibleRegion().isEmpty()]
        step.docks = in_front or None
        selected = w.inside.neuron.selected
        if selected is not None and selected[0] != "out":
            step.unit = {"layer": selected[0], "index": list(selected[1])}
        step.presenter = bool(w.presenter.on)
        if w.presenter.on:
            buttons = w.inside.neuron.level_buttons
            step.level = next((i + 1 for i, b in enumerate(buttons) if b.isChecked()), None)
        lab = w.inside.lab
        step.lab = lab.experiments[lab.choice.currentIndex()].name
        step.target = w.inside.pixels.target.currentIndex()
        step.preset = w.training.preset_box.currentText()
        return Lesson(self.tr("Saved from bnn-gui on {0}").format(time.strftime('%Y-%m-%d %H:%M')),
                      [step])
