"""PyTorch loaded for a background thread: its native libraries first, outside the interpreter
lock, then the import. Run in a fresh interpreter, where torch is not loaded yet."""

import os
import subprocess
import sys

import pytest

CHECK = r"""
import gc, os, sys
from pathlib import Path
from bnn_gui.core.torch_import import import_torch, preload_libraries

def mapped():
    return [l for l in Path("/proc/self/maps").read_text().splitlines() if "libtorch_cpu" in l]

assert not mapped()
loaded = preload_libraries()
assert loaded >= 2, loaded
assert mapped() and "torch" not in sys.modules  # the libraries, without the Python import
collecting = os.environ["COLLECTOR"] == "on"
if not collecting:
    gc.disable()
torch = import_torch(training=True)
assert gc.isenabled() == collecting  # the collector left as the caller had it
assert gc.get_freeze_count() > 100_000  # what the import made, out of its passes
assert float((torch.ones(3) * 2).sum()) == 6.0
frozen = gc.get_freeze_count()
assert import_torch(training=True) is torch and gc.get_freeze_count() == frozen  # once
print("ok")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the preload is Linux's")
@pytest.mark.parametrize("collector", ["on", "off"])
def test_the_libraries_load_first_and_the_import_then_works(collector):
    r = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                       timeout=120, check=False, env=dict(os.environ, COLLECTOR=collector))
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr[-1500:]
