"""How models read real pen-drawn digits (pendigits: 30 writers, WACOM tablet), through exactly
the canvas's pipeline: accuracy, per digit, the worst writers, the top confusions, and a
contact sheet of misread digits (the pen's strokes beside the 28x28 the network read).

A model trained on some of these writers must be measured on the others only: ``--fold K``
reads fold K's writers (tra-01..06 for K = 0, ...; see research/pendigits.py) and nothing else.

    python benchmarks/pen_accuracy.py [MODEL ...] [--fold K] [--sheet build/pen-misread.png]
    python benchmarks/pen_accuracy.py [MODEL ...] --test-writers

``--test-writers`` reads pendigits' own 14 test writers instead (pendigits-test.jsonl.gz, which
``bnn-gui data pendigits`` writes beside the training file): writers no shipped model has seen.

A shipped model has been trained on every writer, so its writer-grouped figure is that of its
recipe run once per fold (benchmarks/pen_train.py --fold K --log cv.jsonl); ``--cv cv.jsonl``
prints those runs per model: each fold, the mean and the worst fold, and MNIST kept.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter

import numpy as np

from bnn_gui import load_model
from bnn_gui.research import pendigits
from bnn_gui.research.pen_training import render_pen


def contact_sheet(path: str, digits, images: np.ndarray, answers: np.ndarray,
                  limit: int = 60) -> int:
    """Misread digits, 6 to a row: the strokes (y down) beside the 28x28 read, true -> read."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

    # a PNG needs no screen: without one, Qt would refuse to start
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    contact_sheet.app = QGuiApplication.instance() or QGuiApplication([])  # fonts need one
    wrong = [i for i in range(len(digits)) if answers[i] != digits[i].label][:limit]
    cell_w, cell_h, cols = 200, 112, 6
    rows = max(1, -(-len(wrong) // cols))
    sheet = QImage(cols * cell_w, rows * cell_h, QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    p = QPainter(sheet)
    for n, i in enumerate(wrong):
        x0, y0 = (n % cols) * cell_w, (n // cols) * cell_h
        pts = np.vstack(digits[i].strokes)
        lo, span = pts.min(0), max(float(np.ptp(pts, 0).max()), 1e-9)
        p.setPen(QPen(QColor("black"), 2))
        for s in digits[i].strokes:
            q = (s - lo) / span * 84 + (x0 + 6, y0 + 20)
            for a, b in zip(q[:-1], q[1:]):
                p.drawLine(QPointF(*a), QPointF(*b))
            if len(q) == 1:
                p.drawPoint(QPointF(*q[0]))
        img = np.ascontiguousarray(np.repeat(np.repeat(images[i], 3, 0), 3, 1))
        q_img = QImage(img.data, 84, 84, 84, QImage.Format.Format_Grayscale8)
        p.drawImage(x0 + 104, y0 + 20, q_img)
        p.setPen(QColor("darkred"))
        p.drawText(x0 + 6, y0 + 4, cell_w - 12, 16, Qt.AlignmentFlag.AlignLeft,
                   f"{digits[i].label} read as {answers[i]}  ({digits[i].writer})")
    p.end()
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    if not sheet.save(path):
        print(f"could not write the contact sheet {path}")
    return len(wrong)


def cross_validation(path: str) -> None:
    """The writer-grouped table from pen_train.py's or pen_blend.py's JSON lines (the latest
    run of each model and fold counts; "before" is the model started from, or blended)."""
    import json

    runs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                if r.get("fold") is not None:
                    runs[(r["model"], r["fold"])] = r
    for model in sorted({m for m, _ in runs}):
        folds = [runs[k] for k in sorted(runs) if k[0] == model]
        print(f"\n{model}: held-out writers' pen digits, before -> after; MNIST test after")
        for r in folds:
            print(f"  fold {r['fold']} ({r['held_out_writers'][0]}..{r['held_out_writers'][-1]}):"
                  f" {percent(r['pen_before'])} -> {percent(r['pen_after'])};"
                  f" MNIST {percent(r['mnist_after'])}")
        after = [r["pen_after"] for r in folds]
        before = [r["pen_before"] for r in folds]
        mnist = [r["mnist_after"] for r in folds]
        # a run trained from scratch (pen_train.py PRESET --scratch) has no model before it
        mean_before = percent(np.mean(before)) if None not in before else "(none)"
        print(f"  {len(folds)} folds: mean {mean_before} -> {percent(np.mean(after))},"
              f" worst fold {percent(min(after))}; MNIST {percent(min(mnist))}-"
              f"{percent(max(mnist))} (mean {percent(np.mean(mnist))})")


def percent(share: float | None) -> str:
    return "(none)" if share is None else f"{100 * share:.2f}%"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("models", nargs="*", default=["bnn-cnn", "bnn-mlp"])
    ap.add_argument("--fold", type=int, help="only fold K's writers (0..4)")
    ap.add_argument("--sheet", default="build/pen-misread.png",
                    help="contact sheet of the first model's misread digits (\"\": none)")
    ap.add_argument("--cv", metavar="LOG", help="summarise pen_train.py's fold runs instead")
    ap.add_argument("--test-writers", action="store_true",
                    help="read pendigits' 14 test writers (pendigits-test.jsonl.gz)")
    args = ap.parse_args()
    if args.cv:
        return cross_validation(args.cv)
    if args.test_writers:
        from bnn_gui.core.pendigits_source import TEST_FILE

        digits = pendigits.load(pendigits.default_path().with_name(TEST_FILE))
    else:
        digits = pendigits.load()
    if args.fold is not None:
        digits = pendigits.of_writers(digits, pendigits.writer_folds(digits)[args.fold])
    images = render_pen([d.strokes for d in digits])
    labels = np.array([d.label for d in digits])
    writers = np.array([d.writer for d in digits])
    print(f"{len(digits):,} pen digits by {len(set(writers))} writers"
          + (f" (fold {args.fold})" if args.fold is not None else ""))
    for k, name in enumerate(args.models):
        model = load_model(name)
        answers = np.array([model.read(x.astype(np.float32) / 255).digit for x in images])
        right = answers == labels
        per_writer = sorted((right[writers == w].mean(), w) for w in set(writers))
        confusions = Counter(zip(labels[~right], answers[~right])).most_common(6)
        print(f"\n{name}: {100 * right.mean():.2f}% ({int(right.sum()):,} / {len(right):,})")
        print("  per digit: " + ", ".join(f"{d}: {100 * right[labels == d].mean():.1f}%"
                                           for d in range(10)))
        print("  worst writers: " + ", ".join(f"{w} {100 * a:.1f}%" for a, w in per_writer[:4]))
        print("  top confusions (true -> read): "
              + ", ".join(f"{t}->{r} x{n}" for (t, r), n in confusions))
        if k == 0 and args.sheet:
            n = contact_sheet(args.sheet, digits, images, answers)
            print(f"  contact sheet of {n} misread digits: {args.sheet}")


if __name__ == "__main__":
    try:
        main()
    except pendigits.PenDigitsError as e:
        raise SystemExit(f"error: {e}") from None
