"""The design's rules: bnn_gui.core never imports Qt, pyqtgraph or the GUI; the GUI never imports
PyTorch itself."""

import subprocess
import sys
from pathlib import Path

CHECK = """
import sys, pkgutil, importlib
import bnn_gui.core, bnn_gui.config
for m in pkgutil.walk_packages(bnn_gui.core.__path__, "bnn_gui.core."):
    importlib.import_module(m.name)
bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')
       or m.startswith('bnn_gui.gui')]
print(bad)
assert not bad, bad
"""


def test_core_imports_no_qt():
    r = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.strip() == "[]"


def test_import_linter_contract():
    lint = Path(sys.executable).with_name("lint-imports")
    r = subprocess.run([str(lint), "--no-cache"], capture_output=True, text=True,
                       cwd=Path(__file__).parents[1])
    assert r.returncode == 0, r.stdout + r.stderr
    assert "5 kept, 0 broken" in r.stdout


def test_no_import_circles():
    """No module imports itself through others (drawing <-> personal, newcomer <->
    newcomer_keras and main_window <-> app were)."""
    import grimp

    graph = grimp.build_graph("bnn_gui")
    index, low, stack, on, circles, counter = {}, {}, [], set(), [], [0]

    def visit(v):  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.find_modules_directly_imported_by(v):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for m in sorted(graph.modules):
        if m not in index:
            visit(m)
    assert not circles, circles


def test_no_folder_holds_more_than_15_modules():
    """Folders by flow (core/live, engine, nets, runs; gui/live, docks, runs): none grows
    into a flat heap again."""
    root = Path(__file__).parents[1] / "bnn_gui"
    crowded = {str(d.relative_to(root)): n for d in [root, *root.rglob("*")] if d.is_dir()
               and (n := len(list(d.glob("*.py")))) > 15}
    assert not crowded, crowded
