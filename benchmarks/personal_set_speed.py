"""What a label costs as the personal set grows: opening the set, adding, relabelling and
deleting a digit, in the core (PersonalSet) and through the My digits panel with its list on
screen (offscreen Qt). Each change is timed 20 times; the table gives the median and the worst.

    QT_QPA_PLATFORM=offscreen python benchmarks/personal_set_speed.py [sizes...]

Goal (issue 31): a label costs at most 50 ms at 20,000 digits. A label is one journal line;
the journal is folded into the set file once it reaches an eighth of it (about 2,600 labels at
20,000 digits): the "fold" column is that cost.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def strokes(rng):
    """Two strokes of 30 points in canvas pixels, as a hand draws a digit."""
    out = []
    for _ in range(2):
        start = rng.uniform(100, 400, 2)
        steps = rng.normal(0, 4, (30, 2)).cumsum(0)
        out.append([tuple(map(float, p)) for p in np.round(start + steps, 2)])
    return out


def timed(fn, n=20):
    times = []
    for i in range(n):
        t = time.perf_counter()
        fn(i)
        times.append(1000 * (time.perf_counter() - t))
    return statistics.median(times), max(times)


def main(sizes):
    from PySide6.QtWidgets import QApplication

    from bnn_gui.core.runs.personal import PersonalSet, Sample, _encode
    from bnn_gui.core.files import atomic_write
    from bnn_gui.gui.docks.personal_panel import PersonalPanel
    from bnn_gui.gui.lifetime import register_teardown

    app = QApplication.instance() or QApplication([])
    register_teardown()
    rng = np.random.default_rng(0)
    print(f"CPU: {platform.processor() or platform.machine()}, {os.cpu_count()} cores\n")
    print("| digits | file MB | open ms | add ms (median / worst) | relabel ms | delete ms | "
          "fold ms (first / again) | panel: label ms (median / worst) |")
    print("|---|---|---|---|---|---|---|---|")
    for n in sizes:
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "set.json"
            atomic_write(path, _encode([Sample(int(rng.integers(10)), strokes(rng))
                                        for _ in range(n)]))
            mb = path.stat().st_size / 2**20
            t = time.perf_counter()
            ps = PersonalSet.open(path)
            open_ms = 1000 * (time.perf_counter() - t)
            new = [Sample(i % 10, strokes(rng)) for i in range(20)]
            add = timed(lambda i: ps.add(new[i]))
            relabel = timed(lambda i: ps.relabel([new[i].id], (i + 1) % 10))
            delete = timed(lambda i: ps.remove([new[i].id]))
            # the journal folded into the file: the first time each digit is encoded, later
            # only the new ones
            fold = []
            for _ in range(2):
                t = time.perf_counter()
                ps.compact()
                fold.append(1000 * (time.perf_counter() - t))
            panel = PersonalPanel(lambda: PersonalSet.open(path))
            panel.resize(900, 400)
            panel.show()
            panel.set  # opened, listed
            app.processEvents()
            drawn = [Sample(i % 10, strokes(rng)) for i in range(20)]
            label = timed(lambda i: (panel.label_drawing(drawn[i], 1000 + i, None),
                                     app.processEvents()))
            panel.close()
            panel.deleteLater()
            app.processEvents()
        print(f"| {n:,} | {mb:.1f} | {open_ms:.0f} | {add[0]:.1f} / {add[1]:.1f} | "
              f"{relabel[0]:.1f} | {delete[0]:.1f} | {fold[0]:.0f} / {fold[1]:.0f} | "
              f"{label[0]:.1f} / {label[1]:.1f} |",
              flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 20000])
