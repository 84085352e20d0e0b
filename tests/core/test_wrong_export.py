"""Issue 33: an export done wrong, replayed on a shipped model: each classic mistake costs a
large, stated share of the accuracy and changes bits the correct export does not."""

from types import SimpleNamespace

import numpy as np
import pytest

from bnn_gui.core.lab import wrong_export


@pytest.fixture(scope="module")
def shipped():
    from bnn_gui.core.inference import load_model

    return load_model("bnn-mlp")  # the fast one; the lab replays bnn-cnn the same way


def test_each_mistake_costs_accuracy_and_changes_bits(mnist, shipped):
    x, y = mnist.test_x[:2000], mnist.test_y[:2000]
    right = wrong_export.replay(shipped.packed, x, y, "correct")
    assert right.accuracy == float((shipped.packed.forward(x).argmax(1) == y).mean())
    assert right.accuracy > 0.95 and set(right.differing.values()) == {0.0}
    for mistake in ("no-batchnorm", "wrong-order", "pixel-scale", "binary-pixels"):
        r = wrong_export.replay(shipped.packed, x, y, mistake, shipped.file.arrays)
        assert r.accuracy < right.accuracy - 0.03, mistake
        assert min(r.differing.values()) > 0.01, (mistake, r.differing)
    assert wrong_export.replay(shipped.packed, x, y, "wrong-order",
                               shipped.file.arrays).accuracy < 0.3


def test_the_mistaken_fold_is_what_it_says(shipped):
    first = shipped.packed.layers[0]
    assert first.real_input
    scaled = wrong_export.mistaken(shipped.packed, "pixel-scale").layers[0]
    assert np.array_equal(scaled.threshold, -(-first.threshold // 255))
    bare = wrong_export.mistaken(shipped.packed, "no-batchnorm")
    assert all(not L.threshold.any() and not L.flip.any() for L in bare.layers[:-1])
    assert wrong_export.mistaken(shipped.packed, "binary-pixels").binarize_input
    with pytest.raises(ValueError, match="no export mistake"):
        wrong_export.mistaken(shipped.packed, "typo")


def test_a_lab_run_says_what_it_found(mnist):
    from bnn_gui.core.runs.pitfalls import experiment

    exp = experiment("wrong-export")
    assert [r.label for r in exp.runs][0].startswith("correct")
    run = exp.runs[1]
    some = SimpleNamespace(test_x=mnist.test_x[:500], test_y=mnist.test_y[:500])
    events = list(run.trainer(run.model, run.train, some))
    found = events[-1].summary()
    assert f"instead of {100 * events[-1].correct_accuracy:.2f}%" in found and "conv1" in found
    assert events[-1].test_accuracy < events[-1].correct_accuracy - 0.3  # BatchNorm left out
