"""The standalone C library (`bnn-gui export MODEL --c DIR`) reads digits exactly as the packed
engine: compiled with the system C compiler in strict C99, every answer and every integer
score compared on MNIST's 10,000 test digits for the shipped bnn-mlp and bnn-cnn, and on 500
for the other all-binary presets (random weights and BatchNorm statistics: every folding case).
Skipped, saying why, where there is no C compiler."""

import dataclasses
import platform
import shutil
import subprocess

import numpy as np
import pytest

from bnn_gui.config import ConvSpec, preset
from bnn_gui.core.engine import c_library
from bnn_gui.core.nets import packing
from bnn_gui.core.nets.checkpoint import read_model_file, resolve
from test_packed import PACKABLE, randomised

CC = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
pytestmark = pytest.mark.skipif(CC is None, reason="no C compiler (cc, gcc or clang) on PATH")
FLAGS = ["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-O2"]


def idx_file(path, images: np.ndarray):
    """MNIST's uncompressed IDX image format."""
    header = b"".join(int(v).to_bytes(4, "big") for v in (2051, len(images), 28, 28))
    path.write_bytes(header + np.ascontiguousarray(images, np.uint8).tobytes())
    return path


def folder_for(tmp_path, name):
    """A folder of its own for a model's library (a model's name may hold a "/")."""
    return tmp_path / (c_library.header_name(name)[:-2] + f"_{abs(hash(name)) % 10**6}")


def run_c(packed, name, images, tmp_path, extra_flags=()):
    folder = folder_for(tmp_path, name)
    c_library.write(packed, folder, name)
    exe = folder / "example"
    r = subprocess.run([CC, *FLAGS, *extra_flags, "bnn.c", "example.c", "-o", str(exe)],
                       cwd=folder,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    out = subprocess.run([str(exe), "-s", str(idx_file(folder / "digits.idx", images))],
                         capture_output=True, text=True, timeout=300, check=True).stdout
    table = np.loadtxt(out.splitlines(), dtype=np.int64, ndmin=2)
    return table[:, 0], table[:, 1:]


def engine(packed, images):
    logits, readings = packed.forward(images, record=True)
    return logits.argmax(1), packed.output_dots(readings[-1].bits if readings else images)


@pytest.mark.parametrize("name", ["bnn-mlp", "bnn-cnn"])
def test_the_c_library_reads_all_10000_test_digits_as_the_engine(name, mnist, tmp_path):
    packed = read_model_file(resolve(name)).packed()
    answers, scores = run_c(packed, name, mnist.test_x, tmp_path)
    want_answers, want_scores = engine(packed, mnist.test_x)
    assert len(answers) == 10000
    assert np.array_equal(answers, want_answers) and np.array_equal(scores, want_scores)
    assert (answers == mnist.test_y).mean() == pytest.approx(read_model_file(resolve(name)).test_accuracy)


@pytest.mark.parametrize("name", [n for n in PACKABLE if n not in ("bnn-mlp", "bnn-cnn")])
def test_every_all_binary_preset_works(name, mnist, tmp_path):
    packed = packing.pack(randomised(name, seed=3))
    answers, scores = run_c(packed, name, mnist.test_x[:500], tmp_path)
    want_answers, want_scores = engine(packed, mnist.test_x[:500])
    assert np.array_equal(answers, want_answers) and np.array_equal(scores, want_scores)


# bnn.c's other builds: plain C (no builtins, no vectors), and on x86-64 the popcount
# instruction known at compile time (no dispatch: the 16-byte vectors, not AVX2)
BUILDS = [["-DBNN_PORTABLE"]] + ([["-mpopcnt"]] if platform.machine() in ("x86_64", "AMD64")
                                 else [])


@pytest.mark.parametrize("flags", BUILDS, ids=" ".join)
@pytest.mark.parametrize("name", ["bnn-mlp", "bnn-cnn"])
def test_every_build_of_the_c_library_reads_as_the_engine(name, flags, mnist, tmp_path):
    packed = read_model_file(resolve(name)).packed()
    answers, scores = run_c(packed, name, mnist.test_x[:1000], tmp_path, flags)
    want_answers, want_scores = engine(packed, mnist.test_x[:1000])
    assert np.array_equal(answers, want_answers) and np.array_equal(scores, want_scores)


@pytest.mark.parametrize("flags", [[]] + BUILDS, ids=lambda f: " ".join(f) or "default")
@pytest.mark.parametrize("hidden", [(100, 37), (1000, 37)], ids=["short rows", "long rows"])
def test_layers_whose_units_are_no_multiple_of_64(hidden, flags, mnist, tmp_path):
    """The first layer's weights are written input-major, 64 units to a word: its last word
    is part-filled here (100 or 1,000 units), as are the later layers' inputs. Rows of 1,000
    inputs take AVX-512's counts where the CPU has them, 8 units a pass, and 37 units leave
    5 for the unit-by-unit loop."""
    config = dataclasses.replace(preset("seed-mlp"), name="odd-mlp", hidden=hidden)
    packed = packing.pack(randomised(config, seed=5))
    answers, scores = run_c(packed, "odd-mlp", mnist.test_x[:500], tmp_path, flags)
    want_answers, want_scores = engine(packed, mnist.test_x[:500])
    assert np.array_equal(answers, want_answers) and np.array_equal(scores, want_scores)


@pytest.mark.parametrize("flags", [[]] + BUILDS, ids=lambda f: " ".join(f) or "default")
@pytest.mark.parametrize("widths", [(16, 8), (24, 12)], ids=["vector widths", "odd widths"])
def test_conv_layers_of_every_width_and_thresholds_out_of_reach(widths, flags, mnist, tmp_path):
    """The first conv layer sums 16 units in a vector and the binary conv layers may count 8
    units at a time (bnn.c); other widths take the plain loops. A first-layer threshold past
    16 bits is clamped in the vectors: it must still fire never or always, as the engine."""
    conv = (ConvSpec(widths[0], 3, padding=1, pool=2), ConvSpec(widths[1], 3, padding=0, pool=2))
    config = dataclasses.replace(preset("bnn-cnn"), name="odd-cnn", conv=conv, hidden=(40,))
    packed = packing.pack(randomised(config, seed=3))
    first = packed.layers[0]
    first.threshold[:4] = [40000, -40000, 32767, -32768]  # out of a dot's reach; the edges
    answers, scores = run_c(packed, "odd-cnn", mnist.test_x[:300], tmp_path, flags)
    want_answers, want_scores = engine(packed, mnist.test_x[:300])
    assert np.array_equal(answers, want_answers) and np.array_equal(scores, want_scores)


def test_a_crafted_model_name_stays_a_name(mnist, tmp_path):
    """A name with quotes, a comment end and code becomes an identifier and comment text: the
    program compiles and reads digits, and the injected main never runs."""
    packed = packing.pack(randomised("seed-mlp"))
    answers, _ = run_c(packed, 'x"; int main(void){return 9;} /*', mnist.test_x[:3], tmp_path)
    assert len(answers) == 3


def test_odd_characters_in_a_name_never_reach_the_code(mnist, tmp_path):
    """Quotes, newlines, a comment end, backslashes (a line splice) and non-ASCII letters in a
    model's name: every generated file is ASCII, the name survives only as identifier
    characters and as comment text, and the program compiles (-Werror) and reads digits."""
    packed = packing.pack(randomised("seed-mlp"))
    name = 'zéro"\n*/ #define x \\\nint main(void){return 9;}\r\t✓'
    answers, _ = run_c(packed, name, mnist.test_x[:5], tmp_path)
    assert len(answers) == 5
    folder = folder_for(tmp_path, name)
    texts = [p.read_bytes() for p in folder.iterdir() if p.suffix in (".c", ".h")]
    assert len(texts) == 4 and all(t.isascii() for t in texts)
    header = next(p for p in folder.iterdir() if p.suffix == ".h" and p.name != "bnn.h")
    assert header.name.replace("_", "").replace(".h", "").isalnum()
    body = header.read_text()
    assert "return 9" not in body.split("*/", 1)[1].replace("/*", "")  # only in a comment
    assert "\\\n" not in body and "\r" not in body


def test_what_the_network_sees_is_saved_as_levels_the_c_library_reads(mnist, tmp_path):
    """A drawing's 28x28 saved as an IDX file (File > Save what the network sees) is read by
    the exported example exactly as the app reads it: the same digit and scores."""
    from bnn_gui.research.handwriting import draw_digit
    from bnn_gui.core.engine.levels_file import save
    from bnn_gui.core.live.preprocess import preprocess_strokes

    packed = read_model_file(resolve("bnn-cnn")).packed()
    rng = np.random.default_rng(5)
    x = preprocess_strokes(draw_digit(3, rng))
    path = save(tmp_path / "drawn.idx", x)
    folder = tmp_path / "c"
    c_library.write(packed, folder, "bnn-cnn")
    subprocess.run([CC, *FLAGS, "bnn.c", "example.c", "-o", "example"], cwd=folder, check=True,
                   timeout=120)
    out = subprocess.run([str(folder / "example"), "-s", str(path)], capture_output=True,
                         text=True, timeout=60, check=True).stdout.split()
    want_answer, want_scores = engine(packed, x[None])
    assert int(out[0]) == int(want_answer[0])
    assert [int(v) for v in out[1:]] == want_scores[0].tolist()


@pytest.mark.parametrize("name", ["bnn-cnn", "bnn-mlp"])
def test_no_memory_is_read_through_a_pointer_of_another_type(name, mnist, tmp_path):
    """The scratch is one array per element type (the model header's BNN_..._SCRATCH): the
    library builds clean under strict aliasing and runs clean under UBSan, the same answers.
    (The scratch used to be one uint64_t array written as int32_t and uint16_t too.)"""
    packed = read_model_file(resolve(name)).packed()
    images = mnist.test_x[:200]
    flags = ["-fstrict-aliasing", "-Wstrict-aliasing=1"]
    probe = subprocess.run([CC, "-fsanitize=undefined", "-x", "c", "-", "-o",
                            str(tmp_path / "probe")], input="int main(void){return 0;}",
                           capture_output=True, text=True)
    if probe.returncode == 0:  # the sanitizer's runtime is there: use it
        flags += ["-fsanitize=undefined", "-fno-sanitize-recover=all"]
    answers, scores = run_c(packed, name, images, tmp_path, flags)
    want_answers, want_scores = engine(packed, images)
    assert np.array_equal(answers, want_answers) and np.array_equal(scores, want_scores)
    header = (folder_for(tmp_path, name) / c_library.header_name(name)).read_text()
    assert "static int32_t scratch_dots" not in header  # defined by the example, not the header
    assert "_SCRATCH(name) static uint64_t name##_words[" in header


def test_a_model_named_like_a_header_builds(mnist, tmp_path):
    """Issue 31 #7: a model named "bnn" wrote its header over the library's own bnn.h."""
    packed = packing.pack(randomised("seed-mlp"))
    for name in ("bnn", "stdint"):
        answers, _ = run_c(packed, name, mnist.test_x[:2], tmp_path)
        assert len(answers) == 2


def test_the_example_refuses_unknown_options_and_extra_files(mnist, tmp_path):
    """Issue 31 #10: -x and a second file were passed over without a word."""
    packed = packing.pack(randomised("seed-mlp"))
    run_c(packed, "seed-mlp", mnist.test_x[:1], tmp_path)
    folder = folder_for(tmp_path, "seed-mlp")
    digits = str(folder / "digits.idx")
    for argv in (["-x", digits], [digits, digits], ["-s", digits, digits], ["-s"], []):
        r = subprocess.run([str(folder / "example"), *argv], capture_output=True, text=True)
        assert r.returncode == 2 and r.stderr.startswith("usage:"), argv
    r = subprocess.run([str(folder / "example"), "-s", digits], capture_output=True, text=True)
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 1
