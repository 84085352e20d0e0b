"""The process killed (SIGKILL) while saving, 20 times each at random moments: the previous
file (or the new one) is whole and loads, and what a kill leaves behind breaks nothing."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import torch

from bnn_gui.config import preset
from bnn_gui.core.nets import checkpoint
from bnn_gui.core import files
from bnn_gui.core.nets.models import build
from bnn_gui.core.runs.personal import PersonalSet, Sample

CHILD = Path(__file__).with_name("saver_child.py")
KILLS = 20


def kill_while_saving(kind: str, path: Path, seed: int) -> list[float]:
    """Start the saver, let it save for a random while, SIGKILL it; KILLS times."""
    rng = np.random.default_rng(seed)
    delays = []
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, str(CHILD), kind, str(path)],
                                 stdout=subprocess.PIPE, text=True, env=os.environ.copy())
        assert child.stdout.readline().strip() == "ready"
        delays.append(float(rng.uniform(0, 0.6)))
        time.sleep(delays[-1])
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        check(kind, path)
    return delays


def check(kind, path):
    if kind == "model":
        model, mf = checkpoint.load_net(path)
        version = mf.metrics["version"]
        assert torch.all(model.out.weight == version)  # one whole version, not a mix
    else:
        assert len(PersonalSet.open(path)) >= 100


@pytest.mark.parametrize("kind", ["model", "personal"])
def test_sigkill_while_saving(tmp_path, kind):
    folder = tmp_path / "models"
    if kind == "model":
        path = folder / "mine.safetensors"
        folder.mkdir()
        torch.manual_seed(0)
        checkpoint.save(path, build(preset("bnn-mlp")).eval(), metrics={"version": 0})
    else:
        path = tmp_path / "personal-set.json"
        ps = PersonalSet(path)
        rng = np.random.default_rng(0)
        for i in range(100):  # a set large enough that a save takes a while
            ps.samples.append(Sample(i % 10, [rng.uniform(0, 500, (60, 2)).tolist()]))
        ps.add(Sample(0, [[(0.0, 0.0)]]))
    kill_while_saving(kind, path, seed=len(kind))
    temps = [p for p in path.parent.iterdir() if p.name.endswith(files.TEMP_SUFFIX)]
    print(f"{kind}: {KILLS} kills, {len(temps)} left a temporary file (killed mid-write)")
    # what a kill leaves behind is never taken for a model or a set, and is tidied away
    if kind == "model":
        assert [p.name for p in folder.glob(f"*{checkpoint.SUFFIX}")] == ["mine.safetensors"]
    assert files.remove_stale_temps(path.parent, min_age_s=0) == len(temps)
    left = {p.name for p in path.parent.iterdir() if p.is_file()}
    assert path.name in left
    assert left <= {path.name, f".{path.name}.lock", f"{path.name}.journal"}
    check(kind, path)


@pytest.mark.parametrize("kind", ["model", "personal"])
@pytest.mark.parametrize("where", ["fsync", "replace"])
def test_sigkill_exactly_inside_a_save(tmp_path, kind, where):
    """Random kills mostly land outside the few milliseconds of the write itself; these land
    inside it: after the data is written but before it is flushed, and before the rename."""
    path = tmp_path / ("mine.safetensors" if kind == "model" else "personal-set.json")
    child = subprocess.Popen([sys.executable, str(CHILD), kind, str(path), where],
                             stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        assert child.stdout.readline().strip() == "ready"
        assert child.stdout.readline().strip() == "stalled"
        before = path.read_bytes()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert path.read_bytes() == before  # the file saved before is whole and untouched
    temps = [p for p in tmp_path.iterdir() if p.name.endswith(files.TEMP_SUFFIX)]
    assert len(temps) == 1  # the half-done save is a temporary file nothing reads
    if kind == "model":
        assert checkpoint.load_net(path)[1].metrics["version"] == 1
    else:
        assert len(PersonalSet.open(path)) == 1


def test_sigkill_inside_a_journal_line(tmp_path):
    """A label is one journal line: killed after the line is written but before it is
    flushed, the set opens whole, with the digit or without it, and takes more digits."""
    from bnn_gui.core.runs.personal_file import journal_path

    path = tmp_path / "personal-set.json"
    child = subprocess.Popen([sys.executable, str(CHILD), "personal-journal", str(path),
                              "fsync"], stdout=subprocess.PIPE, text=True,
                             env=os.environ.copy())
    try:
        assert child.stdout.readline().strip() == "ready"
        assert child.stdout.readline().strip() == "stalled"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert journal_path(path).exists()  # the stall was in the journal's line
    ps = PersonalSet.open(path)
    assert len(ps) in (1, 2)
    ps.add(Sample(3, [[(0.0, 0.0), (1.0, 1.0)]]))
    assert len(PersonalSet.open(path)) == len(ps)
