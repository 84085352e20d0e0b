import numpy as np
import pytest

from bnn_gui.config import ConfigError
from bnn_gui.core.nets import checkpoint
from bnn_gui.core.runs.finetune import (FinetuneConfig, _warp_pixels, augment, finetune,
                                   mixed_dataset, render, split)
from bnn_gui.research.handwriting import TILTED, draw_digit
from bnn_gui.core.runs.personal import Sample
from bnn_gui.core.live.preprocess import centre_of_mass, to_mnist
from bnn_gui.core.runs.training import accuracy, run_to_end, to_tensors


def personal(n_per_digit, seed, style=TILTED):
    rng = np.random.default_rng(seed)
    return [Sample(d, [s.tolist() for s in draw_digit(d, rng, style=style)])
            for _ in range(n_per_digit) for d in range(10)]


def test_split_holds_out_every_fourth_of_each_digit():
    samples = [Sample(3, [[(0, 0), (1, 1)]]) for _ in range(8)] + [Sample(5, [[(0, 0)]])]
    train, held = split(samples, 0.25)
    assert len(held) == 2 and all(s.label == 3 for s in held)
    assert held == [samples[3], samples[7]]
    assert samples[8] in train  # a digit with one sample is trained on
    assert split(samples, 0.0) == (samples, [])
    three = [Sample(2, [[(0, 0)]]) for _ in range(3)]
    assert split(three, 0.25) == (three[:2], three[2:])  # a handful: one held out


def test_augmented_digits_vary_and_stay_mnist_like():
    samples = personal(1, seed=0)
    x, y = augment(samples, copies=60, variants=4, rng=np.random.default_rng(0))
    assert x.shape == (60, 28, 28) and x.dtype == np.uint8
    assert list(y) == [s.label for s in samples] * 6
    sevens = x[y == 7]
    assert len({a.tobytes() for a in sevens}) == len(sevens)  # no two copies alike
    for img in x[:10].astype(np.float32) / 255:
        r, c = centre_of_mass(img)
        assert abs(r - 14) <= 2.6 and abs(c - 14) <= 2.6  # centred, then shifted <= 2 px
    # thicker and thinner strokes among the variants of one drawing
    ink = x[y == 0].astype(float).sum((1, 2))
    assert ink.max() > 1.25 * ink.min()


def test_pictures_are_augmented_in_pixels():
    img = np.zeros((28, 28), np.float32)
    img[6:22, 12:16] = 1  # a thick bar
    same = _warp_pixels(img, np.eye(2), 1.0)
    assert np.abs(same - to_mnist(img)).max() < 1e-5
    thick = _warp_pixels(img, np.eye(2), 1.5)
    turned = _warp_pixels(img, np.array([[0.94, -0.34], [0.34, 0.94]]), 1.0)
    assert not np.allclose(turned, same) and thick is not None
    x, y = augment([Sample(1, pixels=(img * 255).astype(np.uint8))], 5, 5,
                   np.random.default_rng(1))
    assert x.shape == (5, 28, 28) and set(y) == {1}


def test_the_mix_is_mostly_mnist(synthetic):
    cfg = FinetuneConfig(mnist_samples=400, personal_share=0.2, variants=2)
    data = mixed_dataset(synthetic, personal(1, seed=0), cfg)
    assert len(data.train_x) == 400 + 100
    assert data.test_x is synthetic.test_x


@pytest.mark.parametrize("bad", [dict(personal_share=1.0), dict(variants=0), dict(lr=-1),
                                 dict(epochs=0), dict(held_out=1.0)])
def test_absurd_settings_are_refused(bad):
    with pytest.raises(ConfigError):
        FinetuneConfig(**bad).validate()


def test_an_empty_set_is_refused(synthetic):
    model, _ = checkpoint.load_net("bnn-mlp")
    with pytest.raises(ConfigError, match="empty"):
        next(finetune(model, synthetic, []))


def test_finetuning_learns_a_handwriting_and_keeps_mnist(mnist):
    """The CI-sized check of the fine-tune: a writer whose digits the shipped bnn-mlp often
    misreads (all turned ~27° anticlockwise), five drawings per digit."""
    model, _ = checkpoint.load_net("bnn-mlp")
    unseen_x, unseen_y = to_tensors(*render(personal(6, seed=2)))
    before = accuracy(model, unseen_x, unseen_y)
    cfg = FinetuneConfig(epochs=2, mnist_samples=5000, personal_share=0.2, lr=3e-4, variants=6,
                         threads=2)
    result = run_to_end(finetune(model, mnist, personal(5, seed=1), cfg))
    r = result.report
    after = accuracy(model, unseen_x, unseen_y)
    assert r.trained_on == 40 and r.before.personal_n == 10
    assert r.after.mnist == result.test_accuracy
    # at least 40% of what it got wrong is now right (the pen-taught bnn-mlp starts at ~82%)
    assert after - before >= 0.4 * (1 - before), (before, after)
    assert r.after.mnist >= r.before.mnist - 0.01, r
    assert "finetune" in result.metrics()


def test_the_report_says_when_there_was_nothing_to_learn():
    from bnn_gui.core.runs.finetune import FinetuneReport, Score

    nothing = FinetuneReport(Score(1.0, 10, 0.9775), Score(1.0, 10, 0.9748), 30, 1500)
    assert "nothing to learn" in nothing.advice() and "0.27 points" in nothing.advice()
    learned = FinetuneReport(Score(0.8, 10, 0.98), Score(1.0, 10, 0.979), 30, 1500)
    assert learned.advice() == ""
    worse = FinetuneReport(Score(0.8, 10, 0.98), Score(0.7, 10, 0.98), 30, 1500)
    assert "no better" in worse.advice()
    unmeasured = FinetuneReport(Score(None, 0, 0.98), Score(None, 0, 0.97), 3, 150)
    assert "held out" in unmeasured.advice()
    assert "not measured" in unmeasured.summary() and "98.00% → 97.00%" in unmeasured.summary()


def test_a_set_too_small_to_measure_on_is_said_before_training():
    from bnn_gui.core.runs.finetune import FinetuneConfig, unmeasured
    from bnn_gui.research.handwriting import draw_digit

    rng = np.random.default_rng(0)

    def drawings(per_digit):
        return [Sample(d, [s.tolist() for s in draw_digit(d, rng)])
                for d in range(3) for _ in range(per_digit)]

    assert "at least 3 of a digit" in unmeasured(drawings(2), FinetuneConfig())
    assert unmeasured(drawings(3), FinetuneConfig()) == ""
    assert "share is 0" in unmeasured(drawings(5), FinetuneConfig(held_out=0.0))
