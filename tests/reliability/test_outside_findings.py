"""What an outside test found (issue 16), each a regression test that failed on the code it
was found in."""

import os
import subprocess
import sys
import textwrap

import pytest

from bnn_gui.core.runs.personal import PersonalSet, PersonalSetError, read_file

HUGE = "1" + "0" * 400  # a 400-digit integer: float() raises OverflowError


def set_file(path, coordinate: str) -> None:
    path.write_text('{"format": "bnn-gui-personal/1", "samples": [{"id": "a", "label": 1, '
                    f'"strokes": [[[{coordinate}, 0], [10, 10]]]}}]}}')


def test_a_huge_integer_in_a_set_file_is_a_damaged_file_not_a_crash(tmp_path):
    path = tmp_path / "personal-set.json"
    set_file(path, HUGE)
    with pytest.raises(PersonalSetError, match="sample 1 of 1"):
        read_file(path)
    ps, message = PersonalSet.open_or_set_aside(path)
    assert len(ps) == 0 and "damaged" in str(message) and not path.exists()
    assert list(tmp_path.glob("personal-set.damaged-*.json"))


def test_the_window_starts_with_such_a_set_and_says_so(tmp_path):
    """It segfaulted at every start: the error escaped a Qt override inside window.show()."""
    home = tmp_path / "home"
    home.mkdir()
    set_file(home / "personal-set.json", HUGE)
    code = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication([])
        shown = []
        QMessageBox.warning = lambda parent, title, text, *a: shown.append(text)
        from bnn_gui.gui.lifetime import register_teardown
        from bnn_gui.gui.main_window import MainWindow
        register_teardown()  # as every entry point does (bnn-gui, picture, the benchmarks)
        w = MainWindow(model="bnn-mlp", settings=QSettings(sys.argv[1],
                                                           QSettings.Format.IniFormat))
        w.show()
        w.personal_dock.raise_()
        for _ in range(50):
            app.processEvents()
        len(w.personal.set)  # read now if the timer has not yet
        for _ in range(20):
            app.processEvents()
        print("warned" if any("damaged" in t for t in shown) else "silent", len(w.personal.set))
    """)
    env = dict(os.environ, BNN_GUI_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s.ini")], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split()[-2:] == ["warned", "0"]


def test_a_fifo_or_a_device_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(PersonalSetError, match="not a regular file"):
        read_file(fifo)  # it blocked for ever
    with pytest.raises(PersonalSetError, match="not a regular file"):
        read_file("/dev/zero")  # it read until MemoryError


@pytest.mark.parametrize("value", ["abc", "18.5", "1, 2", "999"])
def test_bad_settings_count_as_missing(open_window, tmp_path, value):
    from PySide6.QtCore import QSettings

    from bnn_gui.gui.live.canvas import DEFAULT_BRUSH

    ini = tmp_path / "settings.ini"
    ini.write_text(f"[General]\nbrush={value}\ngeometry=hello\nwindow_state=1\nsplitter=x\n")
    QSettings(str(ini), QSettings.Format.IniFormat).sync()
    w = open_window("bnn-mlp")  # it raised at every start
    assert w.brush.value() in (DEFAULT_BRUSH, w.brush.maximum())


def test_names_made_in_the_same_second_never_collide(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from bnn_gui.core.files import new_file

    with ThreadPoolExecutor(8) as pool:
        names = list(pool.map(lambda _: new_file(tmp_path, "bnn-mlp-20261124-000000",
                                                 ".safetensors"), range(40)))
    assert len(set(names)) == 40 and all(p.exists() for p in names)


def test_output_over_input_is_refused(tmp_path):
    from bnn_gui.core.nets.checkpoint import resolve

    src = tmp_path / "m.safetensors"
    src.write_bytes(resolve("bnn-mlp").read_bytes())
    link = tmp_path / "link.safetensors"
    link.symlink_to(src)
    before = src.read_bytes()
    for argv in (["export", str(src), "--out", str(src)],
                 ["export", str(src), "--out", str(link)],
                 ["finetune", str(src), "--out", str(link)]):
        r = subprocess.run([sys.executable, "-m", "bnn_gui", *argv], capture_output=True,
                           text=True, timeout=120)
        assert r.returncode != 0 and "itself" in r.stderr, (argv, r.stderr[-500:])
    assert src.read_bytes() == before


def test_a_crafted_model_name_cannot_inject_c_code():
    import re

    from bnn_gui.core.engine import export
    from bnn_gui.core.inference import load_model

    packed = load_model("bnn-mlp").packed
    packed.config = dict(packed.config, name='x */ int main(void){return 1;} /* "\\\n#include')
    header = export.c_header(packed, guard='EVIL"\nGUARD')
    comments = re.findall(r"/\*.*?\*/", header, re.S)
    code = re.sub(r"/\*.*?\*/", "", header, flags=re.S)
    assert "main" not in code and '"' not in code
    assert all(c.count("*/") == 1 for c in comments)
    assert "#ifndef EVIL__GUARD" in header


def test_closing_the_window_while_a_finetune_scores_ends_the_thread(open_window, qtbot):
    """It aborted the app: the close waited 10 s, then Qt destroyed a running thread. The
    scoring before the first batch now asks the stop flag between batches of 500 digits."""
    import numpy as np

    from bnn_gui.core.runs.data import Dataset
    from bnn_gui.research.handwriting import draw_digit
    from bnn_gui.core.runs.personal import Sample
    from synthetic import make_synthetic

    w = open_window("bnn-cnn")
    small = make_synthetic(n_train=200, n_test=100)
    big = Dataset(small.train_x, small.train_y, np.repeat(small.test_x, 800, 0),
                  np.repeat(small.test_y, 800, 0), "synthetic", {})  # 80,000 test digits
    panel = w.training
    panel.load_data = lambda progress, download=False: big
    rng = np.random.default_rng(0)
    samples = [Sample(d, [s.tolist() for s in draw_digit(d, rng)]) for d in range(10)
               for _ in range(3)]
    m = w.session.model
    assert panel.start_finetune(m.file.path, m.config, samples)
    qtbot.waitUntil(lambda: "measuring accuracy" in panel.progress.format(), timeout=30000)
    thread = panel.runs.thread
    w.close()  # scoring 80,000 digits with bnn-cnn takes far longer than the 10 s wait
    assert not thread.isRunning()


def test_saving_through_a_link_writes_at_its_target(tmp_path):
    from bnn_gui.core.runs.personal import PersonalSet, Sample

    synced = tmp_path / "synced"
    synced.mkdir()
    target = synced / "mine.json"
    link = tmp_path / "personal-set.json"
    PersonalSet(target).add(Sample(3, [[(0.0, 0.0), (0.0, 50.0)]]))
    link.symlink_to(target)
    ps = PersonalSet.open(link)
    ps.add(Sample(4, [[(0.0, 0.0), (30.0, 50.0)]]))
    assert link.is_symlink() and len(PersonalSet.open(target)) == 2


def test_text_from_files_is_never_rendered_as_html():
    from bnn_gui.gui.messages import safe_text

    evil = "<b style='color:red'>x</b><img src='/etc/passwd'>" + "\n" * 3000 + "end"
    shown = safe_text(f"/tmp/{evil}.json: not a model")
    assert "<" not in shown and ">" not in shown
    assert len(shown) <= 1501 and shown.count("\n") <= 26


def test_an_out_that_cannot_be_written_is_refused_before_training(tmp_path):
    for out in (tmp_path / "nofolder" / "m.safetensors", tmp_path / ("x" * 256), tmp_path):
        r = subprocess.run([sys.executable, "-m", "bnn_gui", "train", "--preset", "seed-mlp",
                            "--epochs", "1", "--max-train-samples", "100", "--out", str(out)],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode != 0 and "--out" in r.stderr and "epoch" not in r.stdout, \
            (out, r.stderr[-300:])


def test_a_legal_255_character_name_gets_a_legal_temporary_name(tmp_path):
    from bnn_gui.core.files import atomic_write

    path = tmp_path / ("m" * 243 + ".safetensors")  # 255 characters
    atomic_write(path, b"data")
    assert path.read_bytes() == b"data"


ADDER = """
import sys
from bnn_gui.core.runs.personal import PersonalSet, Sample
ps = PersonalSet.open(sys.argv[1])  # opened once, as a window does, then kept in memory
for i in range(20):
    ps.add(Sample(int(sys.argv[2]), [[(0.0, float(i)), (10.0, 50.0)]]))
"""


def test_two_windows_on_one_personal_set_lose_nothing(tmp_path):
    """The last writer won: 20 of 40 labelled digits were lost."""
    from bnn_gui.core.runs.personal import PersonalSet

    path = tmp_path / "personal-set.json"
    procs = [subprocess.Popen([sys.executable, "-c", ADDER, str(path), str(d)])
             for d in (3, 8)]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    labels = sorted(s.label for s in PersonalSet.open(path).samples)
    assert labels == [3] * 20 + [8] * 20


def crafted(tmp_path, name, change_spec=None, flip_bits=False):
    """The shipped bnn-mlp with one thing changed in its packed form."""
    import json

    from safetensors.numpy import load_file, save_file
    from safetensors import safe_open

    from bnn_gui.core.nets.checkpoint import resolve

    src = resolve("bnn-mlp")
    with safe_open(str(src), framework="numpy") as f:
        meta = dict(f.metadata())
    tensors = load_file(str(src))
    if change_spec is not None:
        specs = json.loads(meta["packed_layers"])
        change_spec(specs)
        meta["packed_layers"] = json.dumps(specs)
    if flip_bits:
        bits = tensors["packed/dense2.bits"].copy()
        bits[:100] ^= 0xFF  # a hundred units' bits inverted
        tensors["packed/dense2.bits"] = bits
    path = tmp_path / f"{name}.safetensors"
    save_file(tensors, str(path), metadata=meta)
    return path


@pytest.mark.parametrize("name,change", [
    ("pool0", lambda s: s[0].update(pool=0)),
    ("padding", lambda s: s[0].update(padding=200000)),
    ("in_shape", lambda s: s[1].update(in_shape=[100000, 100000, 1000])),
    ("kind", lambda s: s[1].update(kind="conv")),
    ("out_kind", lambda s: s[-1].update(out_kind="whatever")),
    ("n_in", lambda s: s[2].update(n_in=5)),
])
def test_crafted_packed_layers_are_refused_by_name(tmp_path, name, change):
    """They loaded, the status said 99.13%, and every reading raised."""
    from bnn_gui.core.nets.checkpoint import ModelFileError
    from bnn_gui.core.inference import load_model

    path = crafted(tmp_path, name, change)
    with pytest.raises(ModelFileError, match=str(path)):
        load_model(path)


def test_packed_bits_that_disagree_with_the_weights_are_refused(tmp_path):
    """With some bits inverted the window read 43% of digits right while saying 98.19%."""
    from bnn_gui.core.nets.checkpoint import ModelFileError
    from bnn_gui.core.inference import load_model

    path = crafted(tmp_path, "bits", flip_bits=True)
    with pytest.raises(ModelFileError, match="bits disagree"):
        load_model(path)
