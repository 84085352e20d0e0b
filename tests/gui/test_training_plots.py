"""The training curves read as they should: a smoothed loss that starts at the first loss,
train and test told apart, no "(x0.001)" on the epoch axis."""

import numpy as np

from bnn_gui.config import TrainConfig, preset
from bnn_gui.core.runs.events import BatchProgress
from bnn_gui.core.runs.run import RunRecord, RunSpec
from bnn_gui.gui.runs.training_plots import TrainingPlots


def record():
    return RunRecord(RunSpec(preset("bnn-mlp"), TrainConfig()))


def batches(rec, plots, epoch, batch_count, first, losses, lr=0.01):
    """Batches first.. of an epoch, folded into ``rec`` and drawn, as the controller does."""
    for i, loss in enumerate(losses):
        rec.apply(BatchProgress(epoch, 1, first + i, batch_count, loss, 0.5, lr, 1.0, 1.0, 1.0))
    plots.add_losses(rec, losses)


def test_the_smoothed_loss_starts_at_the_first_loss_and_stays_among_the_raw(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    losses = list(np.linspace(2.3, 0.1, 60) * (1 + 0.2 * np.sin(np.arange(60))))
    batches(record(), plots, 0, 60, 0, losses)
    smooth = np.asarray(plots._smooth)
    assert np.isclose(smooth[0], losses[0], rtol=1e-12)
    running_max = np.maximum.accumulate(losses)
    assert (smooth <= running_max + 1e-12).all() and smooth[-1] < smooth[0]


def test_train_and_test_differ_and_the_axis_has_no_scale_prefix(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    a, b = plots.train_acc.opts, plots.test_acc.opts
    assert (a["symbol"], a["symbolBrush"]) != (b["symbol"], b["symbolBrush"])
    batches(record(), plots, 0, 1000, 0, [2.0, 1.9, 1.8])
    assert "(x" not in plots.loss_plot.getAxis("bottom").labelString()
    assert not plots.loss_plot.getAxis("bottom").autoSIPrefix


def test_probes_and_the_learning_rate_are_drawn_as_they_come(qtbot):
    from bnn_gui.core.runs.training import Probe

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    rec = record()
    for b, lr in enumerate((0.001, 0.01, 0.005)):
        batches(rec, plots, 0, 3, b, [1.0], lr)
        rec.apply(Probe((b + 1) / 3, 0.5 + 0.1 * b, b + 1.0, 2000))
        plots.add_probe(rec)
    x, y = plots.probe_acc.getData()
    assert list(x) == [1 / 3, 2 / 3, 1.0] and np.allclose(y, [50, 60, 70])
    x, y = plots.lr_curve.getData()
    assert list(y) == [0.001, 0.01, 0.005]  # the one-cycle's rise and fall, batch by batch
    plots.clear_run()
    assert plots.probe_acc.getData()[0] is None or len(plots.probe_acc.getData()[0]) == 0


def test_loss_ticks_are_values_and_never_crowded():
    from bnn_gui.gui.runs.training_plots import log_ticks

    [major, minor] = log_ticks(0.03, 2.5)  # two decades and more: decades only
    assert [label for _, label in major] == ["0.01", "0.1", "1", "10"] and minor == []
    [major, _] = log_ticks(0.2, 0.9)  # under a decade: 1, 2, 5 of each
    assert [label for _, label in major] == ["0.1", "0.2", "0.5", "1", "2", "5"]
    assert np.allclose([v for v, _ in major], np.log10([0.1, 0.2, 0.5, 1, 2, 5]))
