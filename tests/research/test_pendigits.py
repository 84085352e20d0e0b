"""Real pen-drawn digits (research/pendigits.py) and the pen training mix (research/pen_training.py):
the file read as the README describes it, split by writer, bad files refused in one line, and
the mix made of what it says."""

import gzip
import json

import numpy as np
import pytest

from bnn_gui.research import pendigits
from bnn_gui.core.runs.data import Dataset
from bnn_gui.research.pen_training import pen_dataset, render_pen, vary
from bnn_gui.core.live.preprocess import centre_of_mass, preprocess_strokes


@pytest.fixture(scope="module")
def pen():
    path = pendigits.default_path()
    if not path.is_file():
        pytest.skip(f"pen digits not found at {path} (set BNN_GUI_PENDIGITS to the folder "
                    f"holding {pendigits.FILE})")
    return pendigits.load(path)


def write(path, lines):
    with gzip.open(path, "wt") as f:
        f.write("\n".join(lines))
    return path


def test_the_file_holds_30_writers_split_into_5_disjoint_folds(pen):
    assert len(pen) == 7494
    assert sorted({d.label for d in pen}) == list(range(10))
    folds = pendigits.writer_folds(pen)
    names = [w for fold in folds for w in fold]
    assert len(folds) == 5 and all(len(f) == 6 for f in folds)
    assert sorted(names) == pendigits.writers(pen) and len(set(names)) == 30
    held = pendigits.of_writers(pen, folds[2])
    assert {d.writer for d in held} == set(folds[2]) and 1000 < len(held) < 2000


def test_tablet_y_up_becomes_screen_y_down(tmp_path):
    line = json.dumps({"label": 7, "writer": "w", "strokes": [[[0, 10], [5, 0]]], "y_up": True})
    (d,) = pendigits.load(write(tmp_path / "p.jsonl.gz", [line]))
    assert d.label == 7 and d.strokes[0].tolist() == [[0, -10], [5, 0]]


@pytest.mark.parametrize("content, words", [
    (b"not gzip at all", "not a readable gzip file"),
    (None, "line 2: label 12 is not a digit"),
    (b"", "holds no digits"),
])
def test_a_bad_file_gets_one_line_naming_it(tmp_path, content, words):
    path = tmp_path / "bad.jsonl.gz"
    if content is None:
        good = json.dumps({"label": 1, "writer": "w", "strokes": [[[0, 0], [0, 9]]]})
        write(path, [good, json.dumps({"label": 12, "writer": "w", "strokes": [[[0, 0]]]})])
    elif content:
        path.write_bytes(content)
    else:
        write(path, [])
    with pytest.raises(pendigits.PenDigitsError) as e:
        pendigits.load(path)
    assert words in str(e.value) and str(path) in str(e.value) and "\n" not in str(e.value)


def test_a_file_that_inflates_beyond_the_cap_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(pendigits, "MAX_BYTES", 1 << 16)
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(b" " * (1 << 17)))
    with pytest.raises(pendigits.PenDigitsError, match="inflates to more than"):
        pendigits.load(path)


def test_pen_digits_render_as_the_canvas_reads_them_and_vary_within_reason(pen):
    digits = pen[:40]
    plain = render_pen([d.strokes for d in digits])
    want = np.clip(np.rint(preprocess_strokes(digits[0].strokes) * 255), 0, 255)
    assert plain.dtype == np.uint8 and np.array_equal(plain[0], want)
    varied = render_pen([d.strokes for d in digits], np.random.default_rng(0))
    assert (varied != plain).any(axis=(1, 2)).all()  # each one re-drawn
    for img in varied:  # still a digit as MNIST places it
        r, c = centre_of_mass(img.astype(np.float32))
        assert img.max() > 200 and abs(r - 14) < 1.5 and abs(c - 14) < 1.5
    strokes, brush = vary(digits[0].strokes, np.random.default_rng(1))
    assert len(strokes) == len(digits[0].strokes) and 0.08 < brush < 0.17


def test_the_mix_is_mnist_plus_the_pen_variants_plus_synthetic_drawings(pen):
    rng = np.random.default_rng(0)
    mnist = Dataset(rng.integers(0, 255, (50, 28, 28), dtype=np.uint8),
                    rng.integers(0, 10, 50).astype(np.uint8),
                    rng.integers(0, 255, (7, 28, 28), dtype=np.uint8),
                    rng.integers(0, 10, 7).astype(np.uint8), "test")
    some = pen[:30]
    mix = pen_dataset(mnist, some, variants=2, synthetic_n=20, seed=0)
    assert len(mix.train_x) == 50 + 2 * 30 + 20 == len(mix.train_y)
    assert mix.test_x is mnist.test_x  # still measured on MNIST's test set
    counts = np.bincount(mix.train_y, minlength=10)
    pen_counts = np.bincount([d.label for d in some], minlength=10)
    mnist_counts = np.bincount(mnist.train_y, minlength=10)
    synth = counts - 2 * pen_counts - mnist_counts
    assert (synth == 2).all()  # 20 synthetic drawings, every digit alike
