"""The live model's weights: the first layer's ±1 weights as pictures (28x28 templates for a
dense first layer, k x k kernels for a conv one), a page at a time; and one binary layer's
latent real weights as a histogram with the clip window [-H, H] marked, chosen in a list.

Read from the model file's arrays (numpy), so no PyTorch is needed. The plots are built on
first use (a never-shown pyqtgraph view can crash Qt's teardown at exit).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QVBoxLayout, QWidget)

from bnn_gui.gui.docks.neuron_panel import _LUT
from bnn_gui.gui.live.tiles import tile
from bnn_gui.gui.language import number

MAX_TEMPLATES = 256
PAGE = 32  # templates per page: 4 rows of 8, each still tens of pixels tall in a short dock


def templates(w: np.ndarray, limit: int = MAX_TEMPLATES, start: int = 0,
              box: float = 1.0) -> np.ndarray:
    """First-layer latent weights (U, 784) or (U, 1, k, k) -> one picture of the signs of
    units ``start`` .. ``start + limit``: tiles of 28x28 (or k x k) ±1 maps (0 = -1, 1 = +1,
    2 = gap) in a grid that fills a box ``box`` times as wide as tall."""
    w = w[start: start + limit]
    side = 28 if w.ndim == 2 else w.shape[-1]
    return tile((w.reshape(len(w), side, side) >= 0).astype(np.uint8), 2, box=box)


def latent_layers(model_file) -> list[tuple[str, np.ndarray]]:
    """(layer name, latent weights) of every binary layer, first to last."""
    cfg = model_file.config
    names = [f"conv{i}" for i in range(1, len(cfg.conv) + 1)]
    names += [f"dense{i}" for i in range(1, len(cfg.hidden) + 1)]
    arrays = model_file.arrays
    out = [(n, arrays[f"blocks.{i}.layer.weight"]) for i, n in enumerate(names)]
    return out + [("out", arrays["out.weight"])]


def latent_summary(w: np.ndarray, clip: float) -> str:
    """What a histogram of latent weights says, in words: how many sit at the clip (they
    keep their sign until the gradient turns for many steps) and how many near 0 (a few
    steps can flip them)."""
    a = np.abs(w.reshape(-1))
    at_clip = float((a >= 0.99 * clip).mean())
    near0 = float((a < 0.05 * clip).mean())
    return QCoreApplication.translate(
        "WeightsPanel", "{0} latent weights: {1}% at the clip, {2}% near 0 (|w| < {3})").format(
            number(w.size), number(100 * at_clip, 1), number(100 * near0, 1), f"{0.05 * clip:g}")


class WeightsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel(QCoreApplication.translate("WeightsPanel", "The live model's weights"))
        self.pictures = self.histogram = None  # built on first use
        self.layers: list[tuple[str, np.ndarray]] = []
        self.first: np.ndarray | None = None
        self.page = 0
        self.clip = 1.0
        self.prev_button = QPushButton("‹")
        self.next_button = QPushButton("›")
        self.prev_button.setToolTip(QCoreApplication.translate("WeightsPanel", "Previous units (Page Up)"))
        self.next_button.setToolTip(QCoreApplication.translate("WeightsPanel", "Next units (Page Down)"))
        self.prev_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        for key, step in (("PgUp", -1), ("PgDown", 1)):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda step=step: self.show_page(self.page + step))
        self.page_label = QLabel()
        self.layer_box = QComboBox()
        self.layer_box.setToolTip(QCoreApplication.translate("WeightsPanel", "The layer whose latent weights the histogram shows"))
        self.layer_box.currentIndexChanged.connect(self.show_layer)
        self.stats = QLabel()
        for label in (self.title, self.stats):  # one line each, cut at the panel's width
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Side by side, captions on one line: both plots get nearly the dock's whole height
        # (a quarter of the window), with no scroll bar.
        side = QVBoxLayout()
        pager = QHBoxLayout()
        for w in (self.prev_button, self.page_label, self.next_button):
            pager.addWidget(w)
        side.addLayout(pager)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(QCoreApplication.translate("WeightsPanel", "Histogram of")))
        chooser.addWidget(self.layer_box, 1)
        side.addLayout(chooser)
        side.addStretch(1)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 2, 4, 2)
        self.grid.setVerticalSpacing(2)
        self.grid.addWidget(self.title, 0, 0)
        self.grid.addWidget(self.stats, 0, 2)
        self.grid.addLayout(side, 0, 1, 2, 1)
        self.grid.setRowStretch(1, 1)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 4)
        self.shown_for = None  # the model file shown

    def _build_plots(self) -> None:
        self.pictures = pg.GraphicsLayoutWidget()
        self.pictures.setBackground("#202020")
        self.pictures.setMinimumSize(160, 80)
        self.pictures.installEventFilter(self)
        self.view = self.pictures.addViewBox(lockAspect=True, enableMouse=False)
        self.view.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")  # (rows, columns): as drawn
        self.image.setLookupTable(_LUT)
        self.view.addItem(self.image)
        self.histogram = pg.PlotWidget(background="#202020")
        self.histogram.setMinimumSize(200, 80)
        self.histogram.setMouseEnabled(x=False, y=False)
        self.histogram.setLabel("left", QCoreApplication.translate("WeightsPanel", "weights"))
        self.histogram.setLabel("bottom", QCoreApplication.translate("WeightsPanel", "latent value"))
        for axis in ("left", "bottom"):
            self.histogram.getAxis(axis).enableAutoSIPrefix(False)
        self.grid.addWidget(self.pictures, 1, 0)
        self.grid.addWidget(self.histogram, 1, 2)

    def show_model(self, model) -> None:
        if model is None or model.file is self.shown_for:
            return
        self.shown_for = model.file
        cfg = model.config
        if not cfg.binary_weights:
            self.title.setText(self.tr("{0}: real-valued weights; the weight views are for "
                                       "networks with binary weights").format(model.name))
            self.layers, self.first = [], None
            if self.pictures is not None:
                self.image.clear()
                self.histogram.clear()
            self.layer_box.clear()
            self.page_label.setText("")
            self.stats.setText("")
            return
        if self.pictures is None:
            self._build_plots()
        self.layers = latent_layers(model.file)
        name, self.first = self.layers[0]
        self.clip = cfg.clip
        self.title.setText(self.tr("<b>{0}</b>: signs of {1}'s weights (light +1, dark −1)")
                           .format(model.name, name))
        self.title.setToolTip(self.title.text())
        self.stats.setToolTip(
            self.tr("The latent real weights of the layer chosen, kept within the clip ±{0} "
                    "(orange). Training changes them; the network uses only their signs. A weight "
                    "at the clip has been pushed one way for many steps, so its sign is settled; "
                    "one near 0 flips as soon as the gradient says so.").format(f"{cfg.clip:g}"))
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        self.layer_box.addItems([n for n, _ in self.layers])
        self.layer_box.blockSignals(False)
        self.show_page(0)
        self.show_layer(0)

    def eventFilter(self, obj, e):
        if obj is self.pictures and e.type() == QEvent.Type.Resize:
            self.show_page(self.page)  # the grid follows the pictures' shape
        return False

    def pages(self) -> int:
        return 0 if self.first is None else -(-len(self.first) // PAGE)

    def show_page(self, page: int) -> None:
        if self.first is None:
            return
        self.page = min(max(page, 0), self.pages() - 1)
        start = self.page * PAGE
        size = self.pictures.size()
        box = size.width() / max(size.height(), 1)
        self.image.setImage(templates(self.first, PAGE, start, box), levels=(0, 2))
        self.view.autoRange(padding=0.02)
        end = min(start + PAGE, len(self.first))
        # counted from 0, as the maps, the neuron view and `--unit` count them
        self.page_label.setText(f"units {start}–{end - 1} of 0–{len(self.first) - 1}")
        self.prev_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.pages() - 1)

    def show_layer(self, index: int) -> None:
        if not 0 <= index < len(self.layers):
            return
        name, w = self.layers[index]
        clip = self.clip
        counts, edges = np.histogram(w.reshape(-1), bins=60, range=(-1.1 * clip, 1.1 * clip))
        p = self.histogram
        p.clear()
        p.plot(edges, counts, stepMode="center", fillLevel=0, brush="#4f81c7",
               pen=pg.mkPen("#6a8fd0"))
        for x in (-clip, clip):
            p.addItem(pg.InfiniteLine(x, pen=pg.mkPen("#ff8c00", width=2)))
        p.setXRange(-1.1 * clip, 1.1 * clip, padding=0)
        # Latent weights pile up at the clip; scaled to those two bars, the rest of the
        # histogram would be flat. The axis follows the other bars and the tall ones are
        # labelled with their counts.
        centres = (edges[:-1] + edges[1:]) / 2
        inner = counts[np.abs(centres) < 0.97 * clip]
        top = max(int(inner.max()) if inner.size else 0, 1) * 1.3
        if counts.max() <= top:
            top = max(int(counts.max()), 1) * 1.05
        for x, c in zip(centres, counts):
            if c > top:
                label = pg.TextItem(f"{c:,} ↑", color="#ffb060",
                                    anchor=(1 if x > 0 else 0, 0))
                label.setPos(x, top)
                p.addItem(label)
        p.setYRange(0, top, padding=0)
        self.stats.setText(f"{name}: " + latent_summary(w, clip))
