"""The ``bnn-gui`` command: the window by default, sub-commands presets / train / eval.

Imports are done inside the commands so that ``bnn-gui`` reaches its window without loading
PyTorch or reading data first.
"""

from __future__ import annotations

import argparse
import sys


DATA_HELP = ("folder holding MNIST's four IDX files (default: $BNN_GUI_DATA if set, then your "
             "data folder's mnist/, then ./data/mnist and ~/data/mnist)")


def _parser() -> argparse.ArgumentParser:
    from . import __version__
    from .core.runs.devices import DEVICES

    p = argparse.ArgumentParser(
        prog="bnn-gui",
        description="Draw a digit and watch a binarized neural network read it. "
                    "With no command, opens the window.",
        epilog="Environment: BNN_GUI_DATA (MNIST's folder), BNN_GUI_HOME (your data folder: "
               "models, personal set, downloaded MNIST).")
    p.add_argument("--version", action="version", version=f"bnn-gui {__version__}")
    p.add_argument("--data-dir", help=DATA_HELP)
    p.add_argument("--model", help="model file or name to open in the window (default: "
                                   "the last one, or the shipped bnn-cnn)")
    p.add_argument("--lang", choices=["en", "ru", "zh_CN"],
                   help="the window's language (default: the one chosen in View > Language, "
                        "else the system's); the command line stays English")
    sub = p.add_subparsers(dest="command")

    d = sub.add_parser("data", help="get a data set: pendigits (real pen trajectories, 1 MB)",
                       description="Download UCI's 'Pen-Based Recognition of Handwritten "
                                   "Digits' (original trajectories; CC BY 4.0), check it and "
                                   "convert it to the files the pen benchmarks read. MNIST is "
                                   "fetched by the window or found with --data-dir.")
    d.add_argument("name", choices=["pendigits"])
    d.add_argument("--from", dest="source", metavar="PATH",
                   help="convert a local copy instead of downloading: UCI's zip, or a folder "
                        "or file holding pendigits-orig.tra / .tes (plain or .Z)")
    d.add_argument("--dest", help="folder to write into (default: your data folder's "
                                  "pendigits/, where the benchmarks look)")

    def data_dir(parser):  # given before or after the command: the same (SUPPRESS: a
        # sub-command's absent option does not overwrite the top-level one)
        parser.add_argument("--data-dir", default=argparse.SUPPRESS, help=DATA_HELP)
        parser.add_argument("--device", default="auto", choices=DEVICES,
                            help="where PyTorch computes (default: auto, a GPU when PyTorch "
                                 "sees one, else the CPU)")

    sub.add_parser("presets", help="list the network presets and their training defaults",
                   description="Every network preset: its shape, what it is for, and the "
                               "training recipe `bnn-gui train --preset NAME` uses.")

    t = sub.add_parser("train", help="train a preset on MNIST and save the model",
                       epilog="Unset options take the preset's defaults (bnn-gui presets).")
    t.add_argument("--preset", help="network preset (see `bnn-gui presets`)")
    t.add_argument("--quick", action="store_true",
                   help="exactly the window's default run: bnn-quick, its own recipe (97%% in "
                        "about 10 s on 2 cores)")
    t.add_argument("--epochs", type=int, help="passes over the training digits")
    t.add_argument("--batch-size", type=int, help="digits per optimiser step")
    t.add_argument("--lr", type=float, help="starting learning rate; it decays to --lr-end, "
                                            "once an epoch (bnn-quick: at every batch, a "
                                            "one-cycle schedule)")
    t.add_argument("--lr-end", type=float, help="learning rate of the last epoch (default: the "
                                                "preset's ratio to --lr)")
    t.add_argument("--seed", type=int, help="seed of the initial weights and the shuffling "
                                            "(default: 0; same seed and threads: same result)")
    t.add_argument("--threads", type=int, help="CPU threads (default: all; same seed and "
                                                "threads: same result)")
    t.add_argument("--max-train-samples", type=int, help="train on the first N digits only")
    data_dir(t)
    t.add_argument("--out", help="model file to write (default: a new name in your model folder)")

    x = sub.add_parser("export", help="write a binary model in packed form (bits + thresholds)")
    x.add_argument("model", help="model file, or the name of a shipped or user model")
    x.add_argument("--out", help="packed file to write (.safetensors)")
    x.add_argument("--c", metavar="DIR", help="write a standalone C99 library into DIR: bnn.h, "
                                              "bnn.c, <model>.h and example.c")
    x.add_argument("--c-header", help="write the packed weights alone as a C header")

    lab = sub.add_parser("lab", help="the pitfalls lab: classic BNN mistakes as short runs",
                         formatter_class=argparse.RawDescriptionHelpFormatter,
                         epilog="experiments:\n" + _experiments_text())
    lab.add_argument("name", nargs="?", help="experiment (none: list them)")
    lab.add_argument("--epochs", type=int, help="epochs of every run (default: the experiment's)")
    lab.add_argument("--threads", type=int, help="CPU threads for PyTorch (default: its own)")
    lab.add_argument("--quick", action="store_true",
                     help="bits: 3 epochs a run instead of 15 (about 2 minutes on 2 cores)")
    lab.add_argument("--preset", help="bits: the network trained at each width "
                                      "(default: bnn-quick)")
    lab.add_argument("--max-train-samples", type=int, help="train on the first N digits only")
    data_dir(lab)
    lab.add_argument("--csv", help="write every run's curves (one row per epoch) to this file")

    f = sub.add_parser("finetune", help="fine-tune a model on your personal set mixed with MNIST")
    f.add_argument("model", help="model file, or the name of a shipped or user model")
    f.add_argument("--personal", help="personal-set file (default: yours, as the window keeps it)")
    f.add_argument("--epochs", type=int, help="default: 2")
    f.add_argument("--lr", type=float, help="starting learning rate, ending at a tenth of it "
                                            "(default: 1e-4)")
    f.add_argument("--mnist-samples", type=int, help="MNIST training digits mixed in "
                                                     "(default: 30000)")
    f.add_argument("--threads", type=int, help="CPU threads for PyTorch (default: all)")
    data_dir(f)
    f.add_argument("--out", help="model file to write (default: a new name in your model folder)")

    pic = sub.add_parser(
        "picture", help="render what the window shows into a PNG, offscreen (for slides)",
        epilog="e.g. bnn-gui picture --mnist 0 --view neuron --unit conv2:5,3,3 --size "
               "1280x720 --out n.png")
    pic.add_argument("--model", default=argparse.SUPPRESS,
                     help="model file or name (default: the shipped bnn-cnn)")
    src = pic.add_mutually_exclusive_group()
    src.add_argument("--mnist", type=int, metavar="N", help="MNIST test digit number N")
    src.add_argument("--strokes", metavar="FILE", help="a JSON file of strokes: "
                                                       "[[[x, y], ...], ...], y down")
    src.add_argument("--image", metavar="FILE", help="a picture of a digit (PNG, JPEG, …)")
    pic.add_argument("--view", choices=("window", "network", "neuron"), default="window",
                     help="the whole window (default), the network view alone, or the window "
                          "with Inside one neuron open on --unit")
    pic.add_argument("--unit", help="the unit to open and outline: LAYER:CHANNEL,ROW,COLUMN "
                                    "for a conv unit (conv2:5,3,3), LAYER:UNIT for a dense one")
    pic.add_argument("--size", default="1366x768", help="WIDTHxHEIGHT (default 1366x768)")
    pic.add_argument("--lang", choices=["en", "ru", "zh_CN"], default=argparse.SUPPRESS,
                     help="the window's language in the picture (default: English)")
    pic.add_argument("--out", required=True, help="the PNG file to write")
    data_dir(pic)

    les = sub.add_parser("lesson", help="open the window on a lesson (no name: list the "
                         "built-in lessons)")
    les.add_argument("name", nargs="?", help="a built-in lesson's name or a lesson file")
    data_dir(les)
    i = sub.add_parser("info", help="a model's architecture, accuracy, size, creation time and "
                                    "recipe (how it was made, stage by stage)")
    i.add_argument("model", help="model file, or the name of a shipped or user model")
    i.add_argument("--json", action="store_true", help="print one JSON object")

    e = sub.add_parser("eval", help="accuracy of a model on MNIST's 10,000 test digits")
    e.add_argument("model", help="model file, or the name of a shipped or user model")
    data_dir(e)
    e.add_argument("--json", action="store_true", help="print one JSON object")
    return p


def _experiments_text() -> str:
    from .core.runs.pitfalls import experiments

    return "\n".join(f"  {e.name:14s} {e.title}" for e in experiments())


def main(argv: list[str] | None = None) -> int:
    # A file name that is not UTF-8 (bytes kept as surrogates) must not turn a finished run
    # into exit status 1 when it is printed to a strict UTF-8 stream.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = _parser().parse_args(argv)
    import shlex

    # what a model's recipe records as the command that made it (core/runs/recipe.py)
    args.command_line = shlex.join(["bnn-gui", *(sys.argv[1:] if argv is None else argv)])
    from . import cli
    from .config import ConfigError

    # Expected failures print one clear line; only real bugs show a traceback.
    expected: tuple[type[BaseException], ...] = (ConfigError, OSError)
    try:
        from .core.nets.checkpoint import ModelFileError
        from .core.runs.data import DataError

        expected += (ModelFileError, DataError)
        if args.command == "data":
            from .core.pendigits_source import PenSourceError, fetch

            expected += (PenSourceError,)
            for path in fetch(args.source, args.dest):
                print(f"wrote {path}")
            return 0
        if args.command == "presets":
            return cli.cmd_presets(args)
        if args.command == "train":
            from .core.runs.training import TrainingDiverged

            try:
                return cli.cmd_train(args)
            except TrainingDiverged as e:
                print(f"\nerror: {e}", file=sys.stderr)
                return 3
        if args.command == "lab":
            try:
                from .cli_lab import cmd_lab

                return cmd_lab(args)
            except KeyError as e:
                print(f"error: {e.args[0]}", file=sys.stderr)
                return 2
        if args.command == "export":
            from .core.engine.packed import PackError

            expected += (PackError,)
            return cli.cmd_export(args)
        if args.command == "eval":
            return cli.cmd_eval(args)
        if args.command == "info":
            return cli.cmd_info(args)
        if args.command == "picture":
            from .gui.picture_command import PictureError, make_picture

            expected += (PictureError,)
            args.model = getattr(args, "model", None)
            print(f"wrote {make_picture(args)}")
            return 0
        if args.command == "lesson":
            from .core.lessons import LessonError, builtins, load

            if not args.name:
                for name, title in builtins():
                    print(f"{name:18s} {title}")
                return 0
            try:
                load(args.name)  # checked here: a bad file is one line, no window
            except LessonError as e:
                print(f"error: {e}", file=sys.stderr)
                return 2
            from .gui.app import run

            return run(model=args.model, data_dir=args.data_dir, lesson=args.name,
                       lang=args.lang)
        if args.command == "finetune":
            from .core.runs.personal import PersonalSetError

            expected += (PersonalSetError,)
            return cli.cmd_finetune(args)
        from .gui.app import run

        return run(model=args.model, data_dir=args.data_dir, lang=args.lang)
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
