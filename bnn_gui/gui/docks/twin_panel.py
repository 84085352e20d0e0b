"""The float twin: a network of the live model's own architecture reads the same drawing, side
by side with it, to see what binarising costs (and nothing else: a conv net is compared with
a conv net). A control picks the twin: real weights and activations, binary weights only
(BinaryConnect, for the MLP), or fully binary. Under the answers: whether they agree, how
each ranks the ten digits, and how far the two orders agree (``core.twin_compare``). Hidden
units are not compared: networks trained apart order their units each its own way."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bnn_gui.gui.live.painted import TextLine
from bnn_gui.gui.live.prediction_view import ProbabilityBars
from bnn_gui.gui.live.session import ModelLoader
from bnn_gui.gui.language import number

TWINS = {  # the live model's architecture -> (label, shipped model name)
    "mlp": [(QT_TRANSLATE_NOOP("TwinPanel", "float: real weights and activations (float-mlp)"), "float-mlp"),
            (QT_TRANSLATE_NOOP("TwinPanel", "binary weights only: BinaryConnect (binaryconnect-det)"),
             "binaryconnect-det"),
            (QT_TRANSLATE_NOOP("TwinPanel", "fully binary: weights and activations ±1 (bnn-mlp)"), "bnn-mlp")],
    "cnn": [(QT_TRANSLATE_NOOP("TwinPanel", "float: real weights and activations (float-cnn)"), "float-cnn"),
            (QT_TRANSLATE_NOOP("TwinPanel", "fully binary: weights and activations ±1 (bnn-cnn)"), "bnn-cnn")],
}


class _Side(QWidget):
    def __init__(self, title: str):
        super().__init__()
        self.title = QLabel(title, wordWrap=True)
        self.answer = TextLine(point_size=32, bold=True)
        self.answer.set_colour("#ff8c00")
        self.answer.setText("–")
        self.bars = ProbabilityBars()
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.answer)
        lay.addWidget(self.bars, 1)

    def show_reading(self, reading) -> None:
        if reading is None or reading.digit is None:
            self.answer.setText("–")
            self.bars.set_probabilities([0] * 10)
            return
        self.answer.setText(f"{reading.digit}  ({100 * reading.confidence:.0f}%)")
        self.bars.set_probabilities(reading.probabilities)


class TwinPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.choice = QComboBox()
        self.architecture = None
        self.set_architecture("mlp")
        self.choice.setToolTip(QCoreApplication.translate("TwinPanel", "The network to compare with the live model on your drawing"))
        self.choice.currentIndexChanged.connect(self._on_choice_changed)
        self.live = _Side(self.tr("live model"))
        self.twin = _Side(self.tr("twin"))
        self.status = QLabel(wordWrap=True)
        self.agreement = QLabel(wordWrap=True)
        self.agreement.setTextFormat(Qt.TextFormat.RichText)
        self.agreement.setToolTip(
            QCoreApplication.translate("TwinPanel", "The two answers, each network's order of the ten digits, and Spearman's rank "
            "correlation of the two orders (1: the same order). Hidden units are not compared: "
            "two networks trained apart learn their units in their own order, so unit 5 of "
            "one has nothing to do with unit 5 of the other (about half their signs agree "
            "whatever you draw)."))
        self.model = None  # the twin's own model, loaded off the GUI thread
        self._started = False
        self.loader = ModelLoader(self)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.loader.failed.connect(self.status.setText)
        self._x = None
        self._live_reading = None
        self._live_model = None
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("TwinPanel", "Compare with")))
        top.addWidget(self.choice, 1)
        sides = QHBoxLayout()
        sides.addWidget(self.live, 1)
        sides.addWidget(self.twin, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(sides, 1)
        lay.addWidget(self.agreement)
        lay.addWidget(self.status)

    def set_architecture(self, kind: str) -> None:
        """Offer the twins of the live model's architecture ("mlp" or "cnn")."""
        if kind == self.architecture:
            return
        self.architecture = kind
        self.choice.blockSignals(True)
        self.choice.clear()
        for text, name in TWINS[kind]:
            self.choice.addItem(self.tr(text), name)
        self.choice.blockSignals(False)
        if getattr(self, "_started", False):  # a twin was asked for: show the new kind's
            self.model = None
            self._on_choice_changed()

    def start(self, live_model=None) -> None:
        """Load the chosen twin for ``live_model``'s architecture (first use of the panel)."""
        if live_model is not None:
            self.set_architecture("cnn" if live_model.config.conv else "mlp")
        if not self._started:
            self._started = True
            self._on_choice_changed()

    def _on_choice_changed(self, *_):
        name = self.choice.currentData()
        self.status.setText(f"loading {name}…")
        self.loader.load(name)

    def _on_loader_loaded(self, model) -> None:
        self.model = model
        acc = model.test_accuracy
        self.twin.title.setText(
            (self.tr("twin: {0} ({1} engine, test accuracy {2}%)") if acc else
             self.tr("twin: {0} ({1} engine)")).format(model.name, model.engine,
                                                      number(100 * (acc or 0), 2)))
        self.status.setText("")
        self.update_from(self._x, self._live_reading, None)

    def update_from(self, x28, live_reading, live_model) -> None:
        """Both networks on the same 28x28 (None: blank canvas)."""
        self._x, self._live_reading = x28, live_reading
        if live_model is not None:
            self._live_model = live_model
            acc = live_model.test_accuracy
            self.live.title.setText(
                (self.tr("live: {0} (test accuracy {1}%)") if acc else self.tr("live: {0}"))
                .format(live_model.name, number(100 * (acc or 0), 2)))
            self.set_architecture("cnn" if live_model.config.conv else "mlp")
        self.live.show_reading(live_reading)
        twin = None if self.model is None else self.model.read(x28)
        self.twin.show_reading(twin)
        live = self._live_model
        same = self.model is not None and live is not None and \
            self.model.file.path == live.file.path
        self.agreement.setText(_comparison_text(live_reading, twin, same))


def _comparison_text(live, twin, same_network: bool) -> str:
    from bnn_gui.core.engine.twin_compare import compare

    c = compare(live, twin)
    if c is None:
        return ""
    if same_network:
        return QCoreApplication.translate(
            "TwinPanel", "The twin is the live model itself: the same answer and every bit the "
            "same.")
    if c.same_answer:
        head = QCoreApplication.translate("TwinPanel", "Both read <b>{0}</b>.").format(live.digit)
    else:
        head = QCoreApplication.translate(
            "TwinPanel", "They differ: the live model reads <b>{0}</b>, the twin <b>{1}</b> (the "
            "live model's choice number {2}).").format(live.digit, twin.digit,
                                                       c.live_rank_of_twin_answer)
    order = QCoreApplication.translate(
        "TwinPanel", "Most to least likely: live {0} …, twin {1} …; the two orders agree with "
        "rank correlation {2} (1: the same order).").format(
            " ".join(map(str, c.live_order[:5])), " ".join(map(str, c.twin_order[:5])),
            f"{c.rank_correlation:+.2f}")
    return f"{head} {order}<br><i>" + QCoreApplication.translate(
        "TwinPanel", "Hidden units are not compared: networks trained apart order their units "
        "each its own way.") + "</i>"
