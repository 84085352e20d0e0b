"""Write each shipped model's recipe into its file, after the fact.

The shipped models were trained before model files kept their recipe (core/runs/recipe.py). Their
recipes are the commands of benchmarks/train_shipped.sh; this writes them into the files'
metadata, each stage marked as recorded afterwards, with the training settings the file itself
holds. Only the metadata changes: every tensor is checked to be bit for bit the same after.
Models trained from now on record their recipe as they are saved.

    python benchmarks/record_shipped_recipes.py
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from safetensors import safe_open
from safetensors.numpy import save

from bnn_gui.core.nets.checkpoint import read_model_file
from bnn_gui.core.files import atomic_write
from bnn_gui.core.runs.recipe import stage

TRAINED = Path(__file__).resolve().parents[1] / "trained"
NOTE = "recorded afterwards from benchmarks/train_shipped.sh; time: the file's creation"
PEN = "python benchmarks/pen_train.py"

COMMANDS = {
    "bnn-cnn": [("pen_train", f"{PEN} bnn-cnn --scratch --all --epochs 20 --lr 1e-2 --lr-end "
                              "1e-5 --shift 2 --variants 3 --synthetic 5000 --ema 0.999 "
                              "--out trained/bnn-cnn.safetensors")],
    "bnn-mlp": [("train", "bnn-gui train --preset bnn-mlp --epochs 30 --threads 2 --seed 1 "
                          "--out build/base/bnn-mlp.safetensors"),
                ("pen_train", f"{PEN} build/base/bnn-mlp.safetensors --all --lr 1e-3 --lr-end "
                              "1e-4 --shift 0 --variants 6 --synthetic 10000 --bn-on mnist "
                              "--out build/pen/bnn-mlp.safetensors"),
                ("pen_train", f"{PEN} build/pen/bnn-mlp.safetensors --all --epochs 2 --lr 1e-4 "
                              "--lr-end 1e-5 --shift 0 --variants 1 --synthetic 1000 --bn-on "
                              "mnist --out trained/bnn-mlp.safetensors")],
    "float-mlp": [("train", "bnn-gui train --preset float-mlp --epochs 15 --threads 2 --seed 1 "
                            "--out trained/float-mlp.safetensors")],
    "float-cnn": [("train", "bnn-gui train --preset float-cnn --threads 1 --seed 1 "
                            "--out trained/float-cnn.safetensors")],
    "binaryconnect-det": [("train", "bnn-gui train --preset binaryconnect-det --epochs 10 "
                                    "--threads 2 --seed 1 "
                                    "--out trained/binaryconnect-det.safetensors")],
}


def main() -> None:
    for name, commands in COMMANDS.items():
        path = TRAINED / f"{name}.safetensors"
        mf = read_model_file(path)
        with safe_open(str(path), "np") as f:
            meta = dict(f.metadata())
            tensors = {k: f.get_tensor(k) for k in f.keys()}
        data = {k: mf.metrics[k] for k in ("pen_writers", "pen_digits") if k in mf.metrics}
        recipe = []
        for i, (kind, command) in enumerate(commands):
            last = i == len(commands) - 1
            settings = {"model_config": mf.config.to_dict()}
            if last and mf.train_config is not None:  # the file holds the last stage's
                settings["train_config"] = mf.train_config.to_dict()
            s = stage(kind, settings, data if last else {}, command=command, note=NOTE)
            s["when"] = meta.get("created", "unknown")
            recipe.append(s)
        meta["recipe"] = json.dumps(recipe)
        atomic_write(path, save(tensors, metadata=meta))
        with safe_open(str(path), "np") as f:  # the weights untouched
            assert set(f.keys()) == set(tensors)
            assert all(np.array_equal(f.get_tensor(k), v) for k, v in tensors.items())
        print(f"{name}: {len(recipe)} stage(s) recorded")


if __name__ == "__main__":
    main()
