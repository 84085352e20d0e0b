"""Every Python example and every command in the README and docs/ runs as written.

Python blocks are run (the names the prose leaves to the reader, an image ``array`` and a batch
``images_28x28``, are given here; the fine-tune example reads a small synthetic data set
instead of MNIST, so that it takes seconds). Shell blocks: every ``bnn-gui`` line is parsed by
the real command-line parser (optional parts in [brackets] left out), so no page shows a
command or option that does not exist; the C block is run as pasted where there is a C
compiler and MNIST."""

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _blocks(kind: str) -> list[tuple[str, str]]:
    return [(page.name, block) for page in PAGES
            for block in re.findall(rf"```{kind}\n(.*?)```", page.read_text(encoding="utf-8"), re.S)]


PYTHON = _blocks("python")
SHELL = _blocks("bash")


def test_the_docs_have_python_examples_and_commands():
    assert len(PYTHON) >= 3 and len(SHELL) >= 5
    assert any(page == "README.md" for page, _ in PYTHON)


@pytest.mark.parametrize("index", range(len(PYTHON)))
def test_a_python_example_runs(index, tmp_path, monkeypatch, synthetic):
    from bnn_gui.__main__ import main
    from bnn_gui.core.runs import data

    monkeypatch.chdir(tmp_path)
    assert main(["export", "bnn-mlp", "--out", "bnn-mlp.packed.safetensors"]) == 0
    monkeypatch.setattr(data, "load_mnist", lambda *a, **k: synthetic)
    array = np.zeros((280, 200), np.uint8)
    array[30:250, 90:110] = 255  # a 1, light ink on black
    namespace = {"array": array, "images_28x28": synthetic.test_x[:4].astype(np.float32) / 255}
    page, code = PYTHON[index]
    exec(compile(code, f"{page}, example {index + 1}", "exec"), namespace)


def _commands():
    for page, block in SHELL:
        for line in block.splitlines():
            line = line.split(" #")[0].strip()
            if line.startswith("bnn-gui"):
                yield page, line


@pytest.mark.parametrize("page,line", list(_commands()))
def test_every_bnn_gui_command_in_the_docs_parses(page, line):
    from bnn_gui.__main__ import _parser

    # optional parts in brackets are left out; "A | B" alternatives keep the first
    plain = re.sub(r"\s*\[[^\]]*\]", "", line)
    words = shlex.split(os.path.expandvars(os.path.expanduser(plain)))[1:]
    try:
        _parser().parse_args(words)
    except SystemExit as e:
        assert e.code == 0, f"{page}: `{line}` does not parse"


def test_the_c_block_runs_as_pasted(tmp_path, mnist):
    cc = shutil.which("cc")
    if cc is None or shutil.which("gzip") is None:
        pytest.skip("no C compiler (cc) or gzip here")
    [block] = [b for _, b in SHELL if "example.c -o digits" in b]
    folder = Path(mnist.source)
    if not (folder / "t10k-images-idx3-ubyte.gz").is_file():
        pytest.skip(f"{folder} holds MNIST unpacked; the block unpacks the .gz")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "bnn-gui").write_text(f"#!/bin/sh\nexec {shlex.quote(os.sys.executable)} -m bnn_gui \"$@\"\n")
    (bin_dir / "bnn-gui").chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", BNN_GUI_DATA=str(folder))
    done = subprocess.run(["bash", "-e", "-c", block], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    answers = done.stdout.split()[-5:]
    assert answers == [str(d) for d in mnist.test_y[:5]]
