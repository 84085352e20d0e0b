"""The live model on MNIST's test set, from the window."""

import numpy as np
from PySide6.QtCore import Qt

from bnn_gui import load_model
from bnn_gui.core.evaluation import evaluate


def test_evaluation_agrees_with_reading_the_digits_one_by_one(mnist):
    """Checked against the live path (``model.read``, one digit at a time) and plain counts,
    not against the formulas the evaluation itself uses."""
    model = load_model("bnn-mlp")
    r = evaluate(model, mnist.test_x, mnist.test_y)
    for i in np.random.default_rng(0).choice(len(mnist.test_y), 200, replace=False):
        reading = model.read(mnist.test_x[i].astype(np.float32) / 255)
        assert r.answers[i] == reading.digit
        # the runner-up of the scores (probabilities round to 0 when it is sure)
        assert r.second[i] == np.argsort(-reading.scores, kind="stable")[1]
    # the accuracy measured when the model was trained (stored in its file), by other code
    assert abs(r.accuracy - model.test_accuracy) < 1e-9
    labels, answers = np.asarray(mnist.test_y), r.answers
    for t, a in ((3, 5), (4, 9), (7, 7)):
        assert r.confusion[t, a] == int(((labels == t) & (answers == a)).sum())
    assert r.per_digit()[8] == (answers[labels == 8] == 8).mean()
    assert sorted(r.indices(wrong_only=True)) == sorted(np.flatnonzero(labels != answers))


def test_confusion_cells_open_their_digits_and_digits_load_onto_the_canvas(window, qtbot,
                                                                         mnist):
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


def test_the_confusion_matrix_fits_a_low_dock_without_scrolling(qtbot):
    from bnn_gui.gui.docks.evaluation_panel import EvaluationPanel

    panel = EvaluationPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 260)  # the bottom dock of a 1366x768 window
    panel.show()
    qtbot.wait(20)
    t = panel.table
    assert t.verticalHeader().length() <= t.viewport().height() + 1
    assert t.horizontalHeader().length() <= t.viewport().width() + 1
