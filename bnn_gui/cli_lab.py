"""`bnn-gui lab`: the pitfalls lab's experiments run in the terminal, each run's curve and a
table at the end (with `lab bits`, each width's size and the C library's speed). A thin
consumer of bnn_gui.core, like the other sub-commands (cli.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from .cli import ProgressLine, _check_out, _data_progress, _device
from .config import ConfigError
from .core.describe import count


def cmd_lab(args) -> int:
    from .core.runs import data
    from .core.lab import bit_budget
    from .core.runs.pitfalls import LAB_EPOCHS, experiment, experiments
    from .core.runs.training import BatchProgress, EpochEnd, Finished, train

    if not args.name:
        for e in experiments():
            print(f"{e.name:14s} {e.title}: {len(e.runs)} runs")
        return 0
    exp = experiment(args.name)
    if args.name == bit_budget.NAME:
        exp = bit_budget.experiment(args.preset or bit_budget.BASE,
                                    LAB_EPOCHS if args.quick else bit_budget.FULL_EPOCHS)
    elif args.preset or args.quick:
        raise ConfigError(f"--preset and --quick are for `lab {bit_budget.NAME}`")
    changes = {k: v for k, v in dict(epochs=args.epochs, threads=args.threads,
                                     max_train_samples=args.max_train_samples).items()
               if v is not None}
    configs = [run.train.replace(**changes) for run in exp.runs]  # bad values: before the data
    if args.csv:
        _check_out(Path(args.csv))
    device = _device(args)
    ds = data.load_mnist(args.data_dir, progress=_data_progress)
    # the window's hint about hovering a row means nothing in a terminal
    print(f"{exp.title}\n{exp.text.replace(' (hover its row to read it again)', '')}\n")
    rows, curves, widths = [], [], []
    line = ProgressLine()
    for n, (run, tc) in enumerate(zip(exp.runs, configs), 1):
        print(f"run {n}/{len(exp.runs)}: {run.label} ({count(tc.epochs, 'epoch')})",
              file=sys.stderr)
        best, seconds, train_acc, finding = 0.0, 0.0, 0.0, None
        for ev in (run.trainer or train)(run.model, tc, ds, device=device):
            if isinstance(ev, BatchProgress):
                line.batch(ev)
            elif isinstance(ev, EpochEnd):
                line.clear()
                best, train_acc = max(best, ev.test_accuracy), ev.train_accuracy
                curves.append((run.label, ev.epoch + 1, ev.train_loss, ev.train_accuracy,
                               ev.test_accuracy, ev.lr))
                print(f"  {run.label}: epoch {ev.epoch + 1}/{ev.epochs}  test "
                      f"{100 * ev.test_accuracy:.2f}%", flush=True)
            elif isinstance(ev, Finished):
                seconds, finding = ev.seconds, ev.summary()
                if exp.name == bit_budget.NAME:
                    widths.append(_bits_row(ev, ds))
        if run.lesson or finding:
            print("  " + " ".join(t for t in (run.lesson, finding and f"Measured: {finding}.")
                                  if t), flush=True)
        rows.append((run.label, tc, train_acc, best, seconds))
    print("\n| run | epochs | batch | lr | training accuracy | best test accuracy | seconds |"
          "\n|---|---|---|---|---|---|---|")
    for label, tc, train_acc, best, seconds in rows:
        trained = f"{100 * train_acc:.2f}%" if train_acc == train_acc else "–"  # NaN: no training
        print(f"| {label} | {tc.epochs} | {tc.batch_size} | {tc.lr:g} | {trained} | "
              f"{100 * best:.2f}% | {seconds:.0f} |")
    if widths:
        print("\n" + bit_budget.table(widths))
        print("(weights KB: the weights packed at their width, ternary 1.6 bits; C µs: the "
              "exported C library, one core, -O2, 1,000 test digits; 1 bit only)")
    if args.csv:
        import csv
        import io

        from .core.files import atomic_write

        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["run", "epoch", "train_loss", "train_accuracy", "test_accuracy", "lr"])
        for c in curves:
            w.writerow([c[0], c[1], f"{c[2]:.6f}", f"{c[3]:.6f}", f"{c[4]:.6f}", f"{c[5]:.6g}"])
        atomic_write(Path(args.csv), out.getvalue().encode("utf-8"))
        print(f"wrote {args.csv}")
    return 0


def _bits_row(finished, ds):
    """A bit-budget run's row: its test accuracy, and at 1 bit its C library's speed."""
    from .core.engine.c_timing import c_us, compiler
    from .core.nets.packing import pack
    from .core.lab.bit_budget import Row

    cfg, us = finished.model_config, None
    if cfg.binary_weights and cfg.one_bit and compiler() is not None:
        try:
            us = c_us(pack(finished.model.cpu()), cfg.name, ds.test_x[:1000])
        except (RuntimeError, OSError) as e:  # the table still comes; the line says why not
            print(f"  (no C timing: {e})", file=sys.stderr)
    return Row(cfg, finished.test_accuracy, us)
