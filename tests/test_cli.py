import json
import subprocess
import sys

import pytest

from bnn_gui.__main__ import main
from bnn_gui.config import PRESETS
from bnn_gui.core.nets import checkpoint


def test_presets_lists_every_preset_with_its_training_defaults(capsys):
    from bnn_gui.config import train_defaults

    assert main(["presets"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split()[0] for line in lines[::2]] == list(PRESETS)
    tc = train_defaults("bnn-mlp")
    assert f"batch {tc.batch_size}, lr {tc.lr:g}" in lines[2 * list(PRESETS).index("bnn-mlp") + 1]


def test_train_then_eval_on_real_mnist(tmp_path, capsys, mnist):
    out = tmp_path / "m.safetensors"
    rc = main(["train", "--preset", "seed-mlp", "--epochs", "2", "--max-train-samples", "3000",
               "--batch-size", "100", "--threads", "1", "--out", str(out)])
    captured = capsys.readouterr()
    assert rc == 0, captured.err
    assert "epoch 2/2" in captured.out and "test" in captured.out and "saved" in captured.out
    assert "samples/s" in captured.err  # the progress bar
    mf = checkpoint.read_model_file(out)
    assert mf.config.name == "seed-mlp" and mf.train_config.epochs == 2
    assert set(json.loads(mf.meta["mnist_md5"])) == {"train-images-idx3-ubyte",
                                                   "train-labels-idx1-ubyte",
                                                   "t10k-images-idx3-ubyte",
                                                   "t10k-labels-idx1-ubyte"}
    assert main(["eval", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["n"] == 10000 and result["preset"] == "seed-mlp"
    assert result["accuracy"] == pytest.approx(mf.test_accuracy)
    assert result["accuracy"] > 0.6  # 3,000 digits, 2 epochs; chance is 0.1


# bnn-mlp and bnn-cnn are also taught real pen input; the floors are those it must keep
# (docs/pen-accuracy.md)
@pytest.mark.parametrize("name,minimum", [("bnn-mlp", 0.98), ("float-mlp", 0.98),
                                          ("binaryconnect-det", 0.98),
                                          ("bnn-cnn", 0.991), ("float-cnn", 0.99)])
def test_shipped_model_accuracy_on_real_mnist(name, minimum, capsys, mnist):
    assert main(["eval", name, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["preset"] == name and result["n"] == 10000
    assert result["accuracy"] >= minimum
    # the accuracy recorded in the file is the one eval measures
    assert result["accuracy"] == pytest.approx(checkpoint.read_model_file(result["path"]).test_accuracy)


@pytest.mark.parametrize("args,message", [
    (["train", "--preset", "bnn-mlp", "--epochs", "0"], "epochs = 0 is out of range"),
    (["train", "--preset", "bnn-mlp", "--lr", "-1"], "learning rate = -1.0 is out of range"),
    (["train", "--preset", "bnn-mlp", "--batch-size", "1000000"], "batch size"),
    (["train", "--preset", "nope"], "unknown preset 'nope'"),
    (["eval", "/no/such/file.safetensors"], "no such model file"),
])
def test_bad_arguments_give_one_clear_line(args, message, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_non_numeric_argument_is_refused_by_the_parser(capsys):
    with pytest.raises(SystemExit) as e:
        main(["train", "--preset", "bnn-mlp", "--epochs", "ten"])
    assert e.value.code == 2 and "invalid int value: 'ten'" in capsys.readouterr().err


def test_eval_of_a_corrupt_file_names_it(tmp_path):
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(b"\x00" * 100)
    r = subprocess.run([sys.executable, "-m", "bnn_gui", "eval", str(bad)],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert str(bad) in r.stderr and "Traceback" not in r.stderr


def test_export_writes_a_packed_file_and_a_c_header(tmp_path, capsys):
    from bnn_gui.core.engine import export

    out, header = tmp_path / "m.safetensors", tmp_path / "m.h"
    assert main(["export", "bnn-mlp", "--out", str(out), "--c-header", str(header)]) == 0
    text = capsys.readouterr().out
    assert "30." in text and "all" in text  # the size table, ~30x smaller
    assert export.load_packed(out).layers[0].units == 1024
    assert "bnn_dense1_threshold[1024]" in header.read_text()


def test_export_refuses_a_float_model(tmp_path, capsys):
    assert main(["export", "float-mlp", "--out", str(tmp_path / "f.safetensors")]) == 2
    assert "binary weights" in capsys.readouterr().err
    assert not (tmp_path / "f.safetensors").exists()


def test_lab_lists_runs_and_compares(tmp_path, capsys, mnist):
    assert main(["lab"]) == 0
    assert "output-sign" in capsys.readouterr().out
    csv = tmp_path / "curves.csv"
    assert main(["lab", "tiny-lr", "--epochs", "1", "--max-train-samples", "2000",
                 "--threads", "1", "--csv", str(csv)]) == 0
    out = capsys.readouterr().out
    assert "| lr 1e-2 | 1 | 200 | 0.01 |" in out and "| lr 1e-6 | 1 | 200 | 1e-06 |" in out
    lines = csv.read_text().splitlines()
    assert lines[0].startswith("run,epoch") and len(lines) == 3
    assert main(["lab", "no-such-thing"]) == 2


def _personal_file(path, per_digit=2):
    import numpy as np

    from bnn_gui.research.handwriting import TILTED, draw_digit
    from bnn_gui.core.runs.personal import PersonalSet, Sample

    rng = np.random.default_rng(0)
    ps = PersonalSet(path)
    for _ in range(per_digit):
        for d in range(10):
            ps.samples.append(Sample(d, [s.tolist() for s in draw_digit(d, rng, style=TILTED)]))
    ps.export_file(path)
    return path


def test_finetune_on_a_personal_set_file(tmp_path, capsys, mnist):
    mine = _personal_file(tmp_path / "mine.json")
    out = tmp_path / "tuned.safetensors"
    assert main(["finetune", "bnn-mlp", "--personal", str(mine), "--epochs", "1",
                 "--mnist-samples", "2000", "--threads", "2", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    printed = captured.out
    from bnn_gui.core.paths import shipped_models_dir

    shipped = checkpoint.read_model_file(shipped_models_dir() / "bnn-mlp.safetensors").test_accuracy
    # two drawings of each digit: said before training that nothing can be held out, and
    # after it that the handwriting was not measured (not "(0): — → —")
    assert "draw at least 3 of a digit" in captured.err and "20 digits of" in captured.err
    assert "was not measured" in printed and "—" not in printed
    assert f"MNIST test: {100 * shipped:.2f}% →" in printed  # the file's own figure, then after
    mf = checkpoint.read_model_file(out)
    assert mf.metrics["finetune"]["trained_on"] == 20 and "bnn-mlp" in mf.metrics["finetuned_from"]


@pytest.mark.parametrize("content,message", [
    (None, "no such file"),
    (b'{"format": "bnn-gui-personal/1", "samples": []}', "the personal set is empty"),
    (b'{"format": "bnn-gui-personal/1", "samples": [{"id": "x", "label": 12}]}',
     "label 12 is not a digit"),
])
def test_finetune_refuses_an_empty_or_damaged_set(tmp_path, capsys, content, message):
    path = tmp_path / "mine.json"
    if content is not None:
        path.write_bytes(content)
    assert main(["finetune", "bnn-mlp", "--personal", str(path), "--out",
                 str(tmp_path / "o.safetensors")]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "o.safetensors").exists()


def test_data_dir_works_before_and_after_the_command(monkeypatch, capsys, mnist):
    """`bnn-gui --data-dir D eval bnn-mlp` said MNIST was not found (the sub-command's empty
    option overwrote the top-level one)."""
    import os

    folder = os.environ["BNN_GUI_DATA"]
    monkeypatch.delenv("BNN_GUI_DATA")
    monkeypatch.chdir(os.path.dirname(folder))  # a folder where MNIST is not searched for
    for argv in (["--data-dir", folder, "eval", "bnn-mlp", "--json"],
                 ["eval", "bnn-mlp", "--json", "--data-dir", folder]):
        assert main(argv) == 0, capsys.readouterr().err
        assert json.loads(capsys.readouterr().out)["n"] == 10000


def test_lab_refuses_bad_values_before_reading_data(tmp_path, capsys):
    rc = main(["lab", "output-sign", "--epochs", "0", "--data-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert rc == 2 and "epochs" in err and "MNIST" not in err


def test_version_presets_defaults_and_the_lab_list_in_help(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("bnn-gui 0.")
    assert main(["presets"]) == 0
    assert "bnn-mlp" in capsys.readouterr().out.split("defaults:")[0]
    with pytest.raises(SystemExit):
        main(["lab", "--help"])
    out = capsys.readouterr().out
    assert "output-sign" in out and "no-batchnorm" in out and "BNN_GUI_DATA" in out


def test_no_display_is_one_line_not_an_abort():
    """With no display Qt aborted the process (exit 134) with a hint about xcb-cursor0."""
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run([sys.executable, "-m", "bnn_gui"], env=env, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 2 and r.stderr.startswith("error: no display found")
    assert len(r.stderr.strip().splitlines()) == 1


def test_missing_x11_libraries_are_named():
    from bnn_gui.gui.app import XCB_PACKAGES, display_problem

    assert XCB_PACKAGES in display_problem({"DISPLAY": ":0"}, find_library=lambda name: None)
    assert display_problem({"DISPLAY": ":0"}, find_library=lambda name: "libxcb-cursor.so.0") \
        is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_quick_is_the_windows_default_run(capsys):
    from bnn_gui.config import QUICK_PRESET, quick_train, train_defaults
    from bnn_gui.gui.runs.training_form import DEFAULT_PRESET

    assert DEFAULT_PRESET == QUICK_PRESET and quick_train(QUICK_PRESET) == \
        train_defaults(QUICK_PRESET)
    assert main(["train", "--quick", "--preset", "bnn-mlp"]) == 2
    assert "--quick trains bnn-quick" in capsys.readouterr().err
    assert main(["train"]) == 2
    assert "--preset" in capsys.readouterr().err


def test_device_option_for_every_training_command(capsys):
    import torch

    for command in (["train", "--quick"], ["finetune", "bnn-mlp"], ["lab", "output-sign"],
                    ["eval", "bnn-mlp"]):
        with pytest.raises(SystemExit):
            main([*command[:1], "--help"])
        assert "--device {auto,cpu,cuda,mps}" in capsys.readouterr().out
        if not torch.cuda.is_available():
            assert main([*command, "--device", "cuda", "--data-dir", "/nonexistent"]) == 2
            err = capsys.readouterr().err
            assert "no CUDA GPU" in err and "MNIST" not in err  # refused before any data


def test_export_writes_a_c_library(tmp_path, capsys):
    assert main(["export", "bnn-cnn", "--c", str(tmp_path / "c")]) == 0
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == \
        ["bnn.c", "bnn.h", "bnn_model_bnn_cnn.h", "example.c"]
    out = capsys.readouterr().out
    assert "cc -std=c99" in out and "flash: model data 90,120 bytes" in out and "RAM" in out
    assert main(["export", "bnn-cnn"]) == 2
    assert "--c DIR" in capsys.readouterr().err


def test_models_carry_their_recipe_and_info_prints_it(tmp_path, capsys, synthetic, monkeypatch):
    """A model trained by the CLI records how (its command, configs); one fine-tuned from it
    records that stage after its base's; `bnn-gui info` prints them."""
    import json as _json

    from bnn_gui.core.runs import data as data_mod
    from bnn_gui.core.runs.personal import PersonalSet, Sample

    monkeypatch.setattr(data_mod, "load_mnist", lambda *a, **k: synthetic)
    out = tmp_path / "m.safetensors"
    assert main(["train", "--preset", "seed-mlp", "--epochs", "1", "--threads", "1",
                 "--out", str(out)]) == 0
    recipe = checkpoint.read_model_file(out).recipe
    assert [s["kind"] for s in recipe] == ["train"]
    assert recipe[0]["settings"]["train_config"]["epochs"] == 1
    assert "train --preset seed-mlp" in recipe[0]["command"]
    capsys.readouterr()
    assert main(["info", str(out)]) == 0
    text = capsys.readouterr().out
    assert "architecture: seed-mlp" in text and "$ " in text and "train --preset seed-mlp" in text
    assert main(["info", str(out), "--json"]) == 0
    assert _json.loads(capsys.readouterr().out)["recipe"] == recipe
    mine = PersonalSet(tmp_path / "mine.json")
    for d in (1, 7):
        mine.add(Sample(d, [[(0, 0), (0, 100)], [(0, 0), (d * 10, 0)]]))
    tuned = tmp_path / "t.safetensors"
    assert main(["finetune", str(out), "--personal", str(mine.path), "--epochs", "1",
                 "--mnist-samples", "200", "--threads", "1", "--out", str(tuned)]) == 0
    assert [s["kind"] for s in checkpoint.read_model_file(tuned).recipe] == ["train", "finetune"]


def test_the_shipped_models_carry_their_recipe(capsys):
    assert main(["info", "bnn-cnn"]) == 0
    text = capsys.readouterr().out
    assert "pen_train.py bnn-cnn --scratch" in text and "--val 5000" in text
    assert "chosen_epoch" in text  # chosen on validation, not on the test set
    from bnn_gui.core.paths import shipped_models_dir

    mf = checkpoint.read_model_file(shipped_models_dir() / "bnn-cnn.safetensors")
    assert f"{100 * mf.test_accuracy:.2f}%" in text


def test_a_damaged_recipe_is_one_line(tmp_path, capsys):
    from safetensors.numpy import load_file, save_file
    from safetensors import safe_open

    src = checkpoint.resolve("float-mlp")
    with safe_open(str(src), "np") as f:
        meta = dict(f.metadata())
    meta["recipe"] = '{"not": "a list"}'
    bad = tmp_path / "bad.safetensors"
    save_file(load_file(str(src)), str(bad), metadata=meta)
    assert main(["info", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "recipe" in err and len(err.splitlines()) == 1


def test_lab_bits_prints_a_row_per_width_and_refuses_its_flags_elsewhere(capsys, mnist):
    """Issue 33: `bnn-gui lab bits` prints the bit-budget table: 1, 1.58, 2, 4, 8 bits and
    float, the weights' KB in proportion to the width, C µs only where the width is 1 bit."""
    import shutil

    assert main(["lab", "bits", "--quick", "--epochs", "1", "--max-train-samples", "1000",
                 "--threads", "1"]) == 0
    out = capsys.readouterr().out
    table = out[out.index("| bits | weights |"):].splitlines()
    rows = [r.split(" | ") for r in table[2:8]]
    assert [r[0].strip("| ") for r in rows] == ["1", "1.58", "2", "4", "8", "32 (float)"]
    kb = [float(r[4].replace(",", "")) for r in rows]
    assert kb[2:] == pytest.approx([2 * kb[0], 4 * kb[0], 8 * kb[0], 32 * kb[0]], abs=2)
    c = [r[5].strip(" |") for r in rows]
    assert c[1:] == ["–"] * 5
    assert (c[0] != "–") == bool(shutil.which("cc") or shutil.which("gcc"))
    assert main(["lab", "tiny-lr", "--quick"]) == 2
    assert "--preset and --quick are for `lab bits`" in capsys.readouterr().err
