"""The live model on MNIST's test set: accuracy per digit, a confusion matrix whose cells open
the digits they count, and a gallery of misread digits that load onto the canvas."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from bnn_gui.gui.background import Background
from bnn_gui.gui.live.images import thumbnail
from bnn_gui.core.translatable import WordedError
from bnn_gui.gui.messages import error_text
from bnn_gui.gui.language import number

GALLERY_MAX = 400  # thumbnails shown at once


class EvaluationPanel(QWidget):
    digit_chosen = Signal(int)  # index of a test digit to put on the canvas

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None
        self.data = None  # the Dataset evaluated
        self.run_button = QPushButton(QCoreApplication.translate("EvaluationPanel", "Evaluate the live model"))
        self.run_button.setToolTip(QCoreApplication.translate("EvaluationPanel", "Read all 10,000 MNIST test digits with the live model"))
        self.summary = QLabel(QCoreApplication.translate("EvaluationPanel", "Accuracy per digit, the confusion matrix and the misread digits "
                              "of the live model on MNIST's test set."), wordWrap=True)
        self.table = QTableWidget(11, 10)
        self.table.setToolTip(QCoreApplication.translate("EvaluationPanel", "Rows: the true digit; columns: the answer. Click a cell to see "
                              "its digits"))
        self.table.setHorizontalHeaderLabels([f"→{d}" for d in range(10)])
        self.table.setVerticalHeaderLabels([str(d) for d in range(10)] + ["acc"])
        # rows and columns share the room: all ten rows and "acc" in view without scrolling
        # in a laptop's low dock
        for hdr in (self.table.horizontalHeader(), self.table.verticalHeader()):
            hdr.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            hdr.setMinimumSectionSize(14)
        self.table.cellClicked.connect(self._on_table_cell_clicked)
        self.gallery = QListWidget()
        self.gallery.setViewMode(QListWidget.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(56, 56))
        self.gallery.setGridSize(QSize(84, 84))
        self.gallery.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.gallery.setToolTip(QCoreApplication.translate("EvaluationPanel", "Double-click a digit to put it on the canvas"))
        self.gallery.itemDoubleClicked.connect(
            lambda item: self.digit_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole))))
        self.gallery_label = QLabel("")
        left = QVBoxLayout()
        left.addWidget(self.run_button)
        left.addWidget(self.summary)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(self.gallery_label)
        right.addWidget(self.gallery, 1)
        lay = QHBoxLayout(self)
        lay.addLayout(left, 3)
        lay.addLayout(right, 2)
        self.background = Background(self)
        self.background.done.connect(self._on_background_done)
        self.background.failed.connect(self._on_background_failed)

    def evaluate(self, model, data) -> None:
        """Run in the background; the views fill in when it is done."""
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("reading 10,000 test digits with {0}…").format(model.name))
        self.background.call(lambda stop: _evaluate(model, data))

    def shutdown(self) -> None:
        self.background.cancel()

    def _on_background_failed(self, e: Exception) -> None:
        self.run_button.setEnabled(True)  # shown in the panel; the app keeps running
        self.summary.setText(self.tr("evaluation failed: {0}").format(error_text(e) if isinstance(e, WordedError) else f"{type(e).__name__}: {e}"))

    def _on_background_done(self, payload) -> None:
        self.run_button.setEnabled(True)
        name, self.data, self.result = payload
        r = self.result
        m, acc = r.confusion, r.per_digit()
        worst = int(np.nanargmin(acc))
        self.summary.setText(self.tr("<b>{0}</b>: {1}% of {2} test digits; hardest digit {3} "
                                     "({4}%)").format(name, number(100 * r.accuracy, 2),
                                                      number(len(r.labels)), worst,
                                                      number(100 * acc[worst], 1)))
        peak = max(1, int((m - np.diag(np.diag(m))).max()))
        for t in range(10):
            for a in range(10):
                item = QTableWidgetItem(str(m[t, a]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if t != a and m[t, a]:
                    item.setBackground(QColor(200, 60, 60, int(40 + 200 * m[t, a] / peak)))
                self.table.setItem(t, a, item)
        for d in range(10):
            item = QTableWidgetItem(number(100 * acc[d], 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(10, d, item)
        self.show_digits(r.indices(wrong_only=True), self.tr("all misread digits"))

    def _on_table_cell_clicked(self, row: int, col: int) -> None:
        if self.result is None or row > 9:
            return
        what = self.tr("true {0}, read as {1}").format(row, col)
        self.show_digits(self.result.indices(true=row, answer=col), what)

    def show_digits(self, idx: np.ndarray, what: str) -> None:
        r = self.result
        self.gallery.clear()
        more = self.tr(" (first {0})").format(GALLERY_MAX) if len(idx) > GALLERY_MAX else ""
        self.gallery_label.setText(self.tr("{0}: {1}{2}; double-click one to draw it").format(
            what, len(idx), more))
        for i in idx[:GALLERY_MAX]:
            item = QListWidgetItem(thumbnail(self.data.test_x[i]),
                                   f"{r.labels[i]}→{r.answers[i]}")
            item.setToolTip(self.tr("test digit #{0}: true {1}, read as {2} ({3}%), second "
                                    "choice {4}").format(i, r.labels[i], r.answers[i],
                                                         number(100 * r.confidence[i], 0),
                                                         r.second[i]))
            item.setData(Qt.ItemDataRole.UserRole, int(i))
            self.gallery.addItem(item)


def _evaluate(model, data):
    from bnn_gui.core.evaluation import evaluate

    return model.name, data, evaluate(model, data.test_x, data.test_y)
