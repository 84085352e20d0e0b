import subprocess
import sys
import textwrap

import numpy as np
import pytest
import torch

from bnn_gui.config import PRESETS, preset
from bnn_gui.core.engine import export
from bnn_gui.core.nets import packing
from bnn_gui.core.nets.checkpoint import load_net
from bnn_gui.core.nets.models import build, forward_with_activations
from bnn_gui.core.engine.packed import PackError, pack_bits, unpack_bits

PACKABLE = [n for n, c in PRESETS.items()
            if c.binary_weights and c.binary_activations and c.batchnorm and not c.sign_output]


def randomised(name, seed: int = 0):
    """A preset (a name, or a ModelConfig) with random latent weights and random BatchNorm
    statistics, half the BN scales negative: every folding case occurs."""
    torch.manual_seed(seed)
    net = build(preset(name) if isinstance(name, str) else name)
    with torch.no_grad():
        for m in net.modules():
            if isinstance(m, (torch.nn.BatchNorm1d, torch.nn.BatchNorm2d)):
                n = m.num_features
                m.weight.copy_(torch.randn(n))  # about half negative
                m.bias.copy_(torch.randn(n))
                m.running_var.copy_(torch.rand(n) * 50 + 0.1)
                m.running_mean.copy_(torch.randn(n) * 5)
    return net.eval()


def assert_bit_exact(net, x: np.ndarray):
    logits, acts = forward_with_activations(net, torch.from_numpy(np.array(x, np.float32)))
    packed_logits, readings = packing.pack(net).forward(x, record=True)
    assert [a.name for a in acts] == [r.name for r in readings]
    for a, r in zip(acts, readings):
        assert np.array_equal(a.post.numpy() > 0, r.bits), a.name
        assert np.array_equal(r.bits, r.margin >= 0)
    assert np.array_equal(logits.numpy().argmax(1), packed_logits.argmax(1))
    return packed_logits


def test_packable_presets_are_the_binary_ones():
    assert set(PACKABLE) == {"bnn-mlp", "bnn-quick", "bnn-cnn", "seed-mlp", "xnor-mlp"}


@pytest.mark.parametrize("n", [1, 9, 63, 64, 65, 784, 1024])
def test_pack_bits_round_trip(n):
    b = np.random.default_rng(n).random((3, n)) > 0.5
    words = pack_bits(b)
    assert words.dtype == np.uint64 and words.shape == (3, -(-n // 64))
    assert np.array_equal(unpack_bits(words, n), b)


def test_threshold_folding_with_negative_batchnorm_scales():
    net = randomised("seed-mlp")
    packed = packing.pack(net)
    gammas = net.blocks[0].bn.weight.detach().numpy()
    assert (gammas < 0).any() and (gammas > 0).any()
    assert np.array_equal(packed.layers[0].flip, gammas < 0)
    assert_bit_exact(net, np.random.default_rng(1).random((64, 28, 28)))


@pytest.mark.parametrize("name", PACKABLE)
def test_bit_exact_on_random_inputs_for_every_binary_preset(name):
    rng = np.random.default_rng(2)
    x = rng.random((32, 28, 28)) * (rng.random((32, 1, 1)) > 0.2)  # some blank digits too
    assert_bit_exact(randomised(name), x)


@pytest.mark.parametrize("name", ["bnn-mlp", "bnn-cnn"])
def test_bit_exact_on_mnist_with_the_shipped_models(name, mnist):
    net, _ = load_net(name)
    x = mnist.test_x[:300]
    logits = assert_bit_exact(net, x / 255.0)
    # uint8 levels straight from the file give the same answers as pixels in [0, 1]
    assert np.array_equal(packing.pack(net).forward(x).argmax(1), logits.argmax(1))


def test_non_binary_presets_are_refused():
    with pytest.raises(PackError, match="binary weights"):
        packing.pack(build(preset("float-mlp")))


def test_export_and_reload_without_torch(tmp_path):
    net = randomised("bnn-cnn", seed=3)
    path = export.save(packing.pack(net), tmp_path / "m.safetensors")
    x = np.random.default_rng(4).random((8, 28, 28)).astype(np.float32)
    np.save(tmp_path / "x.npy", x)
    expected = forward_with_activations(net, torch.from_numpy(x))[0].numpy().argmax(1)
    code = textwrap.dedent(f"""
        import sys, numpy as np
        from bnn_gui.core.engine import export
        from bnn_gui.core.nets import packing
        net = export.load_packed({str(path)!r})
        pred = net.forward(np.load({str(tmp_path / 'x.npy')!r})).argmax(1)
        assert "torch" not in sys.modules, "torch was imported"
        print(",".join(map(str, pred)))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ",".join(map(str, expected))


def test_c_header_holds_every_layer():
    packed = packing.pack(randomised("seed-mlp"))
    text = export.c_header(packed)
    for L in packed.layers:
        assert f"bnn_{L.name}_bits[{L.units}][{-(-L.n_in // 8)}]" in text
    assert text.count("_threshold[") == 3 and text.strip().endswith("*/")


@pytest.mark.parametrize("damage", ["truncate", "random", "model-file", "empty"])
def test_corrupt_export_files_give_a_clear_error(tmp_path, damage):
    good = export.save(packing.pack(randomised("seed-mlp")), tmp_path / "good.safetensors")
    bad = tmp_path / "bad.safetensors"
    data = good.read_bytes()
    if damage == "truncate":
        bad.write_bytes(data[: len(data) // 2])
    elif damage == "random":
        bad.write_bytes(np.random.default_rng(0).bytes(5000))
    elif damage == "empty":
        bad.write_bytes(b"")
    else:
        from bnn_gui.core.nets.checkpoint import save
        save(bad, build(preset("seed-mlp")))
    with pytest.raises(PackError, match="bad.safetensors"):
        export.load_packed(bad)


def test_binary_layers_shrink_at_least_25x():
    net, _ = load_net("bnn-mlp")
    rows = packing.size_table(net, packing.pack(net))
    assert rows[-1]["layer"] == "all" and rows[-1]["ratio"] >= 25


@pytest.mark.parametrize("name", ["seed-mlp", "bnn-cnn"])
def test_predict_in_threads_equals_one_forward(name):
    packed = packing.pack(randomised(name))
    x = np.random.default_rng(5).random((70, 28, 28))
    expected = packed.forward(x).argmax(1)
    assert np.array_equal(packed.predict(x, batch=16, threads=3), expected)
    assert np.array_equal(packed.predict(x), expected)
