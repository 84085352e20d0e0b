"""Help ▸ Keyboard shortcuts (made from the window's own actions, so it never goes stale) and
Help ▸ BNNs in five minutes (each idea linked to the panel that shows it). Both are windows
of their own that stay open beside the app; nothing in them comes from a file."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout

# keys that are not menu actions
OTHER_KEYS = [  # marked for translation, translated where shown
    (QT_TRANSLATE_NOOP("help", "Canvas"), QT_TRANSLATE_NOOP("help", "right button"), QT_TRANSLATE_NOOP("help", "erase the strokes under the pointer")),
    (QT_TRANSLATE_NOOP("help", "Network view"), QT_TRANSLATE_NOOP("help", "click a layer's title"),
     QT_TRANSLATE_NOOP("help", "enlarge it (again: back to all layers)")),
    (QT_TRANSLATE_NOOP("help", "Network view"), QT_TRANSLATE_NOOP("help", "Up / Down"),
     QT_TRANSLATE_NOOP("help", "the enlarged conv layer's previous / next channel")),
    (QT_TRANSLATE_NOOP("help", "Network view"), "A", QT_TRANSLATE_NOOP("help", "all channels of the enlarged layer, or one again")),
    (QT_TRANSLATE_NOOP("help", "Network view"), QT_TRANSLATE_NOOP("help", "Left / Right"), QT_TRANSLATE_NOOP("help", "the previous / next layer")),
    (QT_TRANSLATE_NOOP("help", "Network view"), QT_TRANSLATE_NOOP("help", "wheel, drag"), QT_TRANSLATE_NOOP("help", "zoom and pan the enlarged layer")),
    (QT_TRANSLATE_NOOP("help", "Network view"), "Backspace", QT_TRANSLATE_NOOP("help", "back to all layers")),
]

FIVE_MINUTES = QT_TRANSLATE_NOOP("help", """
<h2>Binarized neural networks in five minutes</h2>
<p>A binarized neural network (Courbariaux, Hubara et al. 2016) is an ordinary network whose
<b>weights and activations are all +1 or -1</b>. Each hidden unit takes the sign of a weighted
sum: it says +1 or -1, one bit. <a href="bnn:network">See every layer's bits</a> change as
you draw.</p>
<h3>Latent weights and clipping</h3>
<p>Training keeps a <b>real-valued latent weight</b> behind every ±1 weight; the network uses
its sign. The optimiser moves the latent weights, and a bit flips when its latent weight
crosses zero. The latent weights are <b>clipped to [-H, H]</b> after every step, or they drift
so far from zero that their bits never flip again. <a href="bnn:weights">See the latent
weights and the clip window</a>.</p>
<h3>The straight-through estimator</h3>
<p>The sign has no useful gradient (zero almost everywhere). Training pretends it is the
identity between -1 and 1 and passes the gradient straight through there (zero outside:
the "hard tanh" estimator). A sign on the <i>output</i> layer, or a learning rate far too
small, and nothing learns: the 10% that newcomers meet.
<a href="bnn:lab">Try the classic mistakes in the pitfalls lab</a>.</p>
<h3>BatchNorm before the sign</h3>
<p>Without it a unit's sum sits far from zero and its sign never changes: BatchNorm moves
every unit's threshold to where its bit carries information. At test time BatchNorm and sign
fold into <b>one integer threshold per unit</b>. <a href="bnn:neuron">Look inside one
neuron</a> to see its threshold.</p>
<h3>XNOR and popcount</h3>
<p>With ±1 inputs and weights stored as bits, a product is an <b>XNOR</b> (1 where they
agree) and the sum is <b>2 · popcount − n</b>. That is why a BNN runs on a phone or a
microcontroller: this app's packed engine reads your digit that way, bit for bit the same as
PyTorch. <a href="bnn:neuron">Follow one unit's XNOR row and popcount</a>.</p>
<h3>Which pixels matter</h3>
<p>Inking or erasing one input pixel changes every first-layer sum it feeds; where a sum
sits near its threshold, a bit flips, and a few pixels can change the answer. <a href="bnn:pixels">See which ones, and how few turn your
digit into another</a>.</p>
<h3>Try it</h3>
<p><a href="bnn:training">Train a network</a> and watch it learn, or
<a href="bnn:twin">compare it with its float twin</a> on your drawing.</p>
""")


def shortcuts_html(window) -> str:
    """Every shortcut of the window's menus and panels, grouped by menu."""
    rows = []

    def walk(menu, where):
        digits = [a for a in menu.actions() if len(a.shortcuts()) == 1
                  and a.shortcuts()[0].toString() in "0123456789" and a.shortcuts()[0].toString()]
        if len(digits) == 10:  # "it's a 0" … "it's a 9": one row, not ten
            rows.append((where.rsplit(" ▸ ", 1)[0], "0 … 9", where.rsplit(" ▸ ", 1)[-1] + " "
                         + QCoreApplication.translate("help", "the digit pressed")))
            return
        for a in menu.actions():
            if a.menu() is not None:
                walk(a.menu(), f"{where} ▸ {a.menu().title().replace('&', '')}")
            elif a.shortcuts():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                 for k in a.shortcuts())
                rows.append((where, keys, a.text().replace("&", "")))

    for a in window.menuBar().actions():
        if a.menu() is not None:
            walk(a.menu(), a.menu().title().replace("&", ""))
    for a in window.actions():  # the panels' "bring to the front" actions (in no menu)
        if a.shortcuts() and a.property("brings_to_front"):
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in a.shortcuts())
            rows.append((QCoreApplication.translate("help", "Panels"), keys, a.text()))
    rows += [tuple(QCoreApplication.translate("help", x) for x in row) for row in OTHER_KEYS]
    cells = "".join(f"<tr><td>{html.escape(w)}</td><td><b>{html.escape(k)}</b></td>"
                    f"<td>{html.escape(t)}</td></tr>" for w, k, t in rows)
    heads = [html.escape(t) for t in (QCoreApplication.translate("help", "Keyboard shortcuts"),
                                      QCoreApplication.translate("help", "where"),
                                      QCoreApplication.translate("help", "keys"),
                                      QCoreApplication.translate("help", "what"))]
    return (f"<h2>{heads[0]}</h2><table cellpadding='4'>"
            f"<tr><th align='left'>{heads[1]}</th><th align='left'>{heads[2]}</th>"
            f"<th align='left'>{heads[3]}</th></tr>{cells}</table>")


class HelpWindow(QDialog):
    """A help page beside the window (not modal); ``bnn:`` links call ``on_link(topic)``."""

    def __init__(self, title: str, text: str, on_link=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(text)
        if on_link is not None:
            self.browser.anchorClicked.connect(lambda url: on_link(_topic(url)))
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        self.resize(620, 560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def _topic(url: QUrl) -> str:
    return url.toString().removeprefix("bnn:")
