"""Run by test_kill.py, then killed at a random moment: saves forever, as the app does.

    python saver_child.py model PATH      # a bnn-mlp-sized model file, versions 1, 2, 3, …
    python saver_child.py personal PATH   # the personal set, one more digit each time (a line
                                          # of its journal), then the whole set written again
    python saver_child.py personal-journal PATH   # one more digit each time: journal lines
"""

import sys

import numpy as np

kind, path = sys.argv[1], sys.argv[2]
if len(sys.argv) > 3:  # stall inside the save, at "fsync" (data written, not yet flushed) or at
    import os          # "replace" (flushed, not yet renamed), so the kill lands exactly there
    import time

    from bnn_gui.core import files

    real = getattr(os, sys.argv[3])
    calls = []
    # the first save goes through (it calls fsync twice: the file, then its folder); the
    # second stalls at its first call
    stall_at = {"fsync": 3, "replace": 2}[sys.argv[3]]

    def stall(*a):
        calls.append(True)
        if len(calls) == stall_at:
            print("stalled", flush=True)
            time.sleep(600)
        return real(*a)
    setattr(files.os, sys.argv[3], stall)
if kind == "model":
    import torch

    from bnn_gui.config import preset
    from bnn_gui.core.nets import checkpoint
    from bnn_gui.core.nets.models import build

    torch.manual_seed(0)
    model = build(preset("bnn-mlp")).eval()
    print("ready", flush=True)
    version = 1
    while True:
        with torch.no_grad():
            model.out.weight.fill_(version)  # which version a file holds, readable after
        checkpoint.save(path, model, metrics={"version": version})
        version += 1
else:
    from bnn_gui.core.runs.personal import PersonalSet, Sample

    ps = PersonalSet.open(path)
    rng = np.random.default_rng(len(ps))
    print("ready", flush=True)
    while True:
        ps.add(Sample(int(rng.integers(10)), [rng.uniform(0, 500, (40, 2)).tolist()]))
        if kind == "personal":
            ps.compact()
