"""The newcomer's Keras notebook replayed (core/runs/newcomer.py, newcomer_keras.py): Keras's
semantics as written, the 9.87% reproduced on a subset (where the figure is the subset's share
of 0s), the cause measured, and the ladder's fixes learning."""

import math

import pytest
import torch

from bnn_gui.config import TrainConfig
from bnn_gui.core.runs.data import Dataset
from bnn_gui.core.runs.newcomer import ladder
from bnn_gui.core.runs.newcomer_keras import BinaryTanh, keras_categorical_crossentropy, replay
from bnn_gui.core.runs.pitfalls import experiment
from bnn_gui.core.runs.training import EpochEnd, run_to_end


def test_binary_tanh_is_the_notebook_s():
    x = torch.tensor([-2.0, -0.5, 0.0, 1e-6, 0.5, 2.0, math.nan], requires_grad=True)
    y = BinaryTanh.apply(x)
    assert y[:6].tolist() == [-1, -1, -1, 1, 1, 1]  # round(0.5) is 0: x = 0 gives -1
    assert math.isnan(y[6].item())  # NaN stays NaN, as in TensorFlow
    y[:6].sum().backward()
    assert x.grad[:6].tolist() == [0, 1, 1, 1, 1, 0]  # the clip's gradient, cut where |x| >= 1


def test_keras_s_loss_turns_a_zero_sum_of_outputs_into_nan_gradients():
    out = torch.tensor([[1.0, -1, 1, -1, 1, -1, 1, -1, 1, -1],  # sums to 0
                        [1.0, -1, -1, -1, -1, -1, -1, -1, -1, -1]], requires_grad=True)
    target = torch.nn.functional.one_hot(torch.tensor([0, 0]), 10).float()
    loss = keras_categorical_crossentropy(out, target)
    assert math.isfinite(loss.item())  # the clip hides the division by 0 going forward...
    loss.backward()
    assert torch.isnan(out.grad[0]).all() and torch.isfinite(out.grad[1]).all()  # ...not back
    p = torch.tensor([[0.7, 0.2, 0.1] + [0.0] * 7])
    want = -math.log(0.7)
    assert keras_categorical_crossentropy(p, target[:1]).item() == pytest.approx(want, rel=1e-6)


@pytest.fixture(scope="module")
def subset(mnist):
    """2,000 training and 1,000 test digits: the figures to reproduce are their shares of 0s."""
    return Dataset(mnist.train_x[:2000], mnist.train_y[:2000], mnist.test_x[:1000],
                   mnist.test_y[:1000], "MNIST subset")


def test_the_notebook_answers_0_for_every_digit_and_scores_the_share_of_0s(subset):
    run = experiment("newcomer").runs[0]
    assert run.label.startswith("as written") and run.train.lr == 1e-6
    tc = run.train.replace(epochs=2, threads=1)
    events = list(run.trainer(run.model, tc, subset))
    last_epoch = [e for e in events if isinstance(e, EpochEnd)][-1]
    zeros_train = float((subset.train_y == 0).mean())
    zeros_test = float((subset.test_y == 0).mean())
    assert last_epoch.train_accuracy == pytest.approx(zeros_train, abs=1e-12)
    assert last_epoch.test_accuracy == pytest.approx(zeros_test, abs=1e-12)
    finding = events[-1].finding
    assert finding.answers == [1000] + [0] * 9 and finding.nan_outputs == 1.0
    assert finding.first_nan_step is not None and finding.zero_sums_at_nan >= 1
    assert "NaN" in finding.summary() and f"{100 * zeros_test:.2f}%" in finding.summary()


def test_each_rung_changes_one_thing_and_the_fixes_learn(subset):
    rungs = ladder()
    assert [label.split(" ")[0] for label, *_ in rungs][:2] == ["as", "the"]
    for (_, before, _, _), (_, after, _, lesson) in zip(rungs, rungs[1:]):
        changed = [k for k in vars(before) if vars(before)[k] != vars(after)[k]]
        assert len(changed) <= 1 and lesson
    adam = next(nb for label, nb, *_ in rungs if label == "Adam")
    done = run_to_end(replay(adam, TrainConfig(epochs=1, batch_size=100, lr=1e-3, lr_end=1e-3,
                                               threads=1), subset))
    assert done.test_accuracy > 0.5 and done.finding.first_nan_step is None
    assert max(done.finding.answers) < 300  # answers spread over the digits
