"""The window while it trains: GUI event-loop latency, and time from Start to 97% test accuracy.

Opens the real window, presses Start on the training panel's default run (a quick bnn-mlp on
MNIST) and, while it trains, keeps drawing on the canvas (a mouse event every 16 ms, so the live
model reads the drawing as a user would see it) and measures the event loop's latency: how late
a 10 ms timer fires. Drawing is switched on and off every 5 seconds, and the latencies are kept
apart, so the table shows what training costs and what the live model costs. The same is
measured for 10 seconds with no training, for comparison. A second run with no drawing (a user
watching the curves) gives the time from Start to 97% test accuracy. The worst stall is printed
with where it happened: what the run was doing then (the last thing it said: starting, reading
MNIST, an epoch's batches, an epoch's end, saving, the new model loading) and when.

    QT_QPA_PLATFORM=offscreen python benchmarks/training_responsiveness.py
"""

import sys
import tempfile
import time

import numpy as np
from mouse import send
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from bnn_gui.gui.lifetime import register_teardown
from bnn_gui.gui.main_window import MainWindow

TICK_MS = 10


class Probe:
    """A 10 ms timer whose lateness is the event loop's latency; it also moves the pen."""

    def __init__(self, window):
        self.canvas = window.canvas
        self.late: dict[bool, list[float]] = {False: [], True: []}  # drawing? -> lateness
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = None
        self.step = 0
        self.phase = "idle"  # what the run was doing last (set from the window's signals)
        self.worst = (0.0, "", 0.0)  # (ms late, phase, s since start)

    def start(self, draw: bool = True):
        self.draw = draw
        self.worst = (0.0, "", 0.0)
        self.late = {False: [], True: []}
        self.t0 = self.last = time.perf_counter()
        self.timer.start()

    def stop(self):
        self.timer.stop()
        return {k: np.array(v) * 1000 for k, v in self.late.items()}

    def _tick(self):
        now = time.perf_counter()
        drawing = self.draw and int((now - self.t0) / 5) % 2 == 1
        late = max(0.0, now - self.last - TICK_MS / 1000)
        self.late[drawing].append(late)
        if 1000 * late > self.worst[0]:
            self.worst = (1000 * late, self.phase, now - self.t0)
        self.last = now
        self.step += 1
        c, left = self.canvas, Qt.MouseButton.LeftButton
        if drawing and self.step % 2 == 0:  # a pen point every ~20 ms; a new stroke every 60 points
            t = self.step / 40
            x, y = c.width() * (0.5 + 0.3 * np.cos(t)), c.height() * (0.5 + 0.4 * np.sin(t))
            if self.step % 120 == 0:
                send(c, QEvent.Type.MouseButtonRelease, x, y, left, Qt.MouseButton.NoButton)
                if len(c.strokes) > 3:
                    c.strokes = c.strokes[-3:]
                send(c, QEvent.Type.MouseButtonPress, x, y, left, left)
            else:
                send(c, QEvent.Type.MouseMove, x, y, Qt.MouseButton.NoButton, left)


def run_until(app, condition, timeout):
    """Run the real event loop (app.exec, which leaves the interpreter to other threads while it
    waits) until ``condition()`` holds or ``timeout`` seconds pass."""
    end = time.perf_counter() + timeout
    check = QTimer(interval=50)
    check.timeout.connect(lambda: (condition() or time.perf_counter() > end) and app.quit())
    check.start()
    if not condition():
        app.exec()
    check.stop()


def row(name, ms):
    return (f"| {name} | {len(ms)} | {np.median(ms):.1f} | {np.percentile(ms, 99):.1f} | "
            f"{ms.max():.1f} |")


def main():
    app = QApplication.instance() or QApplication(sys.argv)
    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    register_teardown()
    w = MainWindow(model="bnn-cnn", settings=settings)
    w.resize(1360, 900)
    w.show()
    run_until(app, lambda: w.session.model is not None, 60)
    probe = Probe(w)
    c = w.canvas
    send(c, QEvent.Type.MouseButtonPress, c.width() / 2, c.height() / 2,
         Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)

    probe.start()
    run_until(app, lambda: False, 10)
    idle = probe.stop()

    panel = w.training
    _, tc = panel.configs()
    runs = panel.runs

    def said(phase):
        def note(*args):
            rec = args[0] if args else None
            status = getattr(rec, "status", "") if phase == "status" else ""
            probe.phase = f"{phase}: {status}" if status else phase
        return note

    runs.status.connect(said("status"))
    runs.epoch_ended.connect(said("the end of an epoch (the curves and the reading in training)"))
    runs.finished.connect(said("the run finished and saved (the panel's report)"))
    w.session.model_loaded.connect(said("the new model became live"))

    def train(draw: bool):
        run_until(app, lambda: panel.start_button.isEnabled(), 60)  # the last run has wound up
        epochs, t0 = [], time.perf_counter()
        probe.start(draw)
        def on_epoch(rec, _reading):
            epochs.append((time.perf_counter() - t0, rec.test[-1] / 100))

        panel.runs.epoch_ended.connect(on_epoch)
        panel.start_button.click()
        run_until(app, lambda: not panel.is_running(), 900)
        panel.runs.epoch_ended.disconnect(on_epoch)
        late = probe.stop()
        return epochs, time.perf_counter() - t0, late, probe.worst

    drawn_epochs, drawn_total, drawn, worst_drawn = train(draw=True)
    quiet_epochs, quiet_total, quiet, worst_quiet = train(draw=False)

    print(f"training run: {panel.preset_box.currentText()}, {tc.epochs} epochs, batch "
          f"{tc.batch_size}, lr {tc.lr:g} -> {tc.lr_end:g}; live model bnn-cnn "
          f"({w.session.model.engine} engine)\n")
    print("| event loop, 10 ms timer | ticks | median late ms | p99 ms | max ms |")
    print("|---|---|---|---|---|")
    print(row("no training, not drawing", idle[False]))
    print(row("no training, drawing", idle[True]))
    print(row("training, not drawing", np.concatenate([drawn[False], quiet[False]])))
    print(row("training, drawing", drawn[True]))
    for name, worst in (("drawing half the time", worst_drawn), ("watching", worst_quiet)):
        print(f"worst stall while training, {name}: {worst[0]:.0f} ms, {worst[2]:.1f} s after "
              f"Start, during: {worst[1] or 'nothing said yet'}")
    print()
    print("| epoch | s since Start, drawing half the time | test accuracy | "
          "s since Start, watching | test accuracy |")
    print("|---|---|---|---|---|")
    for i, ((t1, a1), (t2, a2)) in enumerate(zip(drawn_epochs, quiet_epochs), 1):
        print(f"| {i} | {t1:.1f} | {100 * a1:.2f}% | {t2:.1f} | {100 * a2:.2f}% |")
    for name, epochs, total in (("drawing half the time", drawn_epochs, drawn_total),
                                ("watching", quiet_epochs, quiet_total)):
        hit = next((f"{t:.1f} s" for t, a in epochs if a >= 0.97), "not reached")
        print(f"\n{name}: Start to 97% test accuracy {hit}; whole run {total:.1f} s "
              f"(including saving and loading the new model)", end="")
    print()
    w.close()


if __name__ == "__main__":
    main()
