import pytest
import torch

from bnn_gui.config import PRESETS, ConfigError, preset
from bnn_gui.core.nets.models import build, forward_with_activations


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_preset_builds_and_runs(name):
    torch.manual_seed(0)
    cfg = PRESETS[name]
    model = build(cfg)
    model.train()
    logits = model(torch.rand(8, 28, 28))
    assert logits.shape == (8, 10) and torch.isfinite(logits).all()
    logits.sum().backward()  # gradients flow through every binarisation
    logits, acts = forward_with_activations(model, torch.rand(4, 1, 28, 28))
    assert logits.shape == (4, 10)
    assert len(acts) == len(cfg.conv) + len(cfg.hidden)
    for a in acts:
        assert a.binary == cfg.binary_activations
        if a.binary:
            assert set(a.post.unique().tolist()) <= {-1.0, 1.0}
            assert torch.equal(a.post, torch.where(a.pre >= 0, 1.0, -1.0))
    if cfg.binary_weights:
        assert set(model.out.binary_weight().unique().tolist()) <= {-1.0, 1.0}


def test_paper_bnn_shape():
    cfg = preset("bnn-mlp")
    assert cfg.weights == "det" and cfg.activation == "sign" and cfg.batchnorm
    assert not cfg.binarize_input and not cfg.sign_output
    model = build(cfg)
    assert [type(b.bn).__name__ for b in model.blocks] == ["BatchNorm1d"] * len(cfg.hidden)


def test_seed_mlp_is_784_256_128_64_10():
    model = build(preset("seed-mlp"))
    sizes = [tuple(b.layer.weight.shape) for b in model.blocks] + [tuple(model.out.weight.shape)]
    assert sizes == [(256, 784), (128, 256), (64, 128), (10, 64)]


def test_antirectifier_mlp_doubles_width():
    model = build(preset("antirectifier-mlp"))
    assert tuple(model.blocks[1].layer.weight.shape) == (256, 512)
    assert tuple(model.out.weight.shape) == (10, 512)


def test_sign_on_output_gives_pm1_logits():
    model = build(preset("seed-mlp").replace(sign_output=True))
    assert set(model(torch.rand(6, 28, 28)).unique().tolist()) <= {-1.0, 1.0}


def test_binarize_input_reads_pm1_pixels():
    model = build(preset("seed-mlp").replace(binarize_input=True))
    x = model.prepare_input(torch.rand(3, 28, 28))
    assert set(x.unique().tolist()) == {-1.0, 1.0}


def test_bad_configs_are_refused_with_the_field_named():
    with pytest.raises(ConfigError, match="weights"):
        preset("bnn-mlp").replace(weights="ternary")
    with pytest.raises(ConfigError, match="hidden"):
        preset("bnn-mlp").replace(hidden=(0,))
    with pytest.raises(ConfigError, match="unknown preset 'nope'"):
        preset("nope")


def test_layers_are_described_in_plain_words():
    from bnn_gui.config import PRESETS
    from bnn_gui.gui.live.layer_words import layer_descriptions

    cnn = PRESETS["bnn-cnn"]
    words = layer_descriptions(cnn, [(32, 14, 14), (64, 7, 7), (128, 3, 3), (512,)])
    assert words[0].startswith("3x3 kernels over pixels") and "max-pool 2" in words[0]
    assert "over 32 channels" in words[1] and "BatchNorm, sign" in words[1]
    assert words[3] == "each over 1,152 inputs, ±1 weights; BatchNorm, sign"
    flt = layer_descriptions(PRESETS["float-mlp"], [(1024,)])
    assert flt == ["each over 784 inputs, real weights; BatchNorm, ReLU"]
