"""The packed 1-bit engine against PyTorch: one digit, all 10,000 test digits, start-up.

1. Batch 1: median time of one forward pass over 1,000 runs (the live path's case).
2. The 10,000 MNIST test digits in batches: digits per second; and a check that every binary
   layer's bits and every answer equal PyTorch's on all of them.
3. Start-up: process start to the first paint of bnn-gui's window, against a bare PySide6 +
   pyqtgraph window (median of 5 starts each).

    QT_QPA_PLATFORM=offscreen python benchmarks/packed_speed.py
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
import torch

from bnn_gui.core.nets.checkpoint import load_net, read_model_file, resolve
from bnn_gui.core.runs.data import load_mnist
from bnn_gui.core.nets.models import forward_with_activations

THREADS = int(os.environ.get("THREADS", "2"))

_PAINT = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
{build}
class First(QObject):  # the first Paint event of any widget of the window
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(time.time() - t0, "torch" in sys.modules, flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = First()
f.done = False
app.installEventFilter(f)
w.show()
app.exec()
"""
BARE = """
import pyqtgraph as pg
from PySide6.QtWidgets import QMainWindow
w = QMainWindow(); w.setCentralWidget(pg.PlotWidget()); w.resize(1280, 760)
"""
APP = """
from bnn_gui.gui.lifetime import register_teardown
from bnn_gui.gui.main_window import MainWindow
register_teardown()
w = MainWindow(model="bnn-cnn")
"""


def first_paint(build: str) -> tuple[float, bool]:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", _PAINT.format(build=build), str(t0)],
                         capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen",
                                  BNN_GUI_HOME=tempfile.mkdtemp()))
    line = out.stdout.strip().splitlines()[-1]
    seconds, torch_loaded = line.split()
    return float(seconds), torch_loaded == "True"


def median_ms(f, n: int) -> float:
    for _ in range(10):
        f()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return 1000 * statistics.median(times)


def main(only: str = ""):
    torch.set_num_threads(THREADS)
    if only == "startup":
        return startup()
    ds = load_mnist()
    x_all = ds.test_x
    print(f"torch {torch.__version__}, {THREADS} threads; numpy {np.__version__}\n")
    print("| model | batch 1, PyTorch ms | batch 1, packed ms | ratio | 10k digits/s PyTorch "
          "| 10k digits/s packed | ratio | bits and answers equal on 10,000 |")
    print("|---|---|---|---|---|---|---|---|")
    for name in ["bnn-mlp", "bnn-cnn"]:
        net, _ = load_net(name)
        packed = read_model_file(resolve(name)).packed()
        one = x_all[:1]
        one_t = torch.from_numpy(one.astype(np.float32) / 255)
        with torch.no_grad():
            t_torch = median_ms(lambda: net(one_t), 1000)
        t_packed = median_ms(lambda: packed.forward(one), 1000)

        xt = torch.from_numpy(x_all.astype(np.float32) / 255)
        t = time.perf_counter()
        with torch.no_grad():
            for i in range(0, len(xt), 1000):
                net(xt[i: i + 1000])
        rate_torch = len(xt) / (time.perf_counter() - t)
        t = time.perf_counter()
        packed.predict(x_all)
        rate_packed = len(xt) / (time.perf_counter() - t)

        same = True
        for i in range(0, len(xt), 500):
            logits, acts = forward_with_activations(net, xt[i: i + 500])
            pl, reads = packed.forward(x_all[i: i + 500], record=True)
            same &= all(np.array_equal(a.post.numpy() > 0, r.bits) for a, r in zip(acts, reads))
            same &= np.array_equal(logits.numpy().argmax(1), pl.argmax(1))
        print(f"| {name} | {t_torch:.3f} | {t_packed:.3f} | {t_packed / t_torch:.2f} | "
              f"{rate_torch:,.0f} | {rate_packed:,.0f} | {rate_packed / rate_torch:.2f} | "
              f"{'yes' if same else 'NO'} |")

    startup()


def startup():
    bare = [first_paint(BARE) for _ in range(5)]
    app = [first_paint(APP) for _ in range(5)]
    b = statistics.median(s for s, _ in bare)
    a = statistics.median(s for s, _ in app)
    print("\n| start-up to first paint | median s | torch imported |")
    print("|---|---|---|")
    print(f"| bare PySide6 + pyqtgraph window | {b:.2f} | {any(t for _, t in bare)} |")
    print(f"| bnn-gui (bnn-cnn) | {a:.2f} ({a / b:.2f}x) | {any(t for _, t in app)} |")


if __name__ == "__main__":
    main(*sys.argv[1:])
