import gzip
import hashlib

import numpy as np
import pytest

from bnn_gui.core.runs import data
from bnn_gui.core.runs.data import DataError, find_mnist, load_mnist, read_idx


def idx_bytes(arr: np.ndarray, magic: int) -> bytes:
    head = magic.to_bytes(4, "big") + b"".join(d.to_bytes(4, "big") for d in arr.shape)
    return head + arr.astype(np.uint8).tobytes()


def write_set(folder, n_train=20, n_test=10, gz=True):
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    arrays = {
        "train-images-idx3-ubyte": (rng.integers(0, 256, (n_train, 28, 28)), 2051),
        "train-labels-idx1-ubyte": (rng.integers(0, 10, n_train), 2049),
        "t10k-images-idx3-ubyte": (rng.integers(0, 256, (n_test, 28, 28)), 2051),
        "t10k-labels-idx1-ubyte": (rng.integers(0, 10, n_test), 2049),
    }
    for name, (a, magic) in arrays.items():
        raw = idx_bytes(a, magic)
        if gz:
            (folder / f"{name}.gz").write_bytes(gzip.compress(raw))
        else:
            (folder / name).write_bytes(raw)
    return arrays


@pytest.mark.parametrize("gz", [True, False])
def test_reads_gzipped_and_plain_idx(tmp_path, gz):
    arrays = write_set(tmp_path / "m", gz=gz)
    ds = load_mnist(tmp_path / "m", download=False, verify=False)
    np.testing.assert_array_equal(ds.train_x, arrays["train-images-idx3-ubyte"][0])
    np.testing.assert_array_equal(ds.test_y, arrays["t10k-labels-idx1-ubyte"][0])
    assert ds.train_x.dtype == np.uint8 and ds.train_x.shape == (20, 28, 28)


def test_checksum_mismatch_is_reported(tmp_path):
    write_set(tmp_path / "m")
    with pytest.raises(DataError, match="checksum .* does not match"):
        load_mnist(tmp_path / "m", download=False)


def test_checksum_is_of_the_decompressed_content(tmp_path):
    a = np.arange(5, dtype=np.uint8)
    raw = idx_bytes(a, 2049)
    (tmp_path / "f.gz").write_bytes(gzip.compress(raw))
    arr, md5 = read_idx(tmp_path / "f.gz", 2049, hashlib.md5(raw).hexdigest())
    assert md5 == hashlib.md5(raw).hexdigest() and arr.tolist() == list(range(5))


def test_damaged_files(tmp_path):
    good = idx_bytes(np.zeros((3, 28, 28)), 2051)
    cases = {
        "magic": (idx_bytes(np.zeros(3), 2049), "magic number 2049, expected 2051"),
        "short": (good[:100], "truncated"),
        "tiny": (good[:5], "only 5 bytes"),
        "count": (good[:4] + (4).to_bytes(4, "big") + good[8:], "truncated"),
        "gzip": (gzip.compress(good)[:-20], "cannot read"),
    }
    for name, (raw, why) in cases.items():
        p = tmp_path / name
        p.write_bytes(raw)
        with pytest.raises(DataError, match=why):
            read_idx(p, 2051)


def test_given_folder_must_hold_the_files(tmp_path):
    with pytest.raises(DataError, match="missing: train-images-idx3-ubyte"):
        find_mnist(tmp_path)


def test_search_order_given_folder_then_env(tmp_path, monkeypatch):
    write_set(tmp_path / "a")
    write_set(tmp_path / "b")
    monkeypatch.setenv("BNN_GUI_DATA", str(tmp_path / "b"))
    assert find_mnist(tmp_path / "a") == tmp_path / "a"
    assert find_mnist() == tmp_path / "b"


def test_offline_and_missing_says_what_to_put_where(tmp_path, monkeypatch):
    monkeypatch.delenv("BNN_GUI_DATA", raising=False)
    monkeypatch.setattr(data, "candidate_dirs", lambda d=None: [tmp_path / "nowhere"])
    with pytest.raises(DataError) as e:
        load_mnist(download=False)
    msg = str(e.value)
    assert "train-images-idx3-ubyte.gz" in msg and "BNN_GUI_DATA" in msg and "mnist" in msg


@pytest.mark.parametrize("made", [False, True])
def test_a_wrong_bnn_gui_data_is_named_with_what_it_lacks(tmp_path, monkeypatch, made):
    """BNN_GUI_DATA set to a folder without MNIST: the message starts with that folder and
    what it lacks, instead of telling the person to set the variable they set."""
    wrong = tmp_path / "wrong"
    if made:
        write_set(wrong)
        (wrong / "t10k-labels-idx1-ubyte.gz").unlink()
    monkeypatch.setenv("BNN_GUI_DATA", str(wrong))
    monkeypatch.setattr(data, "candidate_dirs", lambda d=None: [wrong])
    with pytest.raises(data.MnistMissing) as e:
        load_mnist(download=False)
    first = str(e.value).splitlines()[0]
    assert first.startswith(f"BNN_GUI_DATA is {wrong}, but MNIST is not there")
    assert ("(missing: t10k-labels-idx1-ubyte" if made else "(no such folder)") in first
    assert "train-images" not in first if made else True


def test_failed_download_names_the_files_and_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(data, "MIRRORS", ("http://127.0.0.1:9/",))
    with pytest.raises(DataError, match="Download errors"):
        data.download_mnist(tmp_path / "dl", timeout=2)
    assert not (tmp_path / "dl").exists()  # not even an empty folder


def test_real_mnist_checks_out(mnist):
    assert mnist.train_x.shape == (60000, 28, 28) and mnist.test_x.shape == (10000, 28, 28)
    assert set(mnist.checksums.values()) == {md5 for _, md5, _ in data.FILES.values()}
    assert np.bincount(mnist.test_y).tolist()[:2] == [980, 1135]


def test_a_wrong_bnn_gui_data_is_not_passed_over_for_a_download(tmp_path, monkeypatch):
    """The person chose that folder: load_mnist says what it lacks instead of fetching a copy
    into another folder."""
    monkeypatch.setenv("BNN_GUI_DATA", str(tmp_path / "empty"))
    (tmp_path / "empty").mkdir()
    monkeypatch.setattr(data, "candidate_dirs", lambda d=None: [tmp_path / "empty"])
    monkeypatch.setattr(data, "download_mnist", lambda *a, **k: pytest.fail("it downloaded"))
    with pytest.raises(data.MnistMissing, match="missing: train-images-idx3-ubyte"):
        load_mnist()
