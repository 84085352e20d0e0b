"""benchmarks/remake.py re-makes a model from the recipe in its file: a command-line run and a
window run come out with the same accuracy; a stage the file cannot re-make is named."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def remake_module():
    spec = importlib.util.spec_from_file_location("remake", ROOT / "benchmarks" / "remake.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_recipe_re_makes_its_model_with_the_same_accuracy(mnist, tmp_path):
    from bnn_gui.config import TrainConfig, preset
    from bnn_gui.core.nets import checkpoint
    from bnn_gui.core.runs.run import RunRecord, RunSpec, events, run_events, save

    cli_model = tmp_path / "cli.safetensors"
    subprocess.run([sys.executable, "-m", "bnn_gui", "train", "--preset", "seed-mlp",
                    "--epochs", "1", "--max-train-samples", "600", "--threads", "1",
                    "--out", str(cli_model)], check=True, capture_output=True, cwd=ROOT)
    spec = RunSpec(preset("seed-mlp"), TrainConfig(epochs=1, batch_size=100, threads=1,
                                                   max_train_samples=600), tmp_path)
    window_model = save(spec, run_events(events(spec, mnist)[1], RunRecord(spec)))
    out = tmp_path / "remade"
    r = subprocess.run([sys.executable, "benchmarks/remake.py", str(cli_model),
                        str(window_model), "--out", str(out), "--build",
                        str(tmp_path / "build")], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    rows = [line for line in r.stdout.splitlines() if line.startswith("| ") and ".safetensors" in line]
    assert len(rows) == 2, r.stdout
    for row in rows:
        _, name, recorded, remade, diff, _ = [c.strip() for c in row.split("|")]
        assert recorded == remade and diff == "+0.00", row  # same seed and threads: same bits
        assert checkpoint.read_model_file(out / name).recipe  # the re-made file has one too


def test_a_stage_the_file_cannot_re_make_is_named():
    remake = remake_module()
    finetune = {"kind": "window_finetune", "settings": {},
                "command": "bnn-gui (the window): Digits ▸ Teach the live model my handwriting"}
    with pytest.raises(remake.CannotRemake, match="personal digits"):
        remake.plan([{"kind": "window_train", "settings": {}}, finetune], Path("b"), Path("f"))
    with pytest.raises(remake.CannotRemake, match="no recipe"):
        remake.plan([], Path("b"), Path("f"))


def test_later_stages_read_the_earlier_stages_new_files():
    remake = remake_module()
    steps = remake.plan([
        {"kind": "train", "command": "bnn-gui train --preset bnn-mlp --out build/base/m.safetensors"},
        {"kind": "pen_train", "command": "python benchmarks/pen_train.py build/base/m.safetensors "
                                         "--all --out trained/bnn-mlp.safetensors"}],
        Path("B"), Path("F/bnn-mlp.safetensors"))
    first, second = steps[0][1], steps[1][1]
    assert first[first.index("--out") + 1] == str(Path("B/stage1-m.safetensors"))
    assert str(Path("B/stage1-m.safetensors")) in second  # its input, where stage 1 put it
    assert second[second.index("--out") + 1] == str(Path("F/bnn-mlp.safetensors"))
    assert first[:3] == [sys.executable, "-m", "bnn_gui"]
