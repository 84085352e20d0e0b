"""The run controller on its own (no window): a queue runs in order, every signal arrives in
the GUI thread with the run's record, and a stop drops the runs still waiting."""

import threading

from synthetic import make_synthetic

from bnn_gui.config import TrainConfig, preset
from bnn_gui.core.runs.run import RunSpec
from bnn_gui.gui.runs.run_controller import RunController

SMALL = preset("bnn-mlp").replace(hidden=(16, 16))


def controller(data):
    return RunController(lambda progress, download=False: data)


def test_a_queue_runs_in_order_and_reports_in_the_gui_thread(qtbot):
    runs = controller(make_synthetic(n_train=200, n_test=50))
    seen = []
    for name in ("progressed", "epoch_ended", "finished"):
        getattr(runs, name).connect(
            lambda rec, *_, _n=name: seen.append(
                (_n, rec.spec.label, threading.current_thread() is threading.main_thread())))
    specs = [RunSpec(SMALL, TrainConfig(epochs=1, batch_size=50, threads=1), label=label)
             for label in ("a", "b")]
    with qtbot.waitSignal(runs.running_changed, timeout=60000,
                          check_params_cb=lambda running: not running):
        records = runs.start(specs)
    assert [r.state for r in records] == ["done", "done"]
    assert [r.spec.label for r in records] == ["a", "b"] == [r.spec.label for r in runs.records]
    assert all(main for *_, main in seen)
    finished = [label for name, label, _ in seen if name == "finished"]
    assert finished == ["a", "b"]
    assert all(r.saved_path == "" for r in records)  # a spec without out_dir is never saved
    # issue 31 #11: each finished run kept its network, so a long session grew by one a run
    assert all(r.result is not None and r.result.model is None for r in records)
    assert records[0].test and records[0].result.test_accuracy >= 0  # the figures stay
    assert runs.start([]) == []


def test_stop_drops_the_runs_still_waiting(qtbot):
    runs = controller(make_synthetic(n_train=20000, n_test=50))
    specs = [RunSpec(SMALL, TrainConfig(epochs=5, batch_size=20, threads=1), label=str(i))
             for i in range(3)]
    records = runs.start(specs)
    assert runs.start(specs) == []  # one queue at a time
    qtbot.waitUntil(lambda: len(records[0].batch_loss) > 0, timeout=30000)
    with qtbot.waitSignal(runs.running_changed, timeout=30000):
        runs.stop()
    assert [r.state for r in records] == ["stopped"] * 3
    assert records[1].batch_loss == [] and records[0].result is None
