"""The command-line sub-commands: presets, train, finetune, eval, info, export (the pitfalls
lab's: cli_lab.py). Thin consumers of bnn_gui.core."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from .config import PRESETS, preset, train_defaults
from .core.describe import count


def cmd_presets(args) -> int:
    width = max(map(len, PRESETS))
    for name, cfg in PRESETS.items():
        tc = train_defaults(name)
        print(f"{name:<{width}}  {cfg.description}\n{'':<{width}}  defaults: "
              f"{count(tc.epochs, 'epoch')}, batch {tc.batch_size}, lr {tc.lr:g} -> "
              f"{tc.lr_end:g}, seed {tc.seed}")
    return 0


def _fmt_time(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    return f"{seconds // 60}:{seconds % 60:02d}"


class ProgressLine:
    """One line on stderr, redrawn at most 10 times a second."""

    def __init__(self, stream=None):
        self.stream, self.last = stream or sys.stderr, 0.0

    def batch(self, ev) -> None:
        now = time.monotonic()
        if now - self.last < 0.1 and ev.batch + 1 < ev.batches:
            return
        self.last = now
        filled = int(24 * (ev.batch + 1) / ev.batches)
        bar = "#" * filled + "." * (24 - filled)
        self.stream.write(
            f"\repoch {ev.epoch + 1}/{ev.epochs} [{bar}] loss {ev.loss:.3f} "
            f"acc {100 * ev.accuracy:5.1f}% {ev.samples_per_s:,.0f} samples/s "
            f"left {_fmt_time(ev.eta)} ")
        self.stream.flush()

    def clear(self) -> None:
        self.stream.write("\r" + " " * 96 + "\r")
        self.stream.flush()


def cmd_train(args) -> int:
    from .config import QUICK_PRESET, ConfigError
    from .core.nets import checkpoint
    from .core.runs import data
    from .core.runs.training import BatchProgress, EpochEnd, Finished, train

    if args.quick:
        if args.preset not in (None, QUICK_PRESET):
            raise ConfigError(f"--quick trains {QUICK_PRESET}; leave out --preset {args.preset}")
        args.preset = QUICK_PRESET
    elif args.preset is None:
        raise ConfigError("give --preset NAME (see `bnn-gui presets`), or --quick")
    model_cfg = preset(args.preset)
    changes = {k: v for k, v in dict(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                                     lr_end=args.lr_end, seed=args.seed, threads=args.threads,
                                     max_train_samples=args.max_train_samples).items()
               if v is not None}
    train_cfg = train_defaults(args.preset).replace(**changes)
    if args.lr is not None and args.lr_end is None:
        # keep the preset's decay ratio when only the starting rate is given
        base = train_defaults(args.preset)
        train_cfg = train_cfg.replace(lr_end=args.lr * base.lr_end / base.lr)
    out = Path(args.out) if args.out else None  # None: a new name, reserved when saving
    _check_out(out)
    device = _device(args)
    ds = data.load_mnist(args.data_dir, progress=_data_progress)
    n_train = min(len(ds.train_x), train_cfg.max_train_samples or len(ds.train_x))
    print(f"training {model_cfg.name} on {n_train:,} digits from {ds.source} ({device}): "
          f"{count(train_cfg.epochs, 'epoch')}, batch {train_cfg.batch_size}, lr {train_cfg.lr:g} -> "
          f"{train_cfg.lr_end:g}, seed {train_cfg.seed}", file=sys.stderr)
    line = ProgressLine()
    result = None
    rates = []
    for ev in train(model_cfg, train_cfg, ds, device=device):
        if isinstance(ev, BatchProgress):
            line.batch(ev)
            rates.append(ev.samples_per_s)
        elif isinstance(ev, EpochEnd):
            line.clear()
            flips = " ".join(f"{k} {100 * v:.2f}%"
                             for k, v in ev.flips.items())
            print(f"epoch {ev.epoch + 1}/{ev.epochs}  loss {ev.train_loss:.4f}  "
                  f"train {100 * ev.train_accuracy:.2f}%  test {100 * ev.test_accuracy:.2f}%  "
                  f"lr {ev.lr:.2g}  {ev.seconds:.1f} s" + (f"  flips: {flips}" if flips else ""),
                  flush=True)
        elif isinstance(ev, Finished):
            result = ev
    metrics = result.metrics(samples_per_s=round(rates[-1]) if rates else None)
    from .core.runs.recipe import stage

    recipe = [stage("train", {"model_config": model_cfg.to_dict(),
                              "train_config": train_cfg.to_dict(), "device": str(device)},
                    command=getattr(args, "command_line", None))]
    out, code = _save(lambda path: checkpoint.save(path, result.model, train_cfg, metrics,
                                                   ds.checksums, recipe),
                      out, args.preset, result.test_accuracy)
    print(f"saved {out}  (test accuracy {100 * result.test_accuracy:.2f}%, "
          f"{result.seconds:.0f} s)")
    return code


def cmd_finetune(args) -> int:
    from .core.nets import checkpoint
    from .core.runs import data
    from .core.runs.finetune import FinetuneConfig, finetune, unmeasured
    from .core.runs.personal import PersonalSet
    from .core.runs.training import BatchProgress, EpochEnd, Finished

    if args.out:  # checked first: nothing is read or trained for an output that is refused
        _not_the_input(Path(args.out), checkpoint.resolve(args.model), "model to fine-tune")
    device = _device(args)
    if args.personal is not None and not os.path.lexists(args.personal):
        from .config import ConfigError

        raise ConfigError(f"--personal {args.personal}: no such file")
    mine = PersonalSet.open(args.personal)
    from .core.runs.finetune import has_ink

    if len(mine) and not any(has_ink(s) for s in mine.samples):  # before MNIST is read
        from .config import ConfigError

        raise ConfigError(f"{mine.path}: none of the {len(mine)} digits in the personal set "
                          "has any ink (blank pictures): add some digits first")
    if not len(mine):
        from .config import ConfigError

        raise ConfigError(f"{mine.path}: the personal set is empty: label some digits in the "
                          "window first (or give --personal FILE)")
    changes = {k: v for k, v in dict(epochs=args.epochs, lr=args.lr, threads=args.threads,
                                     mnist_samples=args.mnist_samples).items() if v is not None}
    cfg = FinetuneConfig().replace(**changes)
    if args.lr is not None:
        cfg = cfg.replace(lr_end=args.lr / 10)
    model, mf = checkpoint.load_net(args.model)
    out = Path(args.out) if args.out else None  # None: a new name, reserved when saving
    _check_out(out)
    ds = data.load_mnist(args.data_dir, progress=_data_progress)
    print(f"fine-tuning {mf.path.name} on {count(len(mine), 'digit')} of {mine.path} mixed "
          f"with {cfg.mnist_samples:,} MNIST digits: {count(cfg.epochs, 'epoch')}, lr "
          f"{cfg.lr:g} -> {cfg.lr_end:g}", file=sys.stderr)
    warning = unmeasured(mine.samples, cfg)
    if warning:
        print(warning, file=sys.stderr)
    line, result = ProgressLine(), None
    for ev in finetune(model, ds, mine.samples, cfg, device=device):
        if isinstance(ev, BatchProgress):
            line.batch(ev)
        elif isinstance(ev, EpochEnd):
            line.clear()
            print(f"epoch {ev.epoch + 1}/{ev.epochs}  loss {ev.train_loss:.4f}  MNIST test "
                  f"{100 * ev.test_accuracy:.2f}%  {ev.seconds:.1f} s", flush=True)
        elif isinstance(ev, Finished):
            result = ev
    print(result.report.summary())
    if result.report.advice():
        print(result.report.advice())
    from .core.runs.recipe import extend, stage

    recipe = extend(mf.recipe, stage("finetune", {
        "base_model": mf.path.name, "finetune_config": cfg.to_dict(),
        "personal_set": str(mine.path), "personal_digits": len(mine.samples)},
        command=getattr(args, "command_line", None)))
    out, code = _save(lambda path: checkpoint.save(
        path, result.model, result.train_config, result.metrics(finetuned_from=str(mf.path)),
        ds.checksums, recipe), out, f"{mf.config.name}-personal", result.test_accuracy)
    print(f"saved {out}  ({mf.path} is unchanged)")
    return code


def _default_out(name: str, accuracy: float | None = None) -> Path:
    """A new, readable name in the user's model folder, reserved at once (never another
    run's)."""
    from .core.files import new_model_file
    from .core.paths import user_models_dir

    return new_model_file(user_models_dir(), name, accuracy)


def _check_out(out: Path | None) -> None:
    """Refuse an --out that cannot be written before any training (not after it)."""
    from .core.files import check_writable

    if out is not None:
        try:
            check_writable(out)
        except OSError as e:
            raise SystemExit(f"error: --out {e}") from None


def _save(save, out: Path | None, name: str, accuracy: float) -> tuple[Path, int]:
    """Save with ``save(path)`` to ``out`` (or a new name in the model folder); if ``out``
    cannot be written after all, the trained model goes to the model folder instead, and the
    exit status says something went wrong. Returns (where it went, exit status)."""
    if out is None:
        out = _default_out(name, accuracy)
        save(out)
        return out, 0
    try:
        save(out)
        return out, 0
    except OSError as e:
        fallback = _default_out(name, accuracy)
        save(fallback)
        print(f"error: could not write {out} ({e.strerror or e}); the trained model was saved "
              f"as {fallback} instead", file=sys.stderr)
        return fallback, 1


def _not_the_input(out: Path, source: Path, what: str) -> None:
    from .core.files import same_file

    if same_file(out, source):
        raise SystemExit(f"error: --out {out} is the {what} itself; give another file name")


def _device(args):
    """The torch.device of ``--device`` (ConfigError in one line if it is not here)."""
    from .core.runs.devices import resolve

    return resolve(getattr(args, "device", "auto"))


def _data_progress(what: str, done: int, total: int) -> None:
    if total:
        sys.stderr.write(f"\r{what}: {done / 1e6:.1f} / {total / 1e6:.1f} MB")
        if done >= total:
            sys.stderr.write("\n")
    elif what.startswith("connecting"):
        sys.stderr.write(f"{what}…\n")


def cmd_eval(args) -> int:
    from .core.nets import checkpoint
    from .core.runs import data
    from .core.runs.training import accuracy, to_tensors

    model, mf = checkpoint.load_net(args.model)
    model.to(_device(args))
    ds = data.load_mnist(args.data_dir, progress=_data_progress)
    x, y = to_tensors(ds.test_x, ds.test_y)
    start = time.perf_counter()
    acc = accuracy(model, x, y)
    seconds = time.perf_counter() - start
    if args.json:
        print(json.dumps({"accuracy": acc, "n": len(y), "correct": round(acc * len(y)),
                          "preset": mf.config.name, "seconds": round(seconds, 3),
                          "path": str(mf.path)}))
    else:
        print(f"{mf.config.name}  {mf.path}: test accuracy {100 * acc:.2f}% "
              f"({round(acc * len(y))}/{len(y)}) in {seconds:.2f} s")
    return 0


def cmd_info(args) -> int:
    """A model's name, architecture, accuracy, size, creation time and recipe."""
    from .core.nets import checkpoint
    from .core.describe import architecture
    from .core.runs.recipe import describe

    mf = checkpoint.read_model_file(checkpoint.resolve(args.model))
    packed = mf.packed()
    packed_bytes = None if packed is None else sum(
        int(L.bits.nbytes + L.threshold.nbytes + L.flip.nbytes) for L in packed.layers)
    info = {"name": mf.path.stem, "path": str(mf.path), "preset": mf.config.name,
            "architecture": architecture(mf.config), "test_accuracy": mf.test_accuracy,
            "file_bytes": mf.path.stat().st_size, "packed_bytes": packed_bytes,
            "created": mf.meta.get("created"), "recipe": mf.recipe}
    if args.json:
        print(json.dumps(info, indent=1))
        return 0
    acc = "unknown" if mf.test_accuracy is None else f"{100 * mf.test_accuracy:.2f}%"
    size = f"{info['file_bytes'] / 1e6:.1f} MB file"
    if packed_bytes is not None:
        size += f"; packed 1-bit form {packed_bytes / 1e3:,.1f} kB (bits, thresholds, flips)"
    print(f"{info['name']}  ({mf.path})")
    print(f"architecture: {mf.config.name}: {info['architecture']}")
    print(f"test accuracy: {acc} on MNIST's 10,000 test digits (as measured when saved)")
    print(f"size: {size}")
    print(f"created: {info['created'] or 'unknown'}")
    print("recipe:")
    for line in describe(mf.recipe):
        print(f"  {line}")
    return 0


def cmd_export(args) -> int:
    from .config import ConfigError
    from .core.engine import export
    from .core.files import check_writable
    from .core.nets import checkpoint, packing

    if not (args.out or args.c or args.c_header):
        raise ConfigError("give --out FILE (the packed model), --c DIR (a C library) or both")
    net, mf = checkpoint.load_net(args.model)
    packed = packing.pack(net)
    for given, what in ((args.out, "--out"), (args.c_header, "--c-header")):
        if given:
            _not_the_input(Path(given), mf.path, "model to export")
            if Path(given).is_dir():
                raise ConfigError(f"{what} {given} is a folder; give a file name")
            try:  # a device, a pipe, a read-only file, a missing folder: said before any work
                check_writable(Path(given))
            except OSError as e:
                raise ConfigError(f"{what} {e}") from None
    if args.c and Path(args.c).exists() and not Path(args.c).is_dir():
        raise ConfigError(f"--c {args.c} is a file; give a folder")
    if args.out:
        out = Path(args.out)
        export.save(packed, out, metrics=mf.metrics)
        float_bytes = sum(4 * v.numel() for v in net.state_dict().values()
                          if v.is_floating_point())
        print(f"wrote {out}: {out.stat().st_size:,} bytes (the float32 model: "
              f"{float_bytes:,} bytes); layer by layer, packed against float32:")
        for row in packing.size_table(net, packed):
            print(f"  {row['layer']:8s} float32 {row['float_bytes']:>10,} B   packed "
                  f"{row['packed_bytes']:>8,} B   {row['ratio']:5.1f}x")
    if args.c_header:
        guard = "BNN_" + "".join(c if c.isalnum() else "_" for c in mf.config.name.upper()) + "_H"
        from .core.files import atomic_write

        atomic_write(Path(args.c_header), export.c_header(packed, guard).encode("ascii"))
        print(f"wrote {args.c_header}")
    if args.c:
        from .core.engine import c_library

        paths = c_library.write(packed, Path(args.c), mf.config.name)
        print(f"wrote {', '.join(str(p) for p in paths)}\n  build: cc -std=c99 -O2 "
              f"{Path(args.c) / 'bnn.c'} {Path(args.c) / 'example.c'} -o digits")
        sz, code = c_library.sizes(packed), c_library.code_bytes(Path(args.c))
        code_text = f"; inference code {code:,} bytes (cc -O2, this machine)" if code else ""
        print(f"  flash: model data {sz['flash_bytes']:,} bytes{code_text}; RAM: scratch "
              f"{sz['ram_bytes']:,} bytes")
    return 0
