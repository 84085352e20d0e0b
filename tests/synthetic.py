"""Small synthetic data shaped like MNIST, for tests that need no real digits."""

import numpy as np


def make_synthetic(n_train=600, n_test=200, seed=0):
    """A small learnable 10-class set shaped like MNIST: each class is a random blob pattern,
    each sample that pattern shifted by up to 1 px with noise. uint8, ink = 255."""
    from bnn_gui.core.runs.data import Dataset

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
