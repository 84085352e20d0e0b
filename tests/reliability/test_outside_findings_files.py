"""What an outside test found (issue 16), continued: files that ask for unbounded time or
memory (pictures, model files, MNIST), and messages and words. Each is a regression test that
failed on the code it was found in."""

import os
import subprocess
import sys

import pytest


# --- picture bombs, FIFOs as pictures, small files that ask for huge allocations -------------

def png_declaring(width: int, height: int) -> bytes:
    """A PNG header declaring width x height, with a tiny (incomplete) image stream: how a
    400 KB file can ask for gigabytes."""
    import struct
    import zlib

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(4096))) + chunk(b"IEND", b""))


def test_pictures_are_bounded_before_they_are_decoded(tmp_path, qapp):
    """A 431 KB PNG blocked the window 13.5 s and took 2.4 GB; a FIFO froze it for ever; a
    141-byte SVG took 6.5 s and 1.7 GB; an svgz bomb 14.8 s."""
    import gzip

    from bnn_gui.gui.live.images import VECTOR_SIDE, ImageError, read_image

    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_declaring(20000, 20000))
    with pytest.raises(ImageError, match="20000 x 20000 pixels"):
        read_image(str(bomb))
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    with pytest.raises(ImageError, match="not a regular file"):
        read_image(str(fifo))
    with pytest.raises(ImageError, match="not a regular file"):
        read_image("/dev/zero")
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="50000">'
           b'<rect x="40000" y="10000" width="20000" height="30000"/></svg>')
    (tmp_path / "big.svg").write_bytes(svg)
    img = read_image(str(tmp_path / "big.svg"))  # drawn at a bounded size
    assert img.shape[:2] == (VECTOR_SIDE // 2, VECTOR_SIDE) and img[..., 3].max() == 255
    (tmp_path / "bomb.svgz").write_bytes(gzip.compress(svg))
    with pytest.raises(ImageError, match="compressed"):
        read_image(str(tmp_path / "bomb.svgz"))
    (tmp_path / "long.svg").write_bytes(svg[:-6] + b"<g/>" * 300_000 + b"</svg>")
    with pytest.raises(ImageError, match="SVGs up to"):
        read_image(str(tmp_path / "long.svg"))


def test_a_picture_read_while_the_person_draws_does_not_overwrite_the_drawing(
        open_window, qtbot, tmp_path):
    import numpy as np
    from PySide6.QtGui import QImage

    from gui_mouse import drag

    w = open_window("bnn-mlp")
    a = np.zeros((280, 280), np.uint8)
    a[40:240, 130:150] = 255
    QImage(a.data, 280, 280, 280, QImage.Format.Format_Grayscale8).save(str(tmp_path / "1.png"))
    w.open_image(str(tmp_path / "1.png"))
    drag(w.canvas, [(60, 60), (200, 200)])  # drawn before the picture is ready
    assert w.pictures.wait(30000)
    qtbot.wait(50)
    assert w.canvas.image is None and len(w.canvas.strokes) == 1


def test_a_small_model_file_cannot_ask_for_a_huge_network(tmp_path):
    """A 512-byte model made torch ask for 17 GB before any shape was checked."""
    import json

    from safetensors.numpy import save_file

    from bnn_gui.config import preset
    from bnn_gui.core.nets import checkpoint

    import numpy as np

    config = preset("bnn-mlp").replace(hidden=(65536, 65536, 65536))
    path = tmp_path / "small.safetensors"
    save_file({"w": np.zeros(4, np.float32)}, str(path),
              metadata={"format": checkpoint.FORMAT, "model_config": json.dumps(config.to_dict())})
    assert path.stat().st_size < 1024
    weights = 784 * 65536 + 2 * 65536 * 65536 + 65536 * 10  # 34.6 GB as float32
    with pytest.raises(checkpoint.ModelFileError, match=f"describes {weights:,} weights"):
        checkpoint.read_model_file(path)  # refused before anything of that size exists


@pytest.mark.parametrize("meta", [{"train_config": "[1, 2]"}, {"metrics": "[1]"},
                                  {"model_config": "[" * 100000 + "]" * 100000},
                                  {"model_config": '{"name": "x", "hidden": [1e400]}'}])
def test_malformed_metadata_is_one_line_not_a_traceback(tmp_path, meta):
    import json

    from safetensors.numpy import save_file

    from bnn_gui.config import preset
    from bnn_gui.core.nets import checkpoint

    import numpy as np

    base = {"format": checkpoint.FORMAT, "model_config": json.dumps(preset("bnn-mlp").to_dict())}
    path = tmp_path / "m.safetensors"
    save_file({"w": np.zeros(4, np.float32)}, str(path), metadata=base | meta)
    with pytest.raises(checkpoint.ModelFileError, match="configuration is invalid"):
        checkpoint.read_model_file(path)


def test_an_mnist_gzip_bomb_is_inflated_with_a_cap(tmp_path):
    """An 8 MB gzip posing as an MNIST file inflated to 8 GiB before its checksum was read."""
    import gzip

    from bnn_gui.core.runs.data import MAX_IDX_BYTES, DataError, read_idx

    path = tmp_path / "train-images-idx3-ubyte.gz"
    with gzip.open(path, "wb", compresslevel=9) as f:
        f.write((2051).to_bytes(4, "big") + bytes(12))
        for _ in range(MAX_IDX_BYTES // (1 << 20) + 2):
            f.write(bytes(1 << 20))
    assert path.stat().st_size < 200_000
    with pytest.raises(DataError, match="inflates to more than"):
        read_idx(path, 2051)


# --- messages and words (#18, #19) ------------------------------------------------------------

def test_a_model_name_means_the_model_whatever_is_in_the_current_folder(tmp_path, monkeypatch):
    """A `bnn-cnn/` folder in the current folder left the window without a model."""
    from bnn_gui.core.nets.checkpoint import resolve, shipped_models_dir

    monkeypatch.chdir(tmp_path)
    (tmp_path / "bnn-mlp").mkdir()
    assert resolve("bnn-mlp") == shipped_models_dir() / "bnn-mlp.safetensors"
    from pathlib import Path

    assert resolve("./bnn-mlp") == Path("bnn-mlp")  # a path is a path


def test_a_missing_personal_file_is_called_missing(tmp_path, capsys):
    from bnn_gui.__main__ import main

    assert main(["finetune", "bnn-mlp", "--personal", str(tmp_path / "nope.json")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize("strokes", [[[1, 2, 3, 4]], [[(1, 2, 3), (4, 5, 6)]], [[["a", "b"]]]])
def test_malformed_strokes_raise_value_error(strokes):
    """classify_strokes re-paired a flat list or (x, y, z) points silently."""
    from bnn_gui.core.inference import load_model

    with pytest.raises(ValueError):
        load_model("bnn-mlp").classify_strokes(strokes)


def test_a_file_name_that_is_not_utf8_does_not_fail_a_finished_command(tmp_path):
    """The file was written, yet the exit status was 1 (printing its name raised)."""
    out = os.fsencode(tmp_path) + b"/caf\xe9.bnnpack"
    env = dict(os.environ, PYTHONIOENCODING="utf-8:strict", LC_ALL="C.UTF-8")
    r = subprocess.run([sys.executable, "-m", "bnn_gui", "export", "bnn-mlp", "--out", out],
                       capture_output=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr[-500:]
    assert os.path.exists(out) and b"wrote" in r.stdout


def test_the_message_for_a_fifo_model_says_what_it_is(tmp_path):
    from bnn_gui.core.nets.checkpoint import ModelFileError, read_model_file

    fifo = tmp_path / "m.safetensors"
    os.mkfifo(fifo)
    with pytest.raises(ModelFileError, match="not a regular file"):
        read_model_file(fifo)  # it was called "a folder"


def test_a_personal_set_of_blank_pictures_is_one_line(tmp_path, capsys):
    """It ended in a traceback (numpy could not stack no images)."""
    import json

    from bnn_gui.__main__ import main

    path = tmp_path / "blank.json"
    path.write_text(json.dumps({"format": "bnn-gui-personal/1", "samples": [
        {"id": f"b{i}", "label": i % 10, "pixels": [0] * 784} for i in range(12)]}))
    assert main(["finetune", "bnn-mlp", "--personal", str(path)]) == 2
    assert "has any ink" in capsys.readouterr().err
