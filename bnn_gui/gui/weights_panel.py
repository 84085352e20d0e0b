"""The live model's weights: the first layer's ±1 weights as pictures (28x28 templates for a
dense first layer, k x k kernels for a conv one), and each binary layer's latent real weights
as a histogram with the clip window [-H, H] marked.

Read from the model file's arrays (numpy), so no PyTorch is needed. The plots are built on
first use (a never-shown pyqtgraph view can crash Qt's teardown at exit).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .neuron_panel import _LUT
from .tiles import tile

MAX_TEMPLATES = 256


def templates(w: np.ndarray, limit: int = MAX_TEMPLATES) -> np.ndarray:
    """First-layer latent weights (U, 784) or (U, 1, k, k) -> one picture of their signs: tiles
    of 28x28 (or k x k) ±1 maps (0 = -1, 1 = +1, 2 = gap) in a near-square grid."""
    w = w[:limit]
    side = 28 if w.ndim == 2 else w.shape[-1]
    return tile((w.reshape(len(w), side, side) >= 0).astype(np.uint8), 2)


def latent_layers(model_file) -> list[tuple[str, np.ndarray]]:
    """(layer name, latent weights) of every binary layer, first to last."""
    cfg = model_file.config
    names = [f"conv{i}" for i in range(1, len(cfg.conv) + 1)]
    names += [f"dense{i}" for i in range(1, len(cfg.hidden) + 1)]
    arrays = model_file.arrays
    out = [(n, arrays[f"blocks.{i}.layer.weight"]) for i, n in enumerate(names)]
    return out + [("out", arrays["out.weight"])]


class WeightsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel("The live model's weights", wordWrap=True)
        self.plot = None
        self._slot = QVBoxLayout()
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(self._slot, 1)
        self.shown_for = None  # the model file shown

    def show_model(self, model) -> None:
        if model is None or model.file is self.shown_for:
            return
        self.shown_for = model.file
        cfg = model.config
        if not cfg.binary_weights:
            self.title.setText(f"{model.name}: real-valued weights; the weight views are for "
                               "networks with binary weights")
            if self.plot is not None:
                self.plot.clear()
            return
        if self.plot is None:
            self.plot = pg.GraphicsLayoutWidget()
            self.plot.setBackground("#202020")
            self._slot.addWidget(self.plot)
        self.plot.clear()
        layers = latent_layers(model.file)
        first_name, first = layers[0]
        self.title.setText(
            f"<b>{model.name}</b>: left, the signs of {first_name}'s weights, one picture per "
            f"unit (light +1, dark -1; first {min(len(first), MAX_TEMPLATES)}); right, the latent "
            f"real weights of every binary layer, clip window ±{cfg.clip:g} in orange")
        vb = self.plot.addViewBox(row=0, col=0, rowspan=len(layers), lockAspect=True,
                                  enableMouse=False)
        vb.invertY(True)
        img = pg.ImageItem(templates(first), axisOrder="row-major")  # (rows, columns)
        img.setLookupTable(_LUT)
        img.setLevels((0, 2))
        vb.addItem(img)
        for row, (name, w) in enumerate(layers):
            p = self.plot.addPlot(row=row, col=1, title=f"{name}: {w.size:,} latent weights")
            counts, edges = np.histogram(w.reshape(-1), bins=60,
                                         range=(-1.1 * cfg.clip, 1.1 * cfg.clip))
            p.plot(edges, counts, stepMode="center", fillLevel=0, brush="#4f81c7",
                   pen=pg.mkPen("#6a8fd0"))
            for x in (-cfg.clip, cfg.clip):
                p.addItem(pg.InfiniteLine(x, pen=pg.mkPen("#ff8c00", width=2)))
            p.setMouseEnabled(x=False, y=False)
            p.hideAxis("left")
