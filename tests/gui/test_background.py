"""The one background helper: results arrive in the GUI thread, a newer call drops an older
one's result, errors arrive as signals, and no thread outlives shutdown."""

import threading

from bnn_gui.gui.background import Background, shutdown_all


def test_the_latest_call_wins_and_errors_arrive_as_signals(qtbot):
    bg = Background()
    done, failed = [], []
    bg.done.connect(done.append)
    bg.failed.connect(failed.append)
    release = threading.Event()
    bg.call(lambda stop: (release.wait(5), "old")[1])
    bg.call(lambda stop: "new")
    release.set()
    qtbot.waitUntil(lambda: done == ["new"])
    qtbot.wait(50)
    assert done == ["new"]  # the older call's result was dropped
    bg.call(lambda stop: 1 / 0)
    qtbot.waitUntil(lambda: bool(failed))
    assert isinstance(failed[0], ZeroDivisionError) and not bg.busy()


def test_shutdown_stops_and_waits_for_every_thread(qtbot):
    bg = Background()
    seen = []

    def work(stop):
        while not stop.is_set():
            stop.wait(0.01)
        seen.append("stopped")
    bg.call(work)
    assert bg.busy()
    assert shutdown_all(5000)
    assert seen == ["stopped"]
