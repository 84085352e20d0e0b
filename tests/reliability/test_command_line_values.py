"""Absurd hyperparameters on the command line: one clear line, exit status 2, no traceback,
nothing trained or written."""

import pytest

from bnn_gui.__main__ import main
from bnn_gui.core.paths import user_models_dir

OPTIONS = ["--epochs", "--batch-size", "--lr", "--lr-end", "--seed", "--threads",
           "--max-train-samples"]
VALUES = ["0", "-1", "1e12", "99999999999999999999", "nan", "inf", "ten", ""]
# valid: 0 means "all samples" / "torch's default threads", seed 0 is a seed, and the first
# 10**20 samples are all of them
FINE = {("--seed", "0"), ("--max-train-samples", "0"), ("--threads", "0"),
        ("--max-train-samples", "99999999999999999999")}
CASES = [(o, v) for o in OPTIONS for v in VALUES if (o, v) not in FINE]


@pytest.mark.parametrize("option,value", CASES)
def test_absurd_values_are_refused_before_training(option, value, capsys, tmp_path):
    out = tmp_path / "m.safetensors"
    args = ["train", "--preset", "bnn-mlp", option, value, "--out", str(out),
            "--data-dir", str(tmp_path)]  # an empty data folder: a run would fail there
    try:
        code = main(args)
    except SystemExit as e:  # argparse: not a number at all
        code = e.code
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err, err
    assert err.strip() and (option.lstrip("-").replace("-", " ").split()[0] in err.lower()
                            or "invalid" in err or "rate" in err), err
    assert not out.exists() and not user_models_dir().exists()
