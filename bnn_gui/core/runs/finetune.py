"""Fine-tune a trained network on the user's personal set without forgetting MNIST.

Recipe: hold out a part of the personal set (a quarter of each digit's samples) to measure on;
turn each remaining sample into ``variants`` new drawings (rotated, sheared, narrower or wider,
thinner or thicker strokes, then shifted by up to 2 px), so that a handful of drawings is
enough; mix those with a random part of MNIST's training set (``personal_share`` of the mix is
personal) and train a few epochs from the current weights at a small learning rate. Accuracy on
the held-out personal digits and on MNIST's test set is measured before and after.

``finetune(...)`` is a training generator like ``training.train``: it yields the same progress
events, and its last event is a :class:`FinetuneFinished` carrying a :class:`FinetuneReport`.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from bnn_gui.config import ConfigError, TrainConfig, _check
from bnn_gui.core.runs.data import Dataset
from bnn_gui.core.runs.events import Finished
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP, same
from bnn_gui.core.runs.personal import Sample
from bnn_gui.core.live.preprocess import to_mnist


@dataclass(frozen=True)
class FinetuneConfig:
    # Chosen with benchmarks/finetune_personal.py: a larger learning rate (1e-3) or personal
    # share (0.2) learned the writer a little better but cost bnn-mlp 0.6-0.7 points on MNIST.
    epochs: int = 2
    batch_size: int = 100
    lr: float = 1e-4  # a hundredth of a fresh run's: move the weights, do not start over
    lr_end: float = 1e-5
    mnist_samples: int = 30000  # MNIST training digits mixed in (so it does not forget them)
    personal_share: float = 0.05  # share of the mix that is personal (augmented) digits
    variants: int = 16  # augmented drawings made from each personal sample
    held_out: float = 0.25  # share of each digit's samples kept aside to measure on
    seed: int = 0
    threads: int = 0

    def validate(self) -> FinetuneConfig:
        _check(0 <= self.mnist_samples <= 60000, QT_TRANSLATE_NOOP("config", "MNIST samples"), self.mnist_samples,
               "0..60000")
        _check(0 < self.personal_share < 1, QT_TRANSLATE_NOOP("config", "personal share"), self.personal_share,
               QT_TRANSLATE_NOOP("config", "in (0, 1)"))
        _check(1 <= self.variants <= 256, "variants", self.variants, "an integer in 1..256")
        _check(0 <= self.held_out < 1, "held-out share", self.held_out, "in [0, 1)")
        self.train_config()
        return self

    def train_config(self) -> TrainConfig:
        return TrainConfig(epochs=self.epochs, batch_size=self.batch_size, lr=self.lr,
                           lr_end=self.lr_end, seed=self.seed, threads=self.threads).validate()

    def replace(self, **changes) -> FinetuneConfig:
        return dataclasses.replace(self, **changes).validate()

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class Score:
    personal: float | None  # accuracy on the held-out personal digits (None: none held out)
    personal_n: int
    mnist: float  # accuracy on MNIST's test set


@dataclass
class FinetuneReport:
    before: Score
    after: Score
    trained_on: int  # personal samples trained on (before augmentation)
    augmented: int  # personal digits in the training mix

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def summary(self, tr=same) -> str:
        """In a sentence; ``tr`` translates its template (the window passes Qt's)."""
        def pct(v):
            return "—" if v is None else f"{100 * v:.1f}%"
        b, a = self.before, self.after
        if not b.personal_n:  # nothing of the writer's was measured: say so, not "— → —"
            return tr(QT_TRANSLATE_NOOP("results", "none of your digits held out, so what it "
                                        "learned of your handwriting was not measured; MNIST "
                                        "test: {0}% → {1}%")).format(f"{100 * b.mnist:.2f}",
                                                                     f"{100 * a.mnist:.2f}")
        return tr(QT_TRANSLATE_NOOP("results", "your held-out digits ({0}): {1} → {2}; MNIST test: {3}% → "
                                    "{4}%")).format(b.personal_n, pct(b.personal), pct(a.personal),
                                                    f"{100 * b.mnist:.2f}", f"{100 * a.mnist:.2f}")

    def advice(self, tr=same) -> str:
        """What to do next, in a sentence, or "" when the fine-tune did what it is for."""
        b, a = self.before, self.after
        if b.personal is None:
            return tr(QT_TRANSLATE_NOOP("results", "None of your digits was held out to measure on (too few of each): "
                                         "draw each digit a few more times to see what the "
                                         "fine-tune changed."))
        if b.personal >= 1.0:
            if a.mnist < b.mnist:
                return tr(QT_TRANSLATE_NOOP("results", "Your held-out digits were all read right before the fine-tune: "
                                             "there was nothing to learn and MNIST paid {0} points "
                                             "for it. Draw the digits it gets wrong and label "
                                             "them; those teach it your handwriting.")).format(
                    f"{100 * (b.mnist - a.mnist):.2f}")
            return tr(QT_TRANSLATE_NOOP("results", "Your held-out digits were all read right before the fine-tune: "
                                         "there was nothing to learn. Draw the digits it gets "
                                         "wrong and label them; those teach it your handwriting."))
        if a.personal is not None and a.personal <= b.personal:
            return tr(QT_TRANSLATE_NOOP("results", "Your held-out digits were read no better afterwards: add more of "
                                         "the digits it misreads, or try more epochs or a larger "
                                         "share of your digits."))
        return ""


@dataclass
class FinetuneFinished(Finished):
    """A fine-tune's end: the trained model, with what was measured before and after."""

    report: FinetuneReport | None = None

    def summary(self, tr=same) -> str:
        return self.report.summary(tr)

    def metrics(self, **extra) -> dict:
        return super().metrics(finetune=self.report.to_dict(), **extra)


def unmeasured(samples: list[Sample], cfg: FinetuneConfig, tr=same) -> str:
    """Before a fine-tune: a sentence when none of ``samples`` would be held out to measure it
    on (fewer than 3 drawings of every digit at the default share), else ""."""
    inked = [s for s in samples if has_ink(s)]
    if not inked or split(inked, cfg.held_out)[1]:
        return ""
    least = next(n for n in range(1, 100) if round(n * cfg.held_out) >= 1) \
        if cfg.held_out > 0 else None
    if least is None:
        return tr(QT_TRANSLATE_NOOP("results", "No digits are held out (the held-out share is "
                                    "0): the fine-tune cannot measure what it learns of your "
                                    "handwriting, only what MNIST pays."))
    return tr(QT_TRANSLATE_NOOP("results", "None of your digits can be held out to measure the "
                                "fine-tune on: draw at least {0} of a digit. It will train, "
                                "but it can only measure what MNIST pays.")).format(least)


def split(samples: list[Sample], held_out: float) -> tuple[list[Sample], list[Sample]]:
    """(train, held out): of each digit's n samples, in the order they were made,
    round(n * held_out) evenly spaced ones are held out (so both parts span the whole set; with
    the default quarter, one of any digit drawn 3 to 5 times)."""
    train, held = [], []
    for digit in range(10):
        mine = [s for s in samples if s.label == digit]
        n = len(mine)
        k = round(n * held_out)
        picks = {round((j + 1) * n / k) - 1 for j in range(k)} if k else set()
        for i, s in enumerate(mine):
            (held if i in picks else train).append(s)
    return train, held


def has_ink(s: Sample) -> bool:
    """A drawing always has; a picture may be blank."""
    return s.pixels is None or bool(s.pixels.any())


def render(samples: list[Sample]) -> tuple[np.ndarray, np.ndarray]:
    """Samples -> uint8 images (N, 28, 28) and labels (N,); blank samples are left out."""
    xs, ys = [], []
    for s in samples:
        img = s.image28()
        if img is not None:
            xs.append(_to_uint8(img))
            ys.append(s.label)
    return np.zeros((0, 28, 28), np.uint8) if not xs else np.stack(xs), np.asarray(ys, np.int64)


def _to_uint8(img: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(img * 255), 0, 255).astype(np.uint8)


# --- augmentation ----------------------------------------------------------------------------

def _affine(rng: np.random.Generator) -> np.ndarray:
    """A random 2x2 map: rotation ±12°, shear ±0.2, width x0.8..1.2 (y points down)."""
    a = math.radians(rng.uniform(-12, 12))
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    shear = np.array([[1.0, rng.uniform(-0.2, 0.2)], [0.0, 1.0]])
    return rot @ shear @ np.diag([rng.uniform(0.8, 1.2), 1.0])


def _variant(s: Sample, rng: np.random.Generator) -> np.ndarray | None:
    """One augmented 28x28 (float) of a sample."""
    m = _affine(rng)
    width = rng.uniform(0.7, 1.5)  # stroke width relative to the sample's own
    if s.pixels is None:
        pts = np.concatenate([np.asarray(st, float) for st in s.strokes])
        centre = (pts.min(0) + pts.max(0)) / 2
        strokes = [(np.asarray(st, float) - centre) @ m.T for st in s.strokes]
        return Sample(s.label, strokes, s.brush * width, s.min_extent).image28()
    return _warp_pixels(s.pixels.astype(np.float32) / 255, m, width)


def _warp_pixels(img: np.ndarray, m: np.ndarray, width: float) -> np.ndarray | None:
    """A picture's sample: the affine map by bilinear sampling about the centre, strokes made
    thicker (a 3x3 max blended in) or thinner (a 3x3 min blended in), then made MNIST-like."""
    n = 64  # work on a larger canvas so a rotated digit is not cut off
    big = np.zeros((n, n), np.float32)
    big[18:46, 18:46] = img
    yy, xx = np.mgrid[0:n, 0:n].astype(np.float64) - (n - 1) / 2
    inv = np.linalg.inv(m)
    sx = inv[0, 0] * xx + inv[0, 1] * yy + (n - 1) / 2
    sy = inv[1, 0] * xx + inv[1, 1] * yy + (n - 1) / 2
    x0, y0 = np.floor(sx).astype(int), np.floor(sy).astype(int)
    fx, fy = sx - x0, sy - y0
    pad = np.pad(big, 1)
    x0, y0 = np.clip(x0 + 1, 0, n), np.clip(y0 + 1, 0, n)
    out = ((1 - fy) * ((1 - fx) * pad[y0, x0] + fx * pad[y0, x0 + 1])
           + fy * ((1 - fx) * pad[y0 + 1, x0] + fx * pad[y0 + 1, x0 + 1]))
    windows = np.lib.stride_tricks.sliding_window_view(np.pad(out, 1, mode="edge"), (3, 3))
    t = min(abs(width - 1) * 2, 1.0)
    morph = windows.max((2, 3)) if width > 1 else windows.min((2, 3))
    return to_mnist((1 - t) * out + t * morph)


def _shift(img: np.ndarray, dy: int, dx: int) -> np.ndarray:
    out = np.zeros_like(img)
    h, w = img.shape
    out[max(dy, 0): h + min(dy, 0), max(dx, 0): w + min(dx, 0)] = \
        img[max(-dy, 0): h - max(dy, 0), max(-dx, 0): w - max(dx, 0)]
    return out


def augment(samples: list[Sample], copies: int, variants: int, rng: np.random.Generator,
            max_shift: int = 2, should_stop=None) -> tuple[np.ndarray, np.ndarray]:
    """``copies`` uint8 images in all, spread evenly over the samples: each sample gets up to
    ``variants`` distinct warped drawings, each copy one of them shifted by up to ``max_shift``
    pixels. ``should_stop`` is asked at every sample."""
    from bnn_gui.core.runs.training import check

    per = [[] for _ in samples]
    for i, s in enumerate(samples):
        check(should_stop)
        want = min(variants, math.ceil(copies / len(samples)))
        for _ in range(want):
            v = _variant(s, rng)
            if v is not None:
                per[i].append(_to_uint8(v))
    xs, ys = [], []
    for c in range(copies):
        i = c % len(samples)
        if per[i]:
            v = per[i][rng.integers(len(per[i]))]
            xs.append(_shift(v, *rng.integers(-max_shift, max_shift + 1, 2)))
            ys.append(samples[i].label)
    return np.stack(xs), np.asarray(ys, np.int64)


# --- the run ---------------------------------------------------------------------------------

def mixed_dataset(mnist: Dataset, train_samples: list[Sample], cfg: FinetuneConfig,
                  should_stop=None) -> Dataset:
    """MNIST training digits plus augmented personal digits, shuffled; test = MNIST's test set."""
    rng = np.random.default_rng(cfg.seed)
    m = min(cfg.mnist_samples, len(mnist.train_x))
    pick = rng.choice(len(mnist.train_x), m, replace=False)
    copies = max(len(train_samples), round(cfg.personal_share / (1 - cfg.personal_share)
                                           * max(m, 1)))
    px, py = augment(train_samples, copies, cfg.variants, rng, should_stop=should_stop)
    x = np.concatenate([mnist.train_x[pick], px])
    y = np.concatenate([mnist.train_y[pick].astype(np.int64), py])
    order = rng.permutation(len(x))
    return Dataset(x[order], y[order], mnist.test_x, mnist.test_y, "MNIST + personal",
                   mnist.checksums)


def score(model, held_x: np.ndarray, held_y: np.ndarray, mnist: Dataset,
          should_stop=None) -> Score:
    from bnn_gui.core.runs.training import accuracy, to_tensors

    personal = accuracy(model, *to_tensors(held_x, held_y), should_stop=should_stop) \
        if len(held_x) else None
    return Score(personal, len(held_x), accuracy(model, *to_tensors(mnist.test_x, mnist.test_y),
                                                 should_stop=should_stop))


def finetune(model, mnist: Dataset, samples: list[Sample], cfg: FinetuneConfig = FinetuneConfig(),
             should_stop=None, device=None) -> Iterator:
    """Fine-tune ``model`` (a BinaryNet, changed in place) on ``samples`` mixed with MNIST; see
    the module docs. Yields training events; the last is a FinetuneFinished.
    ``should_stop`` is asked all along (scoring, varying the digits, training): ``Stopped``."""
    from bnn_gui.core.runs.training import check, train

    cfg.validate()
    inked = [s for s in samples if has_ink(s)]  # a blank picture teaches nothing
    if samples and not inked:
        raise ConfigError(f"none of the {len(samples)} digits in the personal set has any ink "
                          "(blank pictures): add some digits first")
    train_samples, held = split(inked, cfg.held_out)
    if not train_samples:
        raise ConfigError("the personal set is empty: add some digits first")
    held_x, held_y = render(held)
    if device is not None:
        model.to(device)  # scored there too; train() hands it back on the CPU
    before = score(model, held_x, held_y, mnist, should_stop)
    check(should_stop)
    data = mixed_dataset(mnist, train_samples, cfg, should_stop)
    n_personal = len(data.train_x) - min(cfg.mnist_samples, len(mnist.train_x))
    for ev in train(model.config, cfg.train_config(), data, model=model,
                    should_stop=should_stop, device=device):
        if isinstance(ev, Finished):
            report = FinetuneReport(before, score(model, held_x, held_y, mnist, should_stop),
                                    len(train_samples), n_personal)
            ev = FinetuneFinished(**vars(ev), report=report)
        yield ev
