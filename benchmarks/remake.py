"""Re-make models from the recipes in their files, and compare the accuracy.

    python benchmarks/remake.py trained/bnn-mlp.safetensors [more models] [--out DIR]
                                [--build DIR] [--dry-run]

Each model file records how it was made, stage by stage (core/runs/recipe.py; `bnn-gui info
MODEL` prints it). This script runs those stages again, in order: a command-line stage
(`bnn-gui train ...`, `python benchmarks/pen_train.py ...`) as its recorded command, with
every file it wrote moved into --build (and the last stage's into --out, under the model's
own file name); a run started in the window (`window_train`) through the same code the window
uses (core.runs.run), from the configs it recorded. A stage that cannot be re-made from the
file alone (a fine-tune on someone's personal digits, which the file does not hold) is named
with the reason, and the model is skipped.

It prints one row per model: | model | recorded test % | re-made test % | difference |
(MNIST's test set, as `bnn-gui eval` measures it). A run-to-run difference of a few hundredths
of a point is noise: PyTorch's CPU kernels do not promise the same bits with other threads.
Needs MNIST (BNN_GUI_DATA) and, for pen stages, the pendigits folder (docs/pen-accuracy.md).
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNNABLE = ("bnn-gui train", "python benchmarks/pen_train.py")


class CannotRemake(Exception):
    """A stage the file alone cannot re-make."""


def plan(recipe: list, build: Path, final: Path) -> list:
    """The stages as steps: ("command", argv) or ("window_train", settings, out path). Files a
    stage wrote are renamed into ``build`` (the last into ``final``), and later stages read
    them from there."""
    if not recipe:
        raise CannotRemake("the file records no recipe")
    renamed: dict[str, str] = {}
    steps = []
    for i, stage in enumerate(recipe):
        last = i == len(recipe) - 1
        kind, command = stage.get("kind"), stage.get("command", "")
        if kind == "window_train":
            out = final if last else build / f"stage{i + 1}.safetensors"
            steps.append(("window_train", stage["settings"], out))
            continue
        if not command.startswith(RUNNABLE):
            raise CannotRemake(f"stage {i + 1} ({kind}) was not a command that can be run "
                               f"again: {command or 'none recorded'}"
                               + (" (the personal digits it used are not in the file)"
                                  if "finetune" in str(kind) else ""))
        argv = shlex.split(command)
        if "--out" not in argv:  # it wrote into the user's model folder: name the file here
            argv += ["--out", "model.safetensors"]
        at = argv.index("--out") + 1
        new_out = final if last else build / f"stage{i + 1}-{Path(argv[at]).name}"
        renamed[argv[at]] = str(new_out)
        argv[at] = str(new_out)
        argv = [renamed.get(a, a) for a in argv]  # earlier stages' files, where they now are
        if argv[0] == "bnn-gui":
            argv = [sys.executable, "-m", "bnn_gui", *argv[1:]]
        elif argv[0] == "python":
            argv = [sys.executable, *argv[1:]]
        steps.append(("command", argv))
    return steps


def window_train(settings: dict, out: Path) -> None:
    """A window_train stage again: the recorded configs through core.runs.run, as the window
    runs them, saved with the recipe."""
    from bnn_gui.config import ModelConfig, TrainConfig
    from bnn_gui.core.nets import checkpoint
    from bnn_gui.core.runs.data import load_mnist
    from bnn_gui.core.runs.run import RunRecord, RunSpec, events, run_events

    spec = RunSpec(ModelConfig.from_dict(settings["model_config"]),
                   TrainConfig.from_dict(settings["train_config"]), out.parent, device="cpu")
    result = run_events(events(spec, load_mnist())[1], RunRecord(spec))
    checkpoint.save(out, result.model, result.train_config, result.metrics(), result.checksums,
                    spec.recipe())


def measured(path: Path) -> float:
    out = subprocess.run([sys.executable, "-m", "bnn_gui", "eval", str(path), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    import json

    return 100 * json.loads(out.stdout)["accuracy"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("models", nargs="+")
    ap.add_argument("--out", default="build/remade", help="where the re-made models go")
    ap.add_argument("--build", default="build/remake", help="where intermediate stages go")
    ap.add_argument("--dry-run", action="store_true", help="print the steps, run nothing")
    args = ap.parse_args(argv)
    from bnn_gui.core.nets.checkpoint import ModelFileError, read_model_file, resolve

    out_dir, build = Path(args.out), Path(args.build)
    rows = []
    for name in args.models:
        try:
            mf = read_model_file(resolve(name))
            final = out_dir / mf.path.name
            steps = plan(mf.recipe, build / mf.path.stem, final)
        except (ModelFileError, CannotRemake) as e:
            print(f"{name}: cannot be re-made: {e}", file=sys.stderr)
            continue
        for step in steps:
            shown = (shlex.join(step[1]) if step[0] == "command"
                     else f"(window_train through core.runs.run) -> {step[2]}")
            print(f"{mf.path.name}: {shown}", flush=True)
        if args.dry_run:
            continue
        (build / mf.path.stem).mkdir(parents=True, exist_ok=True)
        out_dir.mkdir(parents=True, exist_ok=True)
        for step in steps:
            if step[0] == "command":
                subprocess.run(step[1], check=True, cwd=ROOT)
            else:
                window_train(step[1], step[2])
        recorded = mf.test_accuracy
        rows.append((mf.path.name, None if recorded is None else 100 * recorded,
                     measured(final)))
    if rows:
        print("\n| model | recorded test % | re-made test % | difference |\n|---|---|---|---|")
        for model, recorded, remade in rows:
            diff = "–" if recorded is None else f"{remade - recorded:+.2f}"
            rec = "–" if recorded is None else f"{recorded:.2f}"
            print(f"| {model} | {rec} | {remade:.2f} | {diff} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
