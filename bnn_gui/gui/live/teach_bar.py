"""The "That's wrong" bar under the answer: one click labels the drawing on the canvas (the
window also takes the digit keys) and adds it to the personal set."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget

from bnn_gui.gui.live.painted import TextLine

CONFIRM_S = 8  # how long "kept as a 7" stays under the buttons


class TeachBar(QWidget):
    """ "Wrong? It's a: 0 1 2 … 9" — one click labels the drawing."""

    labelled = Signal(int)
    undo_requested = Signal()  # take the digit just kept back out of the set

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QGridLayout(self)  # two rows of five: fits the answer's narrow column
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        wrong = QLabel(self.tr("Wrong? It's a…"))
        wrong.setToolTip(self.tr("Click the right digit (or type it) to keep your drawing "
                                 "with its label in your personal set"))
        lay.addWidget(wrong, 0, 0, 1, 5)
        self.buttons = []
        for d in range(10):
            b = QToolButton(text=str(d))
            b.setToolTip(self.tr("Add your drawing to your personal set as a {0} (or press "
                                 "{0})").format(d))
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _=False, d=d: self.labelled.emit(d))
            lay.addWidget(b, 1 + d // 5, d % 5)
            self.buttons.append(b)
        # what a label did, in plain sight (a digit key alone used to say it only in the
        # status bar), with an Undo beside it; fixed height: nothing moves when it appears
        self.confirmation = TextLine(lines=1)
        self.confirmation.set_colour("#81c784")
        self.undo_button = QToolButton(text=self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take this digit back out of My digits"))
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.undo_button.setEnabled(False)
        lay.addWidget(self.confirmation, 3, 0, 1, 4)
        lay.addWidget(self.undo_button, 3, 4)
        self._clear = QTimer(self, singleShot=True, interval=CONFIRM_S * 1000)
        self._clear.timeout.connect(self._on_clear_timeout)

    def confirm(self, text: str, undoable: bool) -> None:
        """Say what the label did (e.g. "kept as a 7 in My digits") for a few seconds."""
        self.confirmation.setText(text)
        self.undo_button.setEnabled(undoable)
        self._clear.start()

    def _on_undo_button_clicked(self) -> None:
        self.undo_requested.emit()
        self._on_clear_timeout()

    def _on_clear_timeout(self) -> None:
        self.confirmation.setText("")
        self.undo_button.setEnabled(False)
