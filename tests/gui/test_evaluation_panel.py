"""The live model on MNIST's test set, from the window."""

import numpy as np
from PySide6.QtCore import Qt

from bnn_gui import load_model
from bnn_gui.core.evaluation import evaluate


def test_evaluation_numbers_add_up(mnist):
    model = load_model("bnn-mlp")
    r = evaluate(model, mnist.test_x, mnist.test_y)
    assert r.confusion.sum() == len(mnist.test_y) == 10000
    assert abs(r.accuracy - model.test_accuracy) < 1e-9  # the packed engine: same answers
    assert np.allclose(np.diag(r.confusion) / r.confusion.sum(1), r.per_digit())
    wrong = r.indices(wrong_only=True)
    assert len(wrong) == 10000 - np.trace(r.confusion)
    assert (r.second != r.answers).all()


def test_confusion_cells_open_their_digits_and_digits_load_onto_the_canvas(window, qtbot):
    window.inside.evaluate_live_model()
    qtbot.waitUntil(lambda: window.inside.evaluation.result is not None, timeout=60000)
    panel, r = window.inside.evaluation, window.inside.evaluation.result
    assert sum(int(panel.table.item(t, a).text()) for t in range(10) for a in range(10)) == 10000
    assert f"{100 * r.accuracy:.2f}%" in panel.summary.text()
    t, a = np.unravel_index(np.argmax(r.confusion - np.diag(np.diag(r.confusion))), (10, 10))
    panel.table.cellClicked.emit(int(t), int(a))
    assert panel.gallery.count() == r.confusion[t, a] > 0
    item = panel.gallery.item(0)
    index = int(item.data(Qt.ItemDataRole.UserRole))
    assert r.labels[index] == t and r.answers[index] == a
    panel.gallery.itemDoubleClicked.emit(item)
    assert f"#{index}, true label {t}" in window.statusBar().currentMessage()
    assert window.last_reading.digit is not None
