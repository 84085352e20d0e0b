"""Blend an MNIST-only model with its pen-taught fine-tune, weight for weight (WiSE-FT:
Wortsman et al. 2022, "Robust fine-tuning of zero-shot models").

Every latent weight and BatchNorm scale and shift becomes ``alpha * base + (1 - alpha) *
pen``; for a binary weight that keeps the sign both models agree on, and where they disagree
the one held more firmly. BatchNorm's running statistics are then measured again over the
training mix (the pen digits of the writers trained on, rendered as in pen_train.py), because
they were gathered for other weights. With ``--fold K`` the pen model must be that fold's (it
never saw those writers) and the result is their accuracy; with ``--all`` the blend can be
written to ``--out``. Measured and not shipped (docs/pen-accuracy.md): it meets bnn-cnn's
MNIST floor but costs pen accuracy and the personal fine-tune's MNIST.

    python benchmarks/pen_blend.py build/base/bnn-cnn.safetensors build/pen/bnn-cnn-3.safetensors --fold 3 --log blend.jsonl
    python benchmarks/pen_accuracy.py --cv blend.jsonl
"""

from __future__ import annotations

import argparse
import json

import torch

from bnn_gui.core.nets import checkpoint
from bnn_gui.research import pendigits
from bnn_gui.core.runs.data import load_mnist
from bnn_gui.research.pen_training import pen_dataset
from bnn_gui.core.runs.training import accuracy, to_tensors
from pen_train import held_out_tensors, recalibrate, report


def blend(base, pen, alpha: float):
    """``pen``'s network with every learned float ``alpha * base + (1 - alpha) * pen`` (the
    running statistics and counters left as they are, to be measured again)."""
    b, p = base.state_dict(), pen.state_dict()
    mixed = {k: (alpha * b[k] + (1 - alpha) * v
                 if v.is_floating_point() and not k.endswith(("running_mean", "running_var"))
                 else v)
             for k, v in p.items()}
    pen.load_state_dict(mixed)
    return pen


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("base", help="the MNIST-only model")
    ap.add_argument("pen", help="its pen-taught fine-tune (benchmarks/pen_train.py)")
    which = ap.add_mutually_exclusive_group(required=True)
    which.add_argument("--fold", type=int, help="the pen model left out this fold's writers")
    which.add_argument("--all", action="store_true", help="the pen model saw every writer")
    ap.add_argument("--alpha", type=float, default=0.5, help="the MNIST-only model's share")
    ap.add_argument("--variants", type=int, default=3, help="pen renders in the mix (for BatchNorm)")
    ap.add_argument("--synthetic", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out")
    ap.add_argument("--log")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    digits = pendigits.load()
    held_names = [] if args.all else pendigits.writer_folds(digits)[args.fold]
    held = pendigits.of_writers(digits, held_names)
    trained_on = [d for d in digits if d.writer not in set(held_names)]
    mnist = load_mnist(download=False)
    base, _ = checkpoint.load_net(args.base)
    pen, pf = checkpoint.load_net(args.pen)
    model = blend(base, pen, args.alpha)
    recalibrate(model, pen_dataset(mnist, trained_on, args.variants, args.synthetic,
                                   args.seed).train_x)
    tx, ty = to_tensors(mnist.test_x, mnist.test_y)
    mnist_accuracy = accuracy(model, tx, ty)
    pen_before = pen_accuracy = None
    if held:
        hx, hy = held_out_tensors(held)
        pen_before = accuracy(checkpoint.load_net(args.pen)[0], hx, hy)
        pen_accuracy = accuracy(model, hx, hy)
    result = {"model": model.config.name, "base": args.base, "pen": args.pen, "fold": args.fold,
              "alpha": args.alpha, "held_out_writers": held_names, "held_out_digits": len(held),
              "pen_before": pen_before, "pen_after": pen_accuracy,
              "mnist_after": mnist_accuracy, "pen_model_mnist": pf.test_accuracy}
    report(result, args.log)
    if args.out:
        metrics = dict(pf.metrics, test_accuracy=mnist_accuracy, blend_alpha=args.alpha,
                       pen_model_test_accuracy=pf.test_accuracy)
        from bnn_gui.core.runs.recipe import extend, stage

        recipe = extend(pf.recipe, stage("pen_blend", {"alpha": args.alpha, "mnist_model": args.base,
                                                       "pen_model": args.pen}))
        checkpoint.save(args.out, model, pf.train_config, metrics,
                        json.loads(pf.meta.get("mnist_md5", "{}")), recipe)
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
