import torch

from bnn_gui.core.nets.layers import (Antirectifier, BinaryLinear, L2Constrain, binary_layers,
                                 clip_latent_weights)
from bnn_gui.config import preset
from bnn_gui.core.nets.models import build


def test_latent_weights_stay_in_clip_window_after_steps():
    torch.manual_seed(0)
    model = build(preset("bnn-mlp").replace(hidden=(32, 32), clip=0.5))
    opt = torch.optim.Adam(model.parameters(), lr=1.0)  # huge steps push weights far out
    for _ in range(5):
        loss = model(torch.rand(16, 28, 28)).pow(2).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
        assert max(float(m.weight.detach().abs().max()) for m in binary_layers(model)) > 0.5
        clip_latent_weights(model)
        for m in binary_layers(model):
            assert m.weight.detach().abs().max().item() <= 0.5


def test_binary_linear_uses_signs_of_latent_weights():
    layer = BinaryLinear(3, 2)
    with torch.no_grad():
        layer.weight.copy_(torch.tensor([[0.1, -0.2, 0.0], [-0.9, 0.3, -0.4]]))
    out = layer(torch.tensor([[1.0, 2.0, 4.0]]))
    assert out.tolist() == [[1 - 2 + 4, -1 + 2 - 4]]


def test_xnor_scaling_multiplies_by_mean_abs():
    layer = BinaryLinear(2, 1, xnor_scaling=True)
    with torch.no_grad():
        layer.weight.copy_(torch.tensor([[0.5, -0.25]]))
    assert layer(torch.tensor([[1.0, 1.0]])).item() == 0.375 * (1 - 1)
    assert layer(torch.tensor([[2.0, 0.0]])).item() == 0.375 * 2


def test_antirectifier_doubles_width_and_is_normalised():
    x = torch.randn(5, 7)
    y = Antirectifier()(x)
    assert y.shape == (5, 14)
    assert (y >= 0).all()
    assert torch.allclose(y.norm(dim=1), torch.ones(5), atol=1e-5)
    centred = x - x.mean(1, keepdim=True)
    assert torch.allclose(y[:, :7] - y[:, 7:], centred / centred.norm(dim=1, keepdim=True), atol=1e-6)


def test_l2_constrain_scales_to_alpha():
    y = L2Constrain(16.0)(torch.randn(4, 10) * 100)
    assert torch.allclose(y.norm(dim=1), torch.full((4,), 16.0))
