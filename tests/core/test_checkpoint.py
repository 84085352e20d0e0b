import json
import struct

import numpy as np
import pytest
import torch

from bnn_gui.config import TrainConfig, preset
from bnn_gui.core.nets import checkpoint
from bnn_gui.core.nets.checkpoint import ModelFileError
from bnn_gui.core.nets.models import build

CFG = preset("bnn-cnn").replace(conv=preset("bnn-cnn").conv[:1], hidden=(32,))


@pytest.fixture
def saved(tmp_path):
    torch.manual_seed(0)
    model = build(CFG)
    model.train()
    model(torch.rand(32, 28, 28))  # move BatchNorm's running statistics off their defaults
    model.eval()
    path = checkpoint.save(tmp_path / "m.safetensors", model, TrainConfig(epochs=2),
                           {"test_accuracy": 0.5}, {"x": "abc"})
    return model, path


def test_round_trip_gives_identical_outputs(saved):
    model, path = saved
    loaded, mf = checkpoint.load_net(path)
    x = torch.rand(10, 28, 28)
    assert torch.equal(model(x), loaded(x))
    assert mf.config == CFG and mf.train_config == TrainConfig(epochs=2)
    assert mf.test_accuracy == 0.5 and json.loads(mf.meta["mnist_md5"]) == {"x": "abc"}
    assert not list(path.parent.glob("*.tmp"))


def test_truncated_files_fail_with_the_file_named(saved, tmp_path):
    _, path = saved
    raw = path.read_bytes()
    for cut in [0, 1, 7, 8, 9, 50, len(raw) // 3, len(raw) // 2, len(raw) - 1]:
        bad = tmp_path / f"cut{cut}.safetensors"
        bad.write_bytes(raw[:cut])
        with pytest.raises(ModelFileError, match=f"cut{cut}"):
            checkpoint.load_net(bad)


def test_random_bytes_empty_and_folder(tmp_path):
    rnd = tmp_path / "random.safetensors"
    rnd.write_bytes(np.random.default_rng(0).bytes(5000))
    empty = tmp_path / "empty.safetensors"
    empty.write_bytes(b"")
    for path, why in [(rnd, "not a bnn-gui model"), (empty, "too short"), (tmp_path, "folder"),
                      (tmp_path / "none.safetensors", "no such")]:
        with pytest.raises(ModelFileError, match=why):
            checkpoint.load_net(path)


def test_huge_or_malformed_header(tmp_path):
    huge = tmp_path / "huge.safetensors"
    huge.write_bytes(struct.pack("<Q", 2**60) + b"{}")
    bad_json = tmp_path / "badjson.safetensors"
    bad_json.write_bytes(struct.pack("<Q", 5) + b"{oops")
    for p in (huge, bad_json):
        with pytest.raises(ModelFileError, match="not a bnn-gui model"):
            checkpoint.load_net(p)


def test_another_preset_and_wrong_shapes(saved, tmp_path):
    _, path = saved
    with pytest.raises(ModelFileError, match="expected 'bnn-mlp'"):
        checkpoint.load_net(path, expect="bnn-mlp")
    # weights of one network under the config of another
    from safetensors.numpy import save_file

    mf = checkpoint.read_model_file(path)
    other = dict(mf.meta, model_config=json.dumps(preset("seed-mlp").to_dict()))
    wrong = tmp_path / "wrong.safetensors"
    save_file(mf.arrays, str(wrong), metadata=other)
    with pytest.raises(ModelFileError, match="do not fit a 'seed-mlp' network"):
        checkpoint.load_net(wrong)


def test_nan_weights_are_refused(saved, tmp_path):
    from safetensors.numpy import save_file

    mf = checkpoint.read_model_file(saved[1])
    arrays = dict(mf.arrays)
    key = next(k for k in arrays if k.endswith("weight"))
    arrays[key] = arrays[key].copy()
    arrays[key].flat[3] = np.nan
    bad = tmp_path / "nan.safetensors"
    save_file(arrays, str(bad), metadata=mf.meta)
    with pytest.raises(ModelFileError, match="NaN"):
        checkpoint.load_net(bad)


def test_failed_write_keeps_the_previous_file(saved, monkeypatch):
    model, path = saved
    before = path.read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(checkpoint.os, "replace", boom)
    with pytest.raises(OSError):
        checkpoint.save(path, build(preset("seed-mlp")))
    assert path.read_bytes() == before
    assert not list(path.parent.glob(".*.tmp"))


def test_unknown_name_lists_the_available_models():
    with pytest.raises(ModelFileError, match="available: .*bnn-cnn"):
        checkpoint.resolve("no-such-model")
