"""The long version of the suite's random-input test: tens of thousands of seeded random
strokes, clicks, wheel turns and keys (every shortcut) on the real window, with the shipped
bnn-cnn live and short training and lab runs started by the keys on synthetic data. Prints
memory (resident set) as it goes, then how many events, exceptions and modal dialogs.

    DISPLAY=:99 python benchmarks/random_input_soak.py [N] [SEED]   (N events, default 30000)

Memory is measured after a warm-up (the first tenth of the events, at least 10,000: the keys
load PyTorch, MNIST-sized models and the float twins along the way) and at the end; the last
line gives the growth in between (goal: under 10 MB for 100,000 events).

Runs under a real X server (or QT_QPA_PLATFORM=offscreen). Nothing is written outside a
temporary folder: the personal set, models and settings all go there.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "gui"),
                str(ROOT / "tests" / "reliability")]
os.environ["BNN_GUI_HOME"] = tempfile.mkdtemp(prefix="bnn-gui-soak-")

import numpy as np  # noqa: E402
from mouse import open_window  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from random_events import dialog_patches, open_modal_dialogs, random_event  # noqa: E402
from synthetic import make_synthetic  # noqa: E402


def release_free_memory() -> None:
    """Hand memory that is free but still held by the C allocator back to the system
    (glibc's malloc_trim), so that resident memory counts what is in use: without it, the
    highest use so far stays resident (a fine-tune over the largest set the keys labelled),
    which is not a leak."""
    import ctypes
    import ctypes.util

    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: resident memory is measured as it is


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(n: int = 30000, seed: int = 11) -> int:
    app = QApplication.instance() or QApplication([])
    shown: list = []
    for obj, name, fn in dialog_patches(shown):
        setattr(obj, name, fn)
    errors: list = []
    sys.excepthook = lambda *exc: errors.append(exc)
    w = open_window(app, "bnn-cnn", (1366, 728))
    data = make_synthetic(n_train=300, n_test=100)
    w.training.load_data = lambda progress, download=False: data
    w.inside.lab.load_data = lambda progress, download=False: data
    w.training.preset_box.setCurrentText("seed-mlp")
    w.training.fields["epochs"].setText("1")
    rng = np.random.default_rng(seed)
    start, modal = time.perf_counter(), 0
    warm = min(n, max(n // 10, 10000))
    base, labelled = None, 0
    print(f"{'events':>8} {'seconds':>8} {'RSS MB':>8} {'messages':>9}")
    for i in range(1, n + 1):
        random_event(w, rng)
        if i % 25 == 0:
            app.processEvents()
            modal += bool(open_modal_dialogs())
        if i % 10000 == 0:
            # the digits the keys labelled are the person's data, kept by design (about 60
            # per 1,000 events, hundreds of KB each with their strokes and thumbnails): they
            # are deleted here, as a person tidying up would, so that what is left to grow is
            # what nothing should keep
            labelled += len(w.personal.set)
            w.personal.set.remove([s.id for s in w.personal.set.samples])
            w.personal.rebuild()
        if i == warm:
            import gc

            gc.collect()
            release_free_memory()
            base = rss_mb()
        if i % 10000 == 0 and i > warm:
            import gc

            gc.collect()
            release_free_memory()
        if i % 2500 == 0 or i == n:
            print(f"{i:8d} {time.perf_counter() - start:8.0f} {rss_mb():8.1f} {len(shown):9d}",
                  flush=True)
    w.training.stop()
    w.inside.lab.stop()
    while w.training.is_running() or w.inside.lab.is_running():
        app.processEvents()
    w.session.drawing.clear()
    w.eraser_button.setChecked(False)  # E toggles it: the check draws, it does not erase
    from gui_mouse import drag

    c = w.canvas
    drag(c, [(c.width() / 2, 40 + i * 5) for i in range(50)])
    reads = w.isVisible() and w.refresh().digit is not None
    print(f"\n{n} events in {time.perf_counter() - start:.0f} s: {len(errors)} exceptions, "
          f"{modal} checks found a modal dialog open, {len(shown)} messages shown; "
          f"afterwards the window {'is open and reads a stroke' if reads else 'DOES NOT READ'}")
    import gc

    gc.collect()
    release_free_memory()
    if base is not None and n > warm:
        print(f"memory after the warm-up ({warm:,} events): {base:.1f} MB; at the end: "
              f"{rss_mb():.1f} MB; growth {rss_mb() - base:+.1f} MB over {n - warm:,} events "
              f"({labelled + len(w.personal.set):,} digits labelled by the keys, deleted every "
              "10,000 events)")
    for exc in errors[:3]:
        print("".join(traceback.format_exception(*exc)))
    w.close()
    return 1 if errors or modal or not reads else 0


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:3])))
