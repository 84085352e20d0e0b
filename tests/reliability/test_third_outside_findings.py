"""Regression tests for what the third outside test found (issue 31), each failing on the code
before its fix. One row each in docs/reliability.md."""

import os
import subprocess
import sys
import time

import pytest

from bnn_gui.core import files

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cli(*argv, cwd=None):
    return subprocess.run([sys.executable, "-m", "bnn_gui", *argv], capture_output=True,
                          text=True, cwd=cwd, timeout=300)


# --- 3. writes never replace devices, FIFOs or read-only files, nor make deep folders -----------
def test_a_write_leaves_a_fifo_a_read_only_file_and_a_missing_folder_alone(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    locked = tmp_path / "locked.bin"
    locked.write_bytes(b"keep")
    locked.chmod(0o444)
    for target, reason in ((fifo, "not a regular file"), (locked, "read-only"),
                           (tmp_path / "a" / "b" / "c.bin", "no such folder")):
        with pytest.raises(OSError, match=reason):
            files.atomic_write(target, b"new")
    assert fifo.is_fifo() and locked.read_bytes() == b"keep"
    assert not (tmp_path / "a").exists()
    files.atomic_write(locked, b"new", replace_read_only=True)  # the window asked first
    assert locked.read_bytes() == b"new"


def test_export_refuses_a_fifo_before_any_work(tmp_path):
    fifo = tmp_path / "out.safetensors"
    os.mkfifo(fifo)
    r = cli("export", "bnn-mlp", "--out", str(fifo))
    assert r.returncode == 2 and "not a regular file" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and fifo.is_fifo()
    r = cli("export", "bnn-mlp", "--c", str(tmp_path / "deep" / "er"))
    assert r.returncode != 0 and "no such folder" in r.stderr
    assert not (tmp_path / "deep").exists()


# --- 4. a name reserved and never written is no model ------------------------------------------
def test_an_empty_reserved_model_is_never_listed_and_is_tidied_away(tmp_path, monkeypatch):
    from bnn_gui.core.nets.checkpoint import SUFFIX, available_models
    from bnn_gui.core.paths import user_models_dir
    from bnn_gui.gui.app import tidy_user_folder

    folder = user_models_dir()
    folder.mkdir(parents=True)
    empty = files.new_model_file(folder, "bnn-mlp", 0.5024)  # killed right after this
    assert empty.stat().st_size == 0
    assert empty not in available_models()
    old = time.time() - 3600
    os.utime(empty, (old, old))
    fresh = files.new_model_file(folder, "bnn-mlp", 0.9)  # another window's, being written
    tidy_user_folder()
    assert not empty.exists() and fresh.exists()
    assert [p.name for p in folder.glob(f"*{SUFFIX}")] == [fresh.name]


# --- 7. the model's header never takes a library's or a standard header's name ----------------
@pytest.mark.parametrize("name", ["bnn", "stdint", "BNN", "x" * 300])
def test_the_model_header_name_is_prefixed_and_capped(name, tmp_path):
    from bnn_gui.core.engine import c_library

    header = c_library.header_name(name)
    assert header.startswith("bnn_model_") and header.endswith(".h")
    assert header not in ("bnn.h", "stdint.h", "string.h") and len(header) <= 60
    assert header.lower() != "bnn.h"


def test_the_window_asks_before_replacing_a_read_only_file(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from gui_mouse import drag

    target = tmp_path / "digit.pgm"
    target.write_bytes(b"keep")
    target.chmod(0o444)
    drag(window.canvas, [(200, 100), (210, 400)])
    window.refresh()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or answers.pop(0))
    from bnn_gui.gui.docks.save_levels import save_what_it_sees

    save_what_it_sees(window, window.session.drawing, lambda text: None)
    assert target.read_bytes() == b"keep" and "read-only" in asked[0]
    save_what_it_sees(window, window.session.drawing, lambda text: None)
    assert target.read_bytes().startswith(b"P5")


# --- 9. a compressed SVG is refused before Qt inflates it -----------------------------------
def test_a_compressed_svg_never_reaches_qt(tmp_path, qapp, monkeypatch):
    """Asking Qt the size of a 2 MB .svgz inflated all of it (memory to 2.2 GB): the gzip is
    now recognised by its first bytes and refused before any Qt reader exists."""
    import gzip

    from bnn_gui.gui.live import images

    made = []
    real = images.QImageReader
    monkeypatch.setattr(images, "QImageReader", lambda *a: made.append(a) or real(*a))
    body = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><!--'
    bomb = tmp_path / "bomb.svgz"
    bomb.write_bytes(gzip.compress(body + b" " * 5_000_000 + b"--></svg>", compresslevel=1))
    with pytest.raises(images.ImageError, match="compressed"):
        images.read_image(str(bomb))
    assert made == []


# --- 10. messages name the file asked for and say what is wrong, never an errno -------------
def test_data_folder_messages_say_what_is_wrong(tmp_path, monkeypatch):
    from bnn_gui.core.runs.data import DataError, download_mnist, find_mnist

    a_file = tmp_path / "mnist"
    a_file.write_text("")
    with pytest.raises(DataError, match="is a file") as e:
        download_mnist(a_file)
    assert "Errno" not in str(e.value)
    with pytest.raises(DataError, match="is a file, not a folder"):
        find_mnist(a_file)
    with pytest.raises(DataError, match="no such folder"):
        find_mnist(tmp_path / "nowhere")
    with pytest.raises(DataError, match="cannot be made") as e:
        download_mnist(a_file / "inside")
    assert "Errno" not in str(e.value)


def test_a_write_that_fails_names_the_file_not_its_temporary(tmp_path):
    folder = tmp_path / "x.idx"
    folder.mkdir()
    with pytest.raises(OSError, match="is a folder") as e:
        files.atomic_write(folder, b"1")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    if os.access(locked, os.W_OK):  # root writes anywhere: /proc refuses it instead
        locked = "/proc"
    with pytest.raises(OSError) as e:
        files.atomic_write(os.path.join(locked, "x.idx"), b"1")
    text = str(e.value)
    assert "x.idx" in text and ".tmp" not in text and "Errno" not in text
