"""How long "Which pixels matter" takes per drawing: the exact map of what changing each of the
784 pixels does to the answer's margin (core/pixel_influence.influence), as the window
computes it in the background once a stroke ends.

Drawings: synthetic handwriting (research/handwriting.py) through the canvas's pipeline, every
digit alike. Prints the CPU, then `| model | drawings | median ms | p99 ms |`. Binary models
take the packed engine's single-change shortcut (core/engine/single_flips.py); ``--full`` times
the plain way (every changed copy through the whole engine) for comparison.

    python benchmarks/pixel_map_speed.py [MODEL ...] [--drawings 60] [--full]
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np

from bnn_gui import load_model
from bnn_gui.core import pixel_influence
from bnn_gui.core.live.preprocess import preprocess_strokes
from bnn_gui.research.handwriting import draw_digit
from c_speed import cpu_model


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("models", nargs="*", default=["bnn-cnn", "bnn-mlp"])
    ap.add_argument("--drawings", type=int, default=60)
    ap.add_argument("--full", action="store_true", help="also time the plain way")
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    pictures = [preprocess_strokes(draw_digit(i % 10, rng)) for i in range(args.drawings)]
    print(f"CPU: {cpu_model()} ({os.cpu_count()} logical cores)\n")
    print("| model | drawings | median ms | p99 ms |\n|---|---|---|---|")
    for name in args.models:
        model = load_model(name)
        ways = [("", None)]
        if args.full:
            ways.append((" (plain: every copy through the engine)", "full"))
        for label, way in ways:
            original = pixel_influence.score_unit
            if way == "full":  # the shortcut is taken only where the unit is "bits"
                pixel_influence.score_unit = lambda m: "bits-plain"
            try:
                pixel_influence.influence(model, pictures[0])  # warm up
                times = []
                for x in pictures:
                    t = time.perf_counter()
                    pixel_influence.influence(model, x)
                    times.append(1000 * (time.perf_counter() - t))
            finally:
                pixel_influence.score_unit = original
            print(f"| {name}{label} | {len(pictures)} | {np.median(times):.0f} | "
                  f"{np.percentile(times, 99):.0f} |")


if __name__ == "__main__":
    main()
