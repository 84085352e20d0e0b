"""Bad input into the running window: each gets a clear message, the app keeps running and the
live model is untouched."""

import gzip
import json
import struct

import numpy as np
import pytest
import torch
from PySide6.QtGui import QImage

from bnn_gui.config import preset
from bnn_gui.core.nets import checkpoint
from bnn_gui.core.nets.models import build
from helpers_reliability import responsive
from gui_mouse import drag, open_picture

# --- model files -----------------------------------------------------------------------------


def _header_swap(raw: bytes, edit) -> bytes:
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8: 8 + n])
    edit(header)
    new = json.dumps(header).encode()
    return struct.pack("<Q", len(new)) + new + raw[8 + n:]


def _nan_weights(raw):
    # overwrite the first float32 tensor's first values with NaN / inf
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8: 8 + n])
    name, info = next((k, v) for k, v in header.items()
                      if k != "__metadata__" and v["dtype"] == "F32")
    start = 8 + n + info["data_offsets"][0]
    return raw[:start] + struct.pack("<ff", float("nan"), float("inf")) + raw[start + 8:]


def _other_shapes(raw):
    def edit(h):
        meta = h["__metadata__"]
        cfg = json.loads(meta["model_config"])
        cfg["hidden"] = [17]  # the config no longer fits the weights
        meta["model_config"] = json.dumps(cfg)
    return _header_swap(raw, edit)


@pytest.fixture(scope="module")
def good_model(tmp_path_factory):
    torch.manual_seed(0)
    model = build(preset("seed-mlp"))
    path = tmp_path_factory.mktemp("m") / "good.safetensors"
    return checkpoint.save(path, model.eval())


DAMAGES = {
    **{f"truncated at {f:.0%}": (lambda raw, f=f: raw[: int(len(raw) * f)])
       for f in (0.0001, 0.001, 0.01, 0.05, 0.2, 0.5, 0.8, 0.99, 0.9999)},
    "random bytes": lambda raw: np.random.default_rng(1).bytes(len(raw)),
    "empty": lambda raw: b"",
    "huge header": lambda raw: struct.pack("<Q", 2**60) + raw[8:],
    "malformed header": lambda raw: raw[:8] + b"{not json" + raw[17:],
    "wrong shapes": _other_shapes,
    "NaN and inf weights": _nan_weights,
    "another format": lambda raw: _header_swap(
        raw, lambda h: h["__metadata__"].update(format="other/9")),
    # issue 31 #6: became the live model, then a ValueError escaped the model-loaded slot
    **{f"test accuracy {v!r}": (lambda raw, v=v: _header_swap(
        raw, lambda h: h["__metadata__"].update(metrics=json.dumps({"test_accuracy": v}))))
       for v in ("0.98", [0.98], 98.0, float("nan"), True)},
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_bad_model_file_keeps_the_live_model(window, qtbot, messages, good_model, tmp_path,
                                               damage):
    live = window.session.model
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(DAMAGES[damage](good_model.read_bytes()))
    window.load_model(str(bad))
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    title, text = messages[0]
    assert title == "Could not load the model" and str(bad) in text and "keeping" in text
    assert window.session.model is live
    drag(window.canvas, [(300, 100), (300, 400)])
    window.refresh()
    assert window.last_reading.digit == 1 and responsive(qtbot, window)


def test_a_folder_as_a_model_file(window, qtbot, messages, tmp_path):
    live = window.session.model
    window.load_model(str(tmp_path))
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert "folder" in messages[0][1] and window.session.model is live


def test_a_valid_model_of_another_preset_loads_as_that_preset(window, qtbot, messages,
                                                             good_model):
    """Not bad input: the file says what it is, and the window runs it as that."""
    window.load_model(str(good_model))
    qtbot.waitUntil(lambda: window.session.model.config.name == "seed-mlp", timeout=10000)
    assert not messages
    with pytest.raises(checkpoint.ModelFileError, match="expected 'bnn-mlp'"):
        checkpoint.load_net(good_model, expect="bnn-mlp")  # where a preset is required, it says so


# --- MNIST files -----------------------------------------------------------------------------

NAMES = {"train-images-idx3-ubyte": (2051, (6, 28, 28)), "train-labels-idx1-ubyte": (2049, (6,)),
         "t10k-images-idx3-ubyte": (2051, (4, 28, 28)), "t10k-labels-idx1-ubyte": (2049, (4,))}


def _idx(magic, shape):
    head = struct.pack(">I", magic) + b"".join(struct.pack(">I", d) for d in shape)
    return head + bytes(int(np.prod(shape)))


MNIST_DAMAGES = {  # name: (damage, what the message says)
    "wrong magic": (lambda raw: struct.pack(">I", 1234) + raw[4:], "magic number 1234"),
    "short file": (lambda raw: raw[: len(raw) // 2], "truncated"),
    "count disagrees with size": (lambda raw: raw[:4] + struct.pack(">I", 99) + raw[8:],
                                  "truncated"),
    "corrupt gzip": (lambda raw: gzip.compress(raw)[:-12], "damaged"),
    "wrong checksum": (lambda raw: raw, "checksum"),  # a consistent file that is not MNIST
}


@pytest.mark.parametrize("damage", list(MNIST_DAMAGES))
def test_bad_mnist_files_get_a_message_naming_the_file(window, qtbot, messages, tmp_path,
                                                      damage):
    folder = tmp_path / "mnist"
    folder.mkdir()
    for name, (magic, shape) in NAMES.items():
        raw = _idx(magic, shape)
        if name == "train-images-idx3-ubyte":
            raw = MNIST_DAMAGES[damage][0](raw)
        suffix = ".gz" if damage == "corrupt gzip" and name.startswith("train-images") else ""
        (folder / (name + suffix)).write_bytes(raw)
    window.data_dir = str(folder)
    drawn = window.canvas.strokes
    window.load_mnist_digit()
    why = MNIST_DAMAGES[damage][1]
    assert messages and "train-images" in messages[0][1] and why in messages[0][1]
    assert window.canvas.strokes == drawn and window.session.model is not None
    # a training run on the same folder fails with the same message and saves nothing
    window.training.data_dir = str(folder)
    window.training.start()
    qtbot.waitUntil(lambda: len(messages) > 1, timeout=15000)
    assert "train-images" in messages[1][1] and why in messages[1][1]
    qtbot.waitUntil(lambda: window.training.start_button.isEnabled(), timeout=5000)
    assert responsive(qtbot, window)


# --- pictures --------------------------------------------------------------------------------

def _save(path, array, fmt):
    a = np.ascontiguousarray(array)
    h, w = a.shape[:2]
    QImage(a.data, w, h, a.strides[0], fmt).save(str(path))
    return path


def _digit(size=200, dtype=np.uint8, hi=255):
    img = np.zeros((size, size), dtype)
    img[size // 5: size * 4 // 5, size * 9 // 20: size * 11 // 20] = hi  # a "1"
    return img


def test_pictures_of_every_kind(window, qtbot, messages, tmp_path):
    F = QImage.Format
    rgba = np.zeros((120, 90, 4), np.uint8)
    rgba[20:100, 40:50] = (0, 0, 0, 255)  # dark ink on a transparent background
    cases = {  # name: (path, reads as "1" or None for "no ink")
        "16-bit": (_save(tmp_path / "g16.png", _digit(dtype=np.uint16, hi=65535),
                         F.Format_Grayscale16), 1),
        "RGBA": (_save(tmp_path / "rgba.png", rgba, F.Format_RGBA8888), 1),
        "10000x10000": (None, 1),
        "1x1": (_save(tmp_path / "one.png", np.full((1, 1), 255, np.uint8),
                      F.Format_Grayscale8), None),
        "all white": (_save(tmp_path / "white.png", np.full((50, 50), 255, np.uint8),
                            F.Format_Grayscale8), None),
        "all black": (_save(tmp_path / "black.png", np.zeros((50, 50), np.uint8),
                            F.Format_Grayscale8), None),
    }
    big = np.zeros((10000, 10000), np.uint8)
    big[2000:8000, 4700:5300] = 255
    cases["10000x10000"] = (_save(tmp_path / "big.png", big, F.Format_Grayscale8), 1)
    del big
    for name, (path, digit) in cases.items():
        messages.clear()
        window.canvas.clear()
        drag(window.canvas, [(100, 100), (200, 300)])
        strokes = window.canvas.strokes
        ok = open_picture(window, qtbot, path)
        window.refresh()
        if digit is None:
            assert not ok and "no ink" in messages[0][1] and window.canvas.strokes == strokes, name
        else:
            assert ok and not messages and window.last_reading.digit == digit, name


@pytest.mark.parametrize("content", [b"", b"hello, not a picture", bytes(range(256)) * 40,
                                     b"\x89PNG\r\n\x1a\n" + bytes(100)])
def test_files_that_are_not_pictures(window, qtbot, messages, tmp_path, content):
    path = tmp_path / "digit.png"
    path.write_bytes(content)
    drag(window.canvas, [(100, 100), (200, 300)])
    strokes = window.canvas.strokes
    assert open_picture(window, qtbot, path) is False
    assert messages[0][0] == "Not an image" and str(path) in messages[0][1]
    assert window.canvas.strokes == strokes
    assert open_picture(window, qtbot, tmp_path) is False and "folder" in messages[1][1]


# --- hyperparameters -------------------------------------------------------------------------

@pytest.mark.parametrize("field", ["epochs", "batch_size", "lr", "seed"])
@pytest.mark.parametrize("value", ["0", "-3", "1e12", "99999999999999999999999", "abc", "",
                                   "nan", "inf", "1e-400"])
def test_the_form_refuses_absurd_values(window, field, value):
    panel = window.training
    panel.fields[field].setText(value)
    if field == "seed" and value == "0":
        assert panel.start_button.isEnabled()  # seed 0 is a fine seed
        return
    assert panel.error_label.text() != "" and not panel.start_button.isEnabled()
    assert panel.start() is False and panel.record is None


def test_dropped_files_go_the_same_way(window, qtbot, messages, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    def drop(path):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier)
        enter = QDragEnterEvent(QPoint(50, 50), *args)
        QApplication.sendEvent(window, enter)
        assert enter.isAccepted()
        QApplication.sendEvent(window, QDropEvent(QPointF(50, 50), *args))

    bad = tmp_path / "notes.txt"
    bad.write_text("not a picture")
    drop(bad)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages and messages[0][0] == "Not an image"
    good = _save(tmp_path / "g16.png", _digit(dtype=np.uint16, hi=65535),
                 QImage.Format.Format_Grayscale16)
    drop(good)
    qtbot.waitUntil(lambda: not window.pictures.busy())
    window.refresh()
    assert window.canvas.image is not None and window.last_reading.digit == 1
