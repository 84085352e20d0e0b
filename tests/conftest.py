"""Shared fixtures. Qt runs offscreen; every test gets its own user folder (BNN_GUI_HOME) so
nothing touches the real one; MNIST comes from BNN_GUI_DATA (../shared/data/mnist in CI)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
SHARED_MNIST = REPO.parent / "shared" / "data" / "mnist"
if "BNN_GUI_DATA" not in os.environ and SHARED_MNIST.is_dir():
    os.environ["BNN_GUI_DATA"] = str(SHARED_MNIST)


@pytest.fixture(autouse=True)
def _isolated_user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BNN_GUI_HOME", str(tmp_path / "user"))


def make_synthetic(n_train=600, n_test=200, seed=0):
    """A small learnable 10-class set shaped like MNIST: each class is a random blob pattern,
    each sample that pattern shifted by up to 1 px with noise. uint8, ink = 255."""
    from bnn_gui.core.data import Dataset

    rng = np.random.default_rng(seed)
    # coarse 7x7 blob patterns blown up to 28x28: shapes, not pixel noise
    coarse = (rng.random((10, 7, 7)) > 0.6).astype(np.float32)
    templates = coarse.repeat(4, axis=1).repeat(4, axis=2)

    def sample(n):
        y = rng.integers(0, 10, n).astype(np.uint8)
        x = templates[y]
        shifts = rng.integers(-1, 2, (n, 2))
        x = np.stack([np.roll(img, tuple(s), axis=(0, 1)) for img, s in zip(x, shifts)])
        x = np.clip(x * 0.8 + rng.random(x.shape) * 0.3, 0, 1)
        return (x * 255).astype(np.uint8), y

    tx, ty = sample(n_train)
    vx, vy = sample(n_test)
    return Dataset(tx, ty, vx, vy, source="synthetic")


@pytest.fixture
def synthetic():
    return make_synthetic()


@pytest.fixture(scope="session")
def mnist():
    from bnn_gui.core.data import find_mnist, load_mnist

    if find_mnist() is None:
        pytest.fail("MNIST not found: set BNN_GUI_DATA to the folder with its four IDX files "
                    "(CI uses ../shared/data/mnist)")
    return load_mnist(download=False)
