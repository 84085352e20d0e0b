"""Every Python example in the README runs as written (it said load_model(..., engine=...)
while the top-level function took no engine). The names the prose leaves to the reader (an
image ``array``, a batch ``images_28x28``) are given here; the fine-tune example reads a small
synthetic data set instead of MNIST, so that it takes seconds."""

import re
from pathlib import Path

import numpy as np
import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_the_readme_has_python_examples():
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_a_readme_example_runs(index, tmp_path, monkeypatch, synthetic):
    from bnn_gui.__main__ import main
    from bnn_gui.core.runs import data

    monkeypatch.chdir(tmp_path)
    assert main(["export", "bnn-mlp", "--out", "bnn-mlp.packed.safetensors"]) == 0
    monkeypatch.setattr(data, "load_mnist", lambda *a, **k: synthetic)
    array = np.zeros((280, 200), np.uint8)
    array[30:250, 90:110] = 255  # a 1, light ink on black
    namespace = {"array": array, "images_28x28": synthetic.test_x[:4].astype(np.float32) / 255}
    exec(compile(BLOCKS[index], f"README example {index + 1}", "exec"), namespace)
