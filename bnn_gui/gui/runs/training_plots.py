"""Live training curves: loss per batch, accuracy, learning rate, and sign flips per layer.

Curves are created once per run and grown with ``setData``; x is in epochs throughout (batch b
of epoch e sits at e + (b + 1) / batches), so every plot shares one axis.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from bnn_gui.gui.language import number

SMOOTHING = 0.05  # weight of the newest loss in the exponential moving average (bias-corrected)
_LAYER_COLOURS = ["#4fc3f7", "#ffb74d", "#81c784", "#e57373", "#ba68c8", "#fff176", "#90a4ae"]


def log_ticks(lo: float, hi: float) -> list:
    """pyqtgraph ticks for values drawn as log10(v): each decade, labelled as the value
    ("0.1", "1"), and, when the range spans less than two decades, 2x and 5x of each."""
    d0, d1 = int(np.floor(np.log10(lo))), int(np.ceil(np.log10(hi)))
    steps = (1, 2, 5) if d1 - d0 < 2 else (1,)
    values = [m * 10.0 ** d for d in range(d0, d1 + 1) for m in steps]
    return [[(float(np.log10(v)), f"{v:g}") for v in values], []]


FLIP_TITLE = QT_TRANSLATE_NOOP("TrainingPlots", "signs flipped %")
KEYED_MIN_WIDTH = 300  # pixels a plot: narrower, its title goes without the curves' names


def _keyed(title: str, keys: list[tuple[str, str]]) -> str:
    """A plot's title followed by its curves' names, each in its curve's colour."""
    names = " ".join(f"<span style='color:{c}'>{html.escape(n)}</span>" for n, c in keys)
    return f"{html.escape(title)}: {names}" if keys else html.escape(title)


class TrainingPlots(pg.GraphicsLayoutWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setToolTip(QCoreApplication.translate("TrainingPlots", "Live curves of the run: x is in epochs in every plot"))
        self.loss_plot = self._plot(self.tr("loss per batch (log scale)"), 0, 0)
        self.acc_plot = self._plot(self.tr("accuracy %"), 0, 1)
        self.lr_plot = self._plot(self.tr("learning rate"), 1, 0)
        self.flip_plot = self._plot(self.tr(FLIP_TITLE), 1, 1)
        # The learning rate on a linear axis from 0: a log axis over less than a decade (the
        # first epochs) labels its minor ticks on top of each other.
        # The loss is drawn as log10(loss) on a linear axis whose ticks are labelled with the
        # loss itself (log_ticks): the first batches' loss would flatten the rest on a linear
        # scale, and pyqtgraph's log axis labels its minor ticks on top of each other when the
        # range is under a decade.
        # No legend boxes: in a low dock (a laptop's 60-px plots) they covered the curves. Each
        # title names its curves in their own colours instead.
        self._keys = {self.loss_plot: (self.tr("loss (log)"), [(self.tr("raw"), "#5c6b7a"),
                                                               (self.tr("smoothed"), "#4fc3f7")]),
                      self.acc_plot: (self.tr("accuracy %"), [(self.tr("train ●"), "#ffb74d"),
                                                              (self.tr("test ■"), "#81c784"),
                                                              (number(2000) + " ▲", "#81c784")]),
                      self.lr_plot: (self.tr("learning rate"), []),
                      self.flip_plot: (self.tr(FLIP_TITLE), [])}
        self._short = False  # titles without their keys (narrow plots): in the tooltip then
        self.acc_plot.setToolTip(QCoreApplication.translate("TrainingPlots", "accuracy on the training batches (●), on MNIST's 10,000 test "
                                 "digits after each epoch (■), and on a fixed 2,000 of them "
                                 "during epochs (▲, dashed)"))
        self.loss_plot.setDownsampling(auto=True, mode="mean")
        self.loss_plot.setClipToView(True)
        self.loss_raw = self.loss_plot.plot(pen=pg.mkPen("#5c6b7a", width=1), name="raw")
        self.loss_smooth = self.loss_plot.plot(pen=pg.mkPen("#4fc3f7", width=2), name="smoothed")
        # markers in their curve's colour and of two shapes: train and test tell apart
        self.train_acc = self.acc_plot.plot(pen=pg.mkPen("#ffb74d", width=2), symbol="o",
                                            symbolSize=6, symbolBrush="#ffb74d",
                                            symbolPen="#ffb74d", name="train")
        self.test_acc = self.acc_plot.plot(pen=pg.mkPen("#81c784", width=2), symbol="s",
                                           symbolSize=6, symbolBrush="#81c784",
                                           symbolPen="#81c784", name="test")
        # measured during epochs on a fixed 2,000-digit subset: the curve moves within seconds
        self.probe_acc = self.acc_plot.plot(pen=pg.mkPen("#81c784", width=1,
                                                        style=Qt.PenStyle.DashLine),
                                            symbol="t", symbolSize=5, symbolBrush="#81c784",
                                            symbolPen="#81c784", name=self.tr("test, 2,000 digits"))
        self.lr_curve = self.lr_plot.plot(pen=pg.mkPen("#ba68c8", width=2))  # per update
        self.flip_curves: dict[str, pg.PlotDataItem] = {}
        self._columns = 2  # as laid out above
        self.clear_run()

    def resizeEvent(self, e):
        super().resizeEvent(e)
        # In a low, wide dock (a laptop's), the four plots go side by side, each with the
        # whole height; otherwise two by two.
        columns = 4 if self.width() > 3 * self.height() and self.width() >= 4 * 200 else 2
        short = self.width() / columns < KEYED_MIN_WIDTH
        if hasattr(self, "_keys"):
            self._short = short
            self._retitle()
        if columns != getattr(self, "_columns", columns):  # (not while being built)
            self._columns = columns
            plots = (self.loss_plot, self.acc_plot, self.lr_plot, self.flip_plot)
            for p in plots:
                self.ci.removeItem(p)
            for i, p in enumerate(plots):
                self.ci.addItem(p, row=i // columns, col=i % columns)
            for p in plots:  # equal widths, whatever the titles and legends
                p.setPreferredWidth(100)
                p.setMinimumWidth(80)
            for c in range(4):
                self.ci.layout.setColumnStretchFactor(c, 1 if c < columns else 0)

    def _retitle(self) -> None:
        """Each title with its curves' names in their colours, or, where a plot is too narrow
        for that, the title alone (the names in the plots' tooltip)."""
        width = self.width() / max(getattr(self, "_columns", 2), 1)
        for plot, (title, keys) in self._keys.items():
            # at most 9 pixels a character at the titles' size: keys only where they fit
            fits = 9 * len(f"{title}: " + " ".join(n for n, _ in keys)) + 40 <= width
            plot.setTitle(_keyed(title, keys) if fits and not self._short else html.escape(title))
        names = "; ".join(f"{t}: " + ", ".join(n for n, _ in k)
                          for t, k in self._keys.values() if k)
        self.setToolTip(self.tr("Live curves of the run: x is in epochs in every plot") +
                        (f"\n{names}" if self._short and names else ""))

    def _plot(self, title: str, row: int, col: int) -> pg.PlotItem:
        p = self.addPlot(row=row, col=col, title=title)
        p.showGrid(x=True, y=True, alpha=0.2)
        p.setLabel("bottom", QCoreApplication.translate("TrainingPlots", "epoch"))
        for side in ("bottom", "left"):  # never "epoch (x0.001)"
            p.getAxis(side).enableAutoSIPrefix(False)
        p.setMouseEnabled(x=False, y=False)
        return p

    def clear_run(self) -> None:
        self._smooth: list[float] = []  # the smoothed loss: the view's own, derived from the raw
        self._ema, self._ema_n = 0.0, 0  # the moving average from 0, and how many losses
        self._lr_x: list[float] = []
        self._lr: list[float] = []
        for c in self.flip_curves.values():
            self.flip_plot.removeItem(c)
        self.flip_curves.clear()
        if hasattr(self, "_keys"):
            self._keys[self.flip_plot] = (self.tr(FLIP_TITLE), [])
            self._retitle()
        for c in (self.loss_raw, self.loss_smooth, self.train_acc, self.test_acc, self.lr_curve,
                  self.probe_acc):
            c.setData([], [])
        self.acc_plot.setYRange(0, 100)  # in percent from the start, not 0..1 while empty

    def add_losses(self, record, losses: list[float]) -> None:
        """The run (a RunRecord) gained ``losses``, the last batches' (already in the record)."""
        for loss in losses:
            if np.isfinite(loss):
                self._ema += SMOOTHING * (loss - self._ema)
                self._ema_n += 1
            # an average started at 0 is too low by the factor 1 - (1 - a)^n: divided out, the
            # first point is the first loss, and the curve never starts above every raw point
            bias = 1 - (1 - SMOOTHING) ** self._ema_n
            self._smooth.append(self._ema / bias if self._ema_n else loss)
        x = np.asarray(record.batch_x)
        raw, smooth = np.asarray(record.batch_loss), np.asarray(self._smooth)
        with np.errstate(divide="ignore", invalid="ignore"):  # a 0 or NaN loss: not drawn
            self.loss_raw.setData(x, np.log10(raw), connect="finite")
            self.loss_smooth.setData(x, np.log10(smooth), connect="finite")
        finite = raw[np.isfinite(raw) & (raw > 0)]
        if finite.size:
            self.loss_plot.getAxis("left").setTicks(log_ticks(finite.min(), finite.max()))
        # the learning rate as the optimiser had it, at every update of the curves: a
        # per-batch schedule (one-cycle) shows its shape, a per-epoch one its steps
        self._lr_x.append(record.batch_x[-1])
        self._lr.append(record.last.lr)
        self.lr_curve.setData(np.asarray(self._lr_x), np.asarray(self._lr))
        self.lr_plot.setYRange(0, 1.1 * max(self._lr), padding=0)

    def add_probe(self, record) -> None:
        """The test accuracy on the 2,000-digit subset, at a fraction of an epoch (a Probe)."""
        self.probe_acc.setData(np.asarray(record.probe_x), np.asarray(record.probe_test))
        self.acc_plot.enableAutoRange(y=True)

    def add_epoch(self, record) -> None:
        """An epoch ended: accuracy, learning rate and flips gain a point."""
        x = np.asarray(record.epochs, float)
        self.train_acc.setData(x, np.asarray(record.train_accuracy))
        self.test_acc.setData(x, np.asarray(record.test))
        self.acc_plot.enableAutoRange(y=True)
        for layer in record.flips[-1]:
            ys = [100 * f[layer] for f in record.flips if layer in f]
            if layer not in self.flip_curves:
                colour = _LAYER_COLOURS[len(self.flip_curves) % len(_LAYER_COLOURS)]
                self.flip_curves[layer] = self.flip_plot.plot(
                    pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=5,
                    symbolBrush=colour, name=layer)
                self._keys[self.flip_plot] = (self.tr(FLIP_TITLE), [
                    (name, _LAYER_COLOURS[i % len(_LAYER_COLOURS)])
                    for i, name in enumerate(self.flip_curves)])
                self._retitle()
            self.flip_curves[layer].setData(x[-len(ys):], np.asarray(ys))
