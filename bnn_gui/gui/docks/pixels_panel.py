"""The "Which pixels matter" dock: over what the network sees, what inking or erasing each
pixel would do to the answer (core/pixel_influence.py), computed in the background once a
stroke ends and dropped when the next one starts; and "Make it read as N": the fewest pixel
changes found greedily, as a picture a person can put on the canvas."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from bnn_gui.gui.background import Background
from bnn_gui.gui.live.pictures import region_edges
from bnn_gui.gui.messages import error_text

REST_MS = 250  # the drawing must rest this long (no new point, pen lifted) before a map


class PixelPicture(QWidget):
    """A 28x28 picture scaled up to fit, with an optional RGBA overlay and outlined pixels;
    ``hovered`` gives the (row, col) under the mouse."""

    hovered = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(112, 112)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._image: QImage | None = None
        self._outlined = np.zeros((28, 28), bool)

    def set(self, x28: np.ndarray | None, overlay: np.ndarray | None = None,
            outlined: np.ndarray | None = None) -> None:
        """``overlay``: (28, 28, 4) uint8 RGBA painted over the grey picture."""
        if x28 is None:
            self._image = None
        else:
            grey = (np.clip(x28, 0, 1) * 255).astype(np.uint8)
            rgb = np.repeat(grey[..., None], 3, axis=2).astype(np.float32)
            if overlay is not None:
                a = overlay[..., 3:4].astype(np.float32) / 255
                rgb = rgb * (1 - a) + overlay[..., :3] * a
            buf = np.ascontiguousarray(rgb.astype(np.uint8))
            self._image = QImage(buf.data, 28, 28, 84, QImage.Format.Format_RGB888).copy()
        self._outlined = np.zeros((28, 28), bool) if outlined is None else outlined
        self.update()

    def _cell(self) -> tuple[float, float, float]:
        side = min(self.width(), self.height())
        return side / 28, (self.width() - side) / 2, (self.height() - side) / 2

    def paintEvent(self, e):
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#202020"))
        if self._image is not None:
            cell, x0, y0 = self._cell()
            p.drawImage(QRectF(x0, y0, 28 * cell, 28 * cell), self._image)
            p.setPen(QPen(QColor("#ffeb3b"), max(1.0, cell / 6)))
            # the outline of each region, not a box per pixel: hundreds of decisive pixels
            # side by side stay one shape, not a mesh
            for (ax, ay), (bx, by) in region_edges(self._outlined):
                p.drawLine(QPointF(x0 + ax * cell, y0 + ay * cell),
                           QPointF(x0 + bx * cell, y0 + by * cell))
        p.end()

    def mouseMoveEvent(self, e):
        cell, x0, y0 = self._cell()
        c, r = int((e.position().x() - x0) // cell), int((e.position().y() - y0) // cell)
        if 0 <= r < 28 and 0 <= c < 28:
            self.hovered.emit(r, c)


def influence_overlay(inf) -> np.ndarray:
    """RGBA: red where flipping the pixel weakens the answer, blue where it strengthens it,
    as strong as the move is against the largest move of any pixel (full colour), or the
    whole margin where one pixel alone would change the answer."""
    scale = max(min(float(np.abs(inf.delta).max()), abs(inf.margin)), 1e-9)
    weaken = np.clip(-inf.delta / scale, 0, 1)
    strengthen = np.clip(inf.delta / scale, 0, 1)
    out = np.zeros((28, 28, 4), np.uint8)
    out[..., 0] = 255 * (weaken > 0)
    out[..., 2] = 255 * (strengthen > 0)
    out[..., 3] = (200 * np.maximum(weaken, 0.6 * strengthen)).astype(np.uint8)
    return out


class PixelsPanel(QWidget):
    put_on_canvas = Signal(object)  # a 28x28 picture (float, 0..1)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model, self.x28, self.influence, self.result = None, None, None, None
        self.is_drawing = lambda: False  # set by the owner: is a stroke being drawn now?
        self.map = PixelPicture()
        self.map.hovered.connect(self._on_map_hovered)
        self.made = PixelPicture()
        self.about = QLabel(self._draw_first(), wordWrap=True)
        self.hover = QLabel("", wordWrap=True)
        self.target = QComboBox()
        self.target.addItems([str(d) for d in range(10)])
        self.target.setCurrentIndex(8)
        self.make_button = QPushButton(self.tr("Make it read as"))
        self.make_button.setToolTip(self.tr("The fewest pixel changes, found one at a time, that "
                                            "make the network read the chosen digit"))
        self.make_button.clicked.connect(self.make_it_read_as)
        self.put_button = QPushButton(self.tr("Put it on the canvas"), enabled=False)
        self.put_button.clicked.connect(self._on_put_clicked)
        self.made_text = QLabel("", wordWrap=True)
        # side by side, so that a low dock (a laptop's) shows everything: the map, the picture
        # made, and the words and controls in a column
        for w in (self.map, self.made):
            w.setToolTip(self.tr("what the network sees, 28x28"))
        row = QHBoxLayout()
        row.addWidget(self.make_button)
        row.addWidget(self.target)
        row.addWidget(self.put_button)
        row.addStretch(1)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        for w in (self.about, self.hover):
            column.addWidget(w)
        column.addLayout(row)
        column.addWidget(self.made_text)
        column.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.addWidget(self.map, 1)
        lay.addWidget(self.made, 1)
        lay.addLayout(column, 2)
        self.background = Background(self)  # the map: the latest drawing's wins
        self.background.done.connect(self._on_done)
        self.background.failed.connect(self._on_failed)  # a bound method: the GUI thread
        # "make it read as N" on its own helper: the map's job, started when the stroke
        # rests, never drops a request a person made
        self.maker = Background(self)
        self.maker.done.connect(self._on_done)
        self.maker.failed.connect(self._on_made_failed)
        self._made_for = None  # (model, 28x28) the request or its result was made from
        self._looking = False
        self.rest = QTimer(self, singleShot=True, interval=REST_MS)
        self.rest.timeout.connect(self._on_rest)

    def update_from(self, model, x28: np.ndarray | None) -> None:
        """A new reading: the old map is dropped now, a new one starts once the drawing rests."""
        self.background.cancel()
        self.model, self.x28 = model, None if x28 is None else np.array(x28, np.float32)
        self.influence = None
        self._forget_made_if_stale()
        self.map.set(self.x28)
        self.hover.setText("")
        if self.model is None or self.x28 is None:
            self.about.setText(self._draw_first())
            return
        self.about.setText(self.tr("waiting for the stroke to end…"))
        self.rest.start()

    def _on_rest(self) -> None:
        if self.is_drawing():  # the pen is still down: look again shortly
            self.rest.start()
            return
        from bnn_gui.core.pixel_influence import influence

        model, x = self.model, self.x28
        self.about.setText(self.tr("running the network on 784 changed inputs…"))
        self.background.call(lambda stop: ("map", influence(model, x, stop.is_set)))

    def make_it_read_as(self) -> None:
        if self.model is None or self.x28 is None:
            self.made_text.setText(self.tr("Draw a digit first."))
            return
        from bnn_gui.core.pixel_influence import read_as
        from bnn_gui.core.live.preprocess import preprocess_image

        model, x, target = self.model, self.x28, self.target.currentIndex()
        self._forget_made()
        self._made_for, self._looking = (model, x), True
        self.made_text.setText(self.tr("looking for the fewest changes that read as {0}…")
                               .format(target))
        self.maker.call(lambda stop: ("made", read_as(model, x, target,
                                                      should_stop=stop.is_set,
                                                      through=preprocess_image)))

    def _forget_made_if_stale(self) -> None:
        """A picture made from another drawing (or by another model) is never shown or put on
        the canvas; a search still going for it is stopped, and the panel says so."""
        made_for = self._made_for
        if made_for is None:
            return
        model, x = made_for
        if model is self.model and self.x28 is not None and np.array_equal(x, self.x28):
            return
        looking = self._looking
        self._forget_made()
        if looking:
            self.made_text.setText(self.tr("The drawing changed before the search ended: press "
                                           "\u201cMake it read as\u201d again for this one."))

    def _forget_made(self) -> None:
        self.maker.cancel()
        self._made_for, self._looking, self.result = None, False, None
        self.made.set(None)
        self.made_text.setText("")
        self.put_button.setEnabled(False)

    def _on_put_clicked(self) -> None:
        if self.result is not None:
            self.put_on_canvas.emit(self.result.image)

    def _on_failed(self, e: Exception) -> None:
        self.about.setText(self.tr("could not compute: {0}").format(error_text(e)))

    def _on_made_failed(self, e: Exception) -> None:
        self._looking = False
        self.made_text.setText(self.tr("could not search: {0}").format(error_text(e)))

    def _on_done(self, value) -> None:
        kind, result = value
        if kind == "map":
            self.influence = inf = result
            self.map.set(self.x28, influence_overlay(inf), inf.changes)
            n = int(inf.changes.sum())
            lead = (self.tr("It reads {0}, ahead of the next digit by {1} bits (agreeing − "
                            "disagreeing, the figure under the network's output scores).")
                    if inf.unit == "bits" else
                    self.tr("It reads {0}, ahead of the next digit by {1} in logits."))
            self.about.setText(
                lead.format(inf.digit, f"{inf.margin:.4g}") + " " +
                self.tr("%n pixel(s) would change the answer on their own (outlined)", "", n)
                + self.tr("; red: flipping it weakens {0}, blue: strengthens it (the "
                          "strongest: {1}). Hover a pixel for its figures.").format(
                    inf.digit, f"{np.abs(inf.delta).max():.4g}"))
            return
        self.result, self._looking = result, False
        self.made.set(result.image, None, result.image != self.x28)
        k = len(result.changed)
        if result.reached:
            self.made_text.setText(self.tr("%n pixel change(s) (outlined) and it reads {0}.",
                                           "", k).format(result.target))
        else:
            self.made_text.setText(self.tr("After %n change(s) it still reads {0}, not {1}.",
                                           "", k).format(result.answer, result.target))
        self.put_button.setEnabled(True)

    def _on_map_hovered(self, r: int, c: int) -> None:
        inf = self.influence
        if inf is None or self.x28 is None:
            return
        text = (self.tr("pixel at row {0}, column {1}: erasing it moves {2}'s lead by {3}; it "
                        "would read {4}") if self.x28[r, c] >= 0.5 else
                self.tr("pixel at row {0}, column {1}: inking it moves {2}'s lead by {3}; it "
                        "would read {4}"))
        unit = " " + self.tr("bits") if inf.unit == "bits" else ""
        self.hover.setText(text.format(r, c, inf.digit, f"{inf.delta[r, c]:+.4g}{unit}",
                                       int(inf.answer[r, c])))

    def _draw_first(self) -> str:
        return self.tr("Draw a digit: once a stroke ends, each pixel shows what inking or "
                       "erasing it would do to the answer.")

    def shutdown(self) -> None:
        self.rest.stop()
        self.background.cancel()
        self.maker.cancel()
