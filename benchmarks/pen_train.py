"""Teach a model real pen input, measured on writers it never saw.

Starts from an MNIST-only model (BASE) and fine-tunes it on MNIST + pen trajectories +
synthetic drawings (research/pen_training.py). With ``--fold K`` the pen writers of fold K (of 5:
tra-01..06, tra-07..12, ...) are left out of training and the result is their accuracy; with
``--all`` every writer is trained on and the model is written to ``--out``. Each run prints
one JSON line (appended to ``--log`` when given):

    python benchmarks/pen_train.py trained/base/bnn-mlp.safetensors --fold 0 --log runs.jsonl
    python benchmarks/pen_train.py trained/base/bnn-mlp.safetensors --all --out build/pen/bnn-mlp.safetensors

With ``--scratch`` BASE (a model file, or a preset's name) gives only the shape, and a new
model is trained on the mix from the start (joint training; give the whole schedule). With
``--val N`` MNIST's last N training digits are held out: each epoch's model, in the form the
run ends in, is read on them, the best epoch's is kept, and MNIST's test set is read once, at
the end. The shipped models are made so:

    python benchmarks/pen_train.py bnn-cnn --scratch --all --epochs 40 --lr 1e-2 --lr-end 1e-5 \
        --shift 2 --variants 3 --synthetic 6000 --ema 0.999 --val 5000 --out trained/bnn-cnn.safetensors
    python benchmarks/pen_train.py bnn-mlp --scratch --all --epochs 60 --lr 1e-2 --lr-end 1e-5 \
        --shift 2 --variants 3 --synthetic 6000 --ema 0.999 --val 5000 --out trained/bnn-mlp.safetensors
"""

from __future__ import annotations

import argparse
import copy
import json
import time

import numpy as np
import torch

from bnn_gui.config import PRESETS, TrainConfig, preset, train_defaults
from bnn_gui.core.nets import checkpoint
from bnn_gui.research import pendigits
from bnn_gui.core.runs.data import Dataset, load_mnist
from bnn_gui.research.pen_training import pen_dataset, render_pen
from bnn_gui.core.runs.training import (BatchProgress, EpochEnd, Finished, accuracy, new_model,
                                   to_tensors, train)


class EMA:
    """An exponential moving average of every parameter (the latent weights included: their
    signs then flip less often than the last step's), updated between batches."""

    def __init__(self, model, decay: float):
        self.decay = decay
        self.avg = {k: v.detach().clone() for k, v in model.named_parameters()}

    def update(self, model) -> None:
        with torch.no_grad():
            for k, v in model.named_parameters():
                self.avg[k].mul_(self.decay).add_(v.detach(), alpha=1 - self.decay)

    def apply(self, model) -> None:
        with torch.no_grad():
            for k, v in model.named_parameters():
                v.copy_(self.avg[k])


def recalibrate(model, train_x: np.ndarray, n: int = 20000, batch: int = 500) -> None:
    """BatchNorm's running statistics measured again, as plain averages over ``n`` training
    digits, for weights that were averaged (the statistics were gathered for other ones)."""
    norms = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    model.eval()
    for m in norms:
        m.reset_running_stats()
        m.momentum = None  # a cumulative average
        m.train()
    with torch.no_grad():
        for i in range(0, min(n, len(train_x)), batch):
            model(torch.tensor(train_x[i: i + batch]).float().div_(255))
    for m in norms:
        m.momentum = 0.1
    model.eval()


def distillation(teacher, weight: float, temperature: float, agreeing_only: bool):
    """Learning without forgetting (Li & Hoiem 2016): weight * T^2 * KL(teacher || student),
    both softened by T, so that the fine-tuned model keeps answering MNIST as the MNIST-only
    model did while it learns the pen digits from their labels. T^2 keeps the term's gradients
    at the cross-entropy's scale (Hinton et al. 2015). ``agreeing_only``: only on the digits
    the teacher reads right, so that it never pulls against a label (the pen styles it
    misreads are what the fine-tune is for)."""
    teacher.eval()

    def loss(xb, yb, logits):
        with torch.no_grad():
            t = teacher(xb)
            target = torch.softmax(t / temperature, 1)
            keep = (t.argmax(1) == yb).float() if agreeing_only else torch.ones(len(yb))
        log_p = torch.log_softmax(logits / temperature, 1)
        per_digit = (target * (torch.log(target.clamp_min(1e-12)) - log_p)).sum(1)
        return weight * temperature ** 2 * (per_digit * keep).sum() / len(yb)
    return loss


def held_out_tensors(held):
    """The held-out writers' pen digits as the canvas would draw them, with their labels."""
    return to_tensors(render_pen([d.strokes for d in held]),
                      np.asarray([d.label for d in held], np.int64))


def report(result: dict, log: str | None) -> None:
    """Print a run's result as one JSON line, appended to ``log`` when given."""
    line = json.dumps(result)
    print(line, flush=True)
    if log:
        with open(log, "a") as f:
            f.write(line + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("base", help="the MNIST-only model to start from (with --scratch, a "
                                 "preset name will do)")
    which = ap.add_mutually_exclusive_group(required=True)
    which.add_argument("--fold", type=int, help="leave out this fold's writers (0..4)")
    which.add_argument("--all", action="store_true", help="train on every writer")
    ap.add_argument("--out", help="write the fine-tuned model here")
    ap.add_argument("--log", help="append the result as a JSON line")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--lr-end", type=float, default=1e-4)
    ap.add_argument("--variants", type=int, default=6, help="varied renders of each pen digit")
    ap.add_argument("--synthetic", type=int, default=10000, help="synthetic drawings")
    ap.add_argument("--shift", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--ema", type=float, default=0.0,
                    help="keep a moving average of the weights with this decay per batch "
                         "(e.g. 0.999) and end with it, BatchNorm statistics measured again")
    ap.add_argument("--bn-on", choices=["mix", "mnist", "none"],
                    help="measure BatchNorm's statistics again at the end, over the training "
                         "mix or MNIST's training digits alone (default: the mix with --ema, "
                         "else none)")
    ap.add_argument("--distil", type=float, default=0.0,
                    help="add the MNIST-only model's answers as soft targets, with this weight "
                         "(e.g. 1.0): learning without forgetting")
    ap.add_argument("--temperature", type=float, default=2.0, help="for --distil")
    ap.add_argument("--distil-agreeing", action="store_true",
                    help="distil only on the digits the MNIST-only model reads right")
    ap.add_argument("--val", type=int, default=0,
                    help="hold out MNIST's last VAL training digits as a validation set: "
                         "each epoch is measured on it, the best epoch's model is kept, and "
                         "MNIST's test set is read once, at the end (e.g. 5000)")
    ap.add_argument("--forms", choices=["both", "averaged"], default="both",
                    help="with --val: the forms of each epoch's model that are candidates: "
                         "both (as trained, and averaged with BatchNorm measured again) or "
                         "the averaged one alone (as the shipped bnn-cnn was chosen)")
    ap.add_argument("--scratch", action="store_true",
                    help="train a new model of BASE's shape on the mix instead of fine-tuning "
                         "BASE (give the whole schedule: e.g. --epochs 20 --lr 1e-2)")
    args = ap.parse_args()
    bn_on = args.bn_on or ("mix" if args.ema else "none")
    if args.base in PRESETS and (not args.scratch or args.distil):
        ap.error(f"{args.base} is a preset: give --scratch, or a model file to fine-tune")

    digits = pendigits.load()
    folds = pendigits.writer_folds(digits)
    held_names = [] if args.all else folds[args.fold]
    held = pendigits.of_writers(digits, held_names)
    trained_on = [d for d in digits if d.writer not in set(held_names)]
    mnist = load_mnist(download=False)
    # what the run is measured on while it trains: a validation split, or (without --val, as
    # the earlier runs did) MNIST's test set
    taught = mnist if not args.val else Dataset(
        mnist.train_x[:-args.val], mnist.train_y[:-args.val], mnist.train_x[-args.val:],
        mnist.train_y[-args.val:], f"MNIST's first {60000 - args.val:,} training digits",
        mnist.checksums)
    if args.base in PRESETS:  # a shape to train from scratch, with its training defaults
        model, base_cfg, base_mnist = None, train_defaults(args.base), None
    else:
        model, mf = checkpoint.load_net(args.base)
        base_cfg, base_mnist = mf.train_config or TrainConfig(), mf.test_accuracy
    hx, hy = held_out_tensors(held)
    before = accuracy(model, hx, hy) if held and model is not None else None

    t = time.perf_counter()
    data = pen_dataset(taught, trained_on, args.variants, args.synthetic, args.seed)
    made = time.perf_counter() - t
    cfg = base_cfg.replace(epochs=args.epochs, lr=args.lr, lr_end=args.lr_end, seed=args.seed,
                           threads=args.threads, augment_shift=args.shift,
                           lr_schedule="epoch", max_train_samples=0)
    extra = None
    if args.distil:
        teacher, _ = checkpoint.load_net(args.base)
        extra = distillation(teacher, args.distil, args.temperature, args.distil_agreeing)
    if args.scratch:  # joint training: nothing learned on MNIST alone to be forgotten
        model = new_model(preset(args.base) if model is None else model.config, cfg)
    ema = EMA(model, args.ema) if args.ema else None
    measured_on = "validation" if args.val else "MNIST test"
    vx, vy = to_tensors(data.test_x, data.test_y)
    best = (-1.0, 0, None, "")  # (validation accuracy, epoch, the model then, its form)

    def finished_form(net):
        """The model as the run would end now: averaged weights and BatchNorm measured again."""
        if ema is not None:
            net = copy.deepcopy(net)
            ema.apply(net)
        if bn_on != "none":
            net = copy.deepcopy(net) if ema is None else net
            recalibrate(net, data.train_x if bn_on == "mix" else taught.train_x)
        return net

    for ev in train(model.config, cfg, data, model=model, extra_loss=extra):
        if ema is not None and isinstance(ev, BatchProgress):
            ema.update(model)
        if isinstance(ev, EpochEnd):
            line = f"epoch {ev.epoch + 1}/{ev.epochs}: loss {ev.train_loss:.4f}, " \
                   f"{measured_on} {100 * ev.test_accuracy:.2f}%"
            if args.val:  # choose the epoch, and the form, on validation
                # two forms of each epoch's model: as trained (its own BatchNorm statistics)
                # and, with --ema or --bn-on, averaged and measured again
                if args.forms == "both" and ev.test_accuracy >= best[0]:
                    best = (ev.test_accuracy, ev.epoch + 1, copy.deepcopy(model), "as trained")
                if ema is not None or bn_on != "none":
                    candidate = finished_form(model)
                    score = accuracy(candidate, vx, vy)
                    line += f", averaged {100 * score:.2f}%"
                    if score > best[0] or (score == best[0] and best[1] == ev.epoch + 1):
                        best = (score, ev.epoch + 1, copy.deepcopy(candidate), "averaged")
            print(f"{line}, {ev.seconds:.0f} s", flush=True)
        elif isinstance(ev, Finished):
            finished = ev
    if args.val:
        model = best[2]
        finished.model = model
        print(f"chosen on validation: epoch {best[1]}, {best[3]} ({100 * best[0]:.2f}%)")
    else:
        model = finished_form(model) if (ema is not None or bn_on != "none") else model
    tx, ty = to_tensors(mnist.test_x, mnist.test_y)
    finished.test_accuracy = accuracy(model, tx, ty)
    form = best[3] if args.val else ("averaged" if ema is not None or bn_on != "none"
                                     else "as trained")
    print(f"the model kept: {form} (averaged weights: {ema is not None}, BatchNorm statistics "
          f"measured again over: {bn_on}); MNIST test {100 * finished.test_accuracy:.2f}%")
    result = {
        "model": model.config.name, "base": args.base, "fold": args.fold,
        "held_out_writers": held_names, "held_out_digits": len(held),
        "pen_before": before, "pen_after": accuracy(model, hx, hy) if held else None,
        "mnist_before": base_mnist, "mnist_after": finished.test_accuracy,
        "train_digits": len(data.train_x), "data_seconds": round(made, 1),
        "train_seconds": round(finished.seconds, 1), "epochs": args.epochs, "lr": args.lr,
        "lr_end": args.lr_end, "variants": args.variants, "synthetic": args.synthetic,
        "seed": args.seed, "ema": args.ema, "shift": args.shift, "bn_on": bn_on,
        "distil": args.distil, "temperature": args.temperature,
        "distil_agreeing": args.distil_agreeing, "scratch": args.scratch,
        "val": args.val, "chosen_epoch": best[1] if args.val else args.epochs,
        "val_accuracy": best[0] if args.val else None,
        "chosen_form": best[3] if args.val else None,
    }
    report(result, args.log)
    if args.out:
        metrics = dict(finished.metrics(), pen_writers=len(pendigits.writers(trained_on)),
                       pen_digits=len(trained_on), history_measured_on=measured_on)
        from bnn_gui.core.runs.recipe import extend, stage

        base_recipe = [] if args.base in PRESETS else mf.recipe
        settings = {k: v for k, v in result.items()
                    if k not in ("pen_before", "pen_after", "mnist_before", "mnist_after",
                                 "data_seconds", "train_seconds", "held_out_digits")}
        recipe = extend(base_recipe, stage("pen_train", dict(settings, train_config=cfg.to_dict()),
                                           data={"pen_writers": len(pendigits.writers(trained_on)),
                                                 "pen_digits": len(trained_on),
                                                 "mnist_md5": finished.checksums}))
        checkpoint.save(args.out, model, cfg, metrics, finished.checksums, recipe)
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
