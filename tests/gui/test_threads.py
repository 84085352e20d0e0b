"""Every slot that touches a widget runs in the GUI thread: for a training run, a fine-tune, a
lab run and the pixel map. (The lab panel once connected its worker's signals to lambdas; a
lambda has no thread of its own, so it ran in the training thread and drew from there.)"""

import threading

from gui_mouse import drag, ellipse
from synthetic import make_synthetic


def watch(monkeypatch, cls, names):
    """Record, for each call of these methods, whether it ran in the main thread. (Only
    methods the slots call: a slot replaced after its class was made is no longer seen by
    Qt as the receiver's own, and would itself be called in the emitting thread.)"""
    seen = []
    for name in names:
        original = getattr(cls, name)

        def wrapper(self, *args, _original=original, _name=name):
            seen.append((_name, threading.current_thread() is threading.main_thread()))
            return _original(self, *args)

        monkeypatch.setattr(cls, name, wrapper)
    return seen


def assert_all_in_main(seen, names):
    assert {n for n, _ in seen} == set(names), seen  # each was called
    off = [n for n, main in seen if not main]
    assert not off, f"called outside the GUI thread: {sorted(set(off))}"


PLOTS = ["add_losses", "add_epoch"]  # what the training panel's slots draw with


def test_a_training_run_and_a_fine_tune_touch_widgets_in_the_gui_thread(window, qtbot,
                                                                       monkeypatch):
    from bnn_gui.gui.runs.training_plots import TrainingPlots

    seen = watch(monkeypatch, TrainingPlots, PLOTS)
    panel = window.training
    # the end of a run: model_saved is emitted by the slot that took the worker's "finished"
    panel.model_saved.connect(
        lambda _path: seen.append(("finished", threading.current_thread()
                                   is threading.main_thread())))
    data = make_synthetic(n_train=300, n_test=100)
    panel.load_data = lambda progress, download=False: data
    panel.preset_box.setCurrentText("seed-mlp")
    panel.fields["epochs"].setText("1")
    with qtbot.waitSignal(panel.model_saved, timeout=60000):
        assert panel.start()
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=30000)
    assert_all_in_main(seen, PLOTS + ["finished"])
    seen.clear()
    for d, pts in [(0, ellipse(300, 250, 70, 120)), (1, [(300, 100), (300, 400)])]:
        window.canvas.clear()
        drag(window.canvas, pts)
        window.label_drawing(d)
    window.personal.finetune_form.fields["epochs"].setText("1")
    with qtbot.waitSignal(panel.finetuned, timeout=60000):
        window.personal.finetune_button.click()
    assert_all_in_main(seen, PLOTS + ["finished"])


def test_a_lab_run_touches_widgets_in_the_gui_thread(window, qtbot, monkeypatch):
    from bnn_gui.gui.runs.lab_panel import LabPanel

    names = ["_on_progress", "_on_epoch", "_on_finished"]
    seen = watch(monkeypatch, LabPanel, names)
    lab = window.inside.lab
    data = make_synthetic(n_train=300, n_test=100)
    lab.load_data = lambda progress, download=False: data
    lab.choice.setCurrentIndex([e.name for e in lab.experiments].index("output-sign"))
    lab.run_button.click()
    qtbot.waitUntil(lambda: lab.status.text() == "done", timeout=60000)
    assert_all_in_main(seen, names)


def test_the_pixel_map_arrives_in_the_gui_thread(window, qtbot, monkeypatch):
    from bnn_gui.gui.docks.pixels_panel import PixelPicture

    seen = watch(monkeypatch, PixelPicture, ["set"])
    inside = window.inside
    inside.pixels_dock.front_action.trigger()
    qtbot.waitUntil(lambda: inside.front[inside.pixels_dock], timeout=5000)
    c = window.canvas
    drag(c, [(c.width() / 2, 60 + i * 5) for i in range(50)])
    window.refresh()
    qtbot.waitUntil(lambda: inside.pixels.influence is not None, timeout=30000)
    assert_all_in_main(seen, ["set"])
