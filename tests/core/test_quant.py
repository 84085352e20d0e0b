"""The bit-budget quantisers (core/nets/quant.py) against a plain reference written from their
definitions, value by value, and models of a few bits saved, loaded and read again."""

import math

import numpy as np
import pytest
import torch

from bnn_gui.config import ConfigError, ModelConfig
from bnn_gui.core.nets import quant


def reference_grid(x: float, bits: int) -> float:
    """The k-bit mid-rise grid, one number at a time: the bin's centre, outermost levels ±1."""
    L = 2 ** (bits - 1)
    i = min(max(math.floor(x * L), -L), L - 1)
    return (2 * i + 1) / (2 * L - 1)


def values():
    return torch.tensor([-3.0, -1.0, -0.99, -0.6, -0.34, -0.3, -0.01, 0.0, 0.01, 0.2, 0.33,
                         0.34, 0.5, 0.74, 0.76, 0.999, 1.0, 2.5], dtype=torch.float64)


@pytest.mark.parametrize("bits", [2, 4, 8])
def test_k_bit_activations_match_the_reference_and_take_2_to_the_k_levels(bits):
    x = values()
    got = quant.quantize_activation(x, bits)
    assert got.tolist() == pytest.approx([reference_grid(v, bits) for v in x.tolist()])
    dense = quant.quantize_activation(torch.linspace(-1.2, 1.2, 5001, dtype=torch.float64), bits)
    assert len(torch.unique(dense)) == 2 ** bits == quant.levels(bits)
    assert dense.min() == -1 and dense.max() == 1 and (dense != 0).all()  # mid-rise: no zero


def test_one_bit_is_the_sign_and_ternary_has_a_dead_zone():
    x = values()
    assert quant.quantize_activation(x, 1).tolist() == [1.0 if v >= 0 else -1.0 for v in x.tolist()]
    assert [reference_grid(v, 1) for v in x.tolist()] == quant.quantize_activation(x, 1).tolist()
    t = quant.quantize_activation(x, 1.58).tolist()
    assert t == [0.0 if abs(v) <= 1 / 3 else math.copysign(1.0, v) for v in x.tolist()]
    assert quant.levels(1.58) == 3 and quant.storage_bits(1.58) == 1.6


def test_weights_use_a_per_layer_scale():
    w = torch.tensor([[-0.9, -0.2, -0.05, 0.0, 0.04, 0.1, 0.3, 0.6]], dtype=torch.float64)
    m = w.abs().mean().item()
    tern = quant.quantize_weight(w, 1.58)[0].tolist()
    assert tern == [0.0 if abs(v) <= 0.7 * m else math.copysign(1.0, v) for v in w[0].tolist()]
    two = quant.quantize_weight(w, 2)[0].tolist()
    assert two == pytest.approx([reference_grid(v / (3 * m), 2) for v in w[0].tolist()])
    # scaling a layer's weights changes nothing: only where the levels sit among them counts
    assert quant.quantize_weight(10 * w, 4).tolist() == quant.quantize_weight(w, 4).tolist()


@pytest.mark.parametrize("bits", [1.58, 2, 4, 8])
def test_straight_through_gradients(bits):
    x = values().clone().requires_grad_(True)
    up = torch.arange(len(x), dtype=torch.float64)
    (quant.ste_activation(x, bits) * up).sum().backward()
    # activations: the hard-tanh STE, 1[|x| <= 1], at every width
    assert x.grad.tolist() == [u if abs(v) <= 1 else 0.0 for u, v in zip(up.tolist(),
                                                                       x.detach().tolist())]
    w = values().clone().requires_grad_(True)
    (quant.ste_weight(w, bits) * up).sum().backward()
    assert w.grad.tolist() == up.tolist()  # weights: straight through to the latent weight


def test_widths_are_checked():
    with pytest.raises(ConfigError, match="weight_bits"):
        ModelConfig("x", weight_bits=3).validate()
    with pytest.raises(ConfigError, match="activation_bits"):
        ModelConfig("x", activation="relu", activation_bits=2).validate()
    with pytest.raises(ValueError, match="a width is one of"):
        quant.check_width(16)


@pytest.mark.parametrize("bits", [2.0, 1.58])
def test_a_few_bit_model_saves_loads_and_reads_the_same(tmp_path, bits):
    """Issue 33: a 2-bit and a ternary model save, load and read the same digits; the packed
    engine says in one line that it is 1-bit only."""
    from bnn_gui.core.engine.packed import PackError
    from bnn_gui.core.inference import load_model
    from bnn_gui.core.nets.checkpoint import save
    from bnn_gui.core.nets.models import build, forward_with_activations
    from bnn_gui.core.nets.packing import pack

    torch.manual_seed(0)
    cfg = ModelConfig("tiny-k", hidden=(32, 16), weight_bits=bits, activation_bits=bits)
    net = build(cfg)
    net.train()
    with torch.no_grad():  # settle BatchNorm's running statistics on some input
        for _ in range(3):
            net(torch.rand(64, 28, 28))
    net.eval()
    x = torch.rand(20, 28, 28)
    logits, acts = forward_with_activations(net, x)
    assert len(torch.unique(acts[0].post)) <= quant.levels(bits) and acts[0].levels == \
        quant.levels(bits)
    with pytest.raises(PackError, match="1-bit") as e:
        pack(net)
    assert "\n" not in str(e.value)
    path = save(tmp_path / "k.safetensors", net)
    model = load_model(path)
    assert model.packed is None and model.config.weight_bits == bits
    again = np.stack([model.read(d.numpy()).probabilities for d in x])
    assert np.allclose(again, torch.softmax(logits.double(), 1).numpy(), atol=1e-5)
    reading = model.read(x[0].numpy())
    assert set(np.unique(reading.layers[0].bits)) <= set(
        quant.quantize_activation(torch.linspace(-2, 2, 999), bits).tolist())


def test_inside_a_few_bit_neuron_the_arithmetic_adds_up():
    """Issue 33: the neuron view's arithmetic for a k-bit unit: products of k-bit weights and
    inputs, their sum, BatchNorm, the k-bit activation, all as the network computes them."""
    from bnn_gui.core.nets.few_bit_unit import trace
    from bnn_gui.core.nets.models import build, forward_with_activations

    torch.manual_seed(2)
    net = build(ModelConfig("few", hidden=(24, 12), weight_bits=2, activation_bits=2))
    net.train()
    with torch.no_grad():
        for _ in range(3):
            net(torch.rand(32, 28, 28))
    net.eval()
    x = np.random.default_rng(0).random((28, 28)).astype(np.float32)
    t = trace(net, x, "dense2", 5)
    _, acts = forward_with_activations(net, torch.from_numpy(x)[None])
    h = acts[0].post[0]
    w = quant.quantize_weight(net.blocks[1].layer.weight.detach(), 2)[5]
    assert t.n == 24 and t.dot == pytest.approx(float((w * h).sum()), abs=1e-5)
    bn = net.blocks[1].bn
    y = (t.dot - bn.running_mean[5]) / torch.sqrt(bn.running_var[5] + bn.eps) * bn.weight[5] \
        + bn.bias[5]
    assert t.batchnorm == pytest.approx(float(y.detach()), abs=1e-4)
    assert t.out == float(quant.quantize_activation(torch.tensor(t.batchnorm), 2))
    assert 2 <= t.product_values <= 4 * 4
