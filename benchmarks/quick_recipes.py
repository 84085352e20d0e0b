"""What a faster recipe for the window's quick run costs or gains: bnn-quick trained with the
batch size, epochs and one-cycle peak given, for each seed, on MNIST; prints the test accuracy
after each epoch and the seconds since the run began (training and each epoch's test set).

    python benchmarks/quick_recipes.py [--seeds 0 1] [--variants '[{"batch_size": 400, "lr": 3e-2}]']

Each variant is a JSON object of TrainConfig fields over bnn-quick's own recipe.
"""

from __future__ import annotations

import argparse
import json
import time

from bnn_gui.config import QUICK_PRESET, preset, train_defaults
from bnn_gui.core.runs.data import load_mnist
from bnn_gui.core.runs.events import EpochEnd
from bnn_gui.core.runs.training import train


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    ap.add_argument("--variants", default='[{}]',
                    help="a JSON list of TrainConfig fields to change, e.g. "
                         '\'[{"batch_size": 400, "lr": 3e-2}, {"epochs": 2}]\'')
    args = ap.parse_args()
    data = load_mnist()
    model = preset(QUICK_PRESET)
    print("| recipe | seed | test accuracy after each epoch (s since the start) |\n|---|---|---|")
    for change in json.loads(args.variants):
        for seed in args.seeds:
            config = train_defaults(QUICK_PRESET).replace(seed=seed, **change)
            start, epochs = time.perf_counter(), []
            for ev in train(model, config, data):
                if isinstance(ev, EpochEnd):
                    epochs.append(f"{100 * ev.test_accuracy:.2f}% ({time.perf_counter() - start:.1f})")
            recipe = (f"batch {config.batch_size}, {config.epochs} epochs, peak "
                      f"{config.lr:g}")
            print(f"| {recipe} | {seed} | {', '.join(epochs)} |", flush=True)


if __name__ == "__main__":
    main()
