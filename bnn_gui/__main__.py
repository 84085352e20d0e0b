"""The ``bnn-gui`` command: the window by default, sub-commands presets / train / eval.

Imports are done inside the commands so that ``bnn-gui`` reaches its window without loading
PyTorch or reading data first.
"""

from __future__ import annotations

import argparse
import sys


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bnn-gui",
        description="Draw a digit and watch a binarized neural network read it. "
                    "With no command, opens the window.")
    p.add_argument("--data-dir", help="folder holding MNIST's four IDX files")
    p.add_argument("--model", help="model file or name to open in the window")
    sub = p.add_subparsers(dest="command")

    sub.add_parser("presets", help="list the network presets")

    t = sub.add_parser("train", help="train a preset on MNIST and save the model")
    t.add_argument("--preset", required=True, help="network preset (see `bnn-gui presets`)")
    t.add_argument("--epochs", type=int)
    t.add_argument("--batch-size", type=int)
    t.add_argument("--lr", type=float, help="starting learning rate (decays each epoch)")
    t.add_argument("--lr-end", type=float, help="learning rate of the last epoch")
    t.add_argument("--seed", type=int)
    t.add_argument("--threads", type=int, help="CPU threads (same seed and threads: same result)")
    t.add_argument("--max-train-samples", type=int, help="train on the first N digits only")
    t.add_argument("--data-dir", help="folder holding MNIST's four IDX files")
    t.add_argument("--out", help="model file to write (default: your model folder)")

    x = sub.add_parser("export", help="write a binary model in packed form (bits + thresholds)")
    x.add_argument("model", help="model file, or the name of a shipped or user model")
    x.add_argument("--out", required=True, help="packed file to write (.safetensors)")
    x.add_argument("--c-header", help="also write the packed weights as a C header")

    lab = sub.add_parser("lab", help="the pitfalls lab: classic BNN mistakes as short runs")
    lab.add_argument("name", nargs="?", help="experiment (none: list them)")
    lab.add_argument("--epochs", type=int)
    lab.add_argument("--threads", type=int)
    lab.add_argument("--max-train-samples", type=int, help="train on the first N digits only")
    lab.add_argument("--data-dir", help="folder holding MNIST's four IDX files")
    lab.add_argument("--csv", help="write every run's curves (one row per epoch) to this file")

    f = sub.add_parser("finetune", help="fine-tune a model on your personal set mixed with MNIST")
    f.add_argument("model", help="model file, or the name of a shipped or user model")
    f.add_argument("--personal", help="personal-set file (default: yours, as the window keeps it)")
    f.add_argument("--epochs", type=int)
    f.add_argument("--lr", type=float, help="starting learning rate (ends at a tenth of it)")
    f.add_argument("--mnist-samples", type=int, help="MNIST training digits mixed in")
    f.add_argument("--threads", type=int)
    f.add_argument("--data-dir", help="folder holding MNIST's four IDX files")
    f.add_argument("--out", help="model file to write (default: your model folder)")

    e = sub.add_parser("eval", help="accuracy of a model on MNIST's 10,000 test digits")
    e.add_argument("model", help="model file, or the name of a shipped or user model")
    e.add_argument("--data-dir", help="folder holding MNIST's four IDX files")
    e.add_argument("--json", action="store_true", help="print one JSON object")
    return p


def main(argv: list[str] | None = None) -> int:
    # A file name that is not UTF-8 (bytes kept as surrogates) must not turn a finished run
    # into exit status 1 when it is printed to a strict UTF-8 stream.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = _parser().parse_args(argv)
    from . import cli
    from .config import ConfigError

    # Expected failures print one clear line; only real bugs show a traceback.
    expected: tuple[type[BaseException], ...] = (ConfigError, OSError)
    try:
        from .core.checkpoint import ModelFileError
        from .core.data import DataError

        expected += (ModelFileError, DataError)
        if args.command == "presets":
            return cli.cmd_presets(args)
        if args.command == "train":
            from .core.training import TrainingDiverged

            try:
                return cli.cmd_train(args)
            except TrainingDiverged as e:
                print(f"\nerror: {e}", file=sys.stderr)
                return 3
        if args.command == "lab":
            try:
                return cli.cmd_lab(args)
            except KeyError as e:
                print(f"error: {e.args[0]}", file=sys.stderr)
                return 2
        if args.command == "export":
            from .core.packed import PackError

            expected += (PackError,)
            return cli.cmd_export(args)
        if args.command == "eval":
            return cli.cmd_eval(args)
        if args.command == "finetune":
            from .core.personal import PersonalSetError

            expected += (PersonalSetError,)
            return cli.cmd_finetune(args)
        from .gui.app import run

        return run(model=args.model, data_dir=args.data_dir)
    except expected as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except MemoryError:
        print("error: not enough memory for this (nothing was written)", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nstopped; nothing was written", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
