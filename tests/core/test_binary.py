import numpy as np
import torch

from bnn_gui.core.nets.binary import binarize_weights, hard_sigmoid, sign, ste_sign, xnor_scale


def test_sign_never_returns_zero():
    x = torch.tensor([0.0, -0.0, 1e-30, -1e-30, 3.0, -3.0, float("inf"), -float("inf")])
    s = sign(x)
    assert set(s.tolist()) <= {-1.0, 1.0}
    assert s.tolist() == [1, 1, 1, -1, 1, -1, 1, -1]


def test_ste_gradient_is_hardtanh_mask():
    rng = np.random.default_rng(0)
    xs = rng.uniform(-3, 3, 1000).astype(np.float32)
    xs[:4] = [1.0, -1.0, 0.0, 1.0000001]
    g = rng.normal(size=1000).astype(np.float32)
    x = torch.tensor(xs, requires_grad=True)
    ste_sign(x).backward(torch.tensor(g))
    np.testing.assert_array_equal(x.grad.numpy(), g * (np.abs(xs) <= 1))
    np.testing.assert_array_equal(ste_sign(torch.tensor(xs)).numpy(), np.where(xs >= 0, 1, -1))


def test_stochastic_binarisation_mean_matches_hard_sigmoid():
    torch.manual_seed(0)
    w = torch.tensor([-1.5, -1.0, -0.5, 0.0, 0.3, 0.9, 1.0, 2.0])
    H = 1.0
    draws = torch.stack([binarize_weights(w, "stoch", H, training=True) for _ in range(20000)])
    assert set(draws.unique().tolist()) == {-1.0, 1.0}
    p_plus = (draws == 1).float().mean(0)
    expected = hard_sigmoid(w / H)
    assert torch.allclose(p_plus, expected, atol=0.015), (p_plus, expected)


def test_stochastic_weights_are_deterministic_sign_at_test_time():
    w = torch.linspace(-1, 1, 101)
    for _ in range(5):
        assert torch.equal(binarize_weights(w, "stoch", 1.0, training=False), sign(w))


def test_weight_gradient_passes_straight_through():
    w = torch.tensor([0.2, -0.7, 0.9], requires_grad=True)
    (binarize_weights(w, "det", 1.0, True) * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
    assert w.grad.tolist() == [1.0, 2.0, 3.0]


def test_xnor_scale_is_mean_abs_per_output_unit():
    w = torch.tensor([[1.0, -3.0], [0.5, 0.5]])
    assert xnor_scale(w).flatten().tolist() == [2.0, 0.5]
    conv = torch.randn(4, 3, 2, 2)
    assert torch.allclose(xnor_scale(conv).flatten(), conv.abs().mean(dim=(1, 2, 3)))
