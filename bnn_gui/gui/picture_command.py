"""``bnn-gui picture``: what the window would show, rendered offscreen into a PNG, for slides
and for the README's own pictures. No display is needed: Qt draws into memory.

    bnn-gui picture --mnist 0 --view neuron --unit conv2:5,3,3 --size 1280x720 --out n.png

The window is the real one (same widgets, same model, same reading), with a settings file of
its own so that the person's window is not touched. Every argument is checked before Qt
starts: a bad unit, size or file is one line and exit status 2.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

VIEWS = ("window", "network", "neuron")
MAX_SIDE = 7680  # an 8K screen
MIN_SIDE = 320
MAX_STROKES_BYTES = 4 << 20


class PictureError(ValueError):
    """A picture cannot be made from these arguments (the message says why)."""


@dataclass(frozen=True)
class UnitSpec:
    layer: str
    unit: tuple[int, ...]


def parse_size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text or "")
    if not m:
        raise PictureError(f"--size {text!r}: give WIDTHxHEIGHT, e.g. 1366x768")
    w, h = int(m.group(1)), int(m.group(2))
    if not (MIN_SIDE <= w <= MAX_SIDE and MIN_SIDE <= h <= MAX_SIDE):
        raise PictureError(f"--size {text}: each side must be {MIN_SIDE} to {MAX_SIDE} pixels")
    return w, h


def parse_unit(text: str) -> UnitSpec:
    """"conv2:5,3,3" (channel, row, column) or "dense1:17" (a dense unit)."""
    m = re.fullmatch(r"\s*([A-Za-z_][\w-]*)\s*:\s*(\d{1,6}(?:\s*,\s*\d{1,6}){0,2})\s*", text or "")
    if not m:
        raise PictureError(f"--unit {text!r}: give LAYER:CHANNEL,ROW,COLUMN for a conv unit "
                           "(e.g. conv2:5,3,3) or LAYER:UNIT for a dense one (e.g. dense1:17)")
    unit = tuple(int(v) for v in m.group(2).split(","))
    if len(unit) == 2:
        raise PictureError(f"--unit {text}: a conv unit has three numbers (channel, row, "
                           "column), a dense unit one")
    return UnitSpec(m.group(1), unit)


def read_strokes(path: str) -> list:
    """A JSON file of strokes: [[[x, y], ...], ...], or {"strokes": that} (a personal-set
    sample's form). Coordinates in any frame, y down."""
    from bnn_gui.core.files import open_regular

    try:
        with open_regular(Path(path), MAX_STROKES_BYTES, "a strokes file") as f:
            raw = f.read(MAX_STROKES_BYTES + 1)
        data = json.loads(raw)
    except OSError as e:
        raise PictureError(str(e)) from None
    except (ValueError, UnicodeDecodeError) as e:
        raise PictureError(f"{path}: not a JSON strokes file ({e})") from None
    strokes = data.get("strokes") if isinstance(data, dict) else data
    ok = isinstance(strokes, list) and strokes and all(
        isinstance(s, list) and s and all(
            isinstance(p, list) and len(p) == 2 and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in p)
            for p in s) for s in strokes)
    if not ok:
        raise PictureError(f"{path}: expected a list of strokes, each a list of [x, y] numbers")
    return strokes


def check_unit(model, spec: UnitSpec) -> None:
    """The unit exists in ``model``'s maps (else PictureError naming what does)."""
    import numpy as np

    layers = model.read(np.zeros((28, 28), np.float32)).layers
    shapes = {la.name: la.bits.shape for la in layers}
    if spec.layer not in shapes:
        raise PictureError(f"--unit {spec.layer}: {model.name} has layers "
                           f"{', '.join(shapes)} (the output scores have no unit to open)")
    shape = shapes[spec.layer]
    if len(spec.unit) != len(shape) or any(u >= s for u, s in zip(spec.unit, shape)):
        want = ("CHANNEL,ROW,COLUMN below " + ",".join(map(str, shape)) if len(shape) == 3
                else f"a unit below {shape[0]}")
        raise PictureError(f"--unit {spec.layer}:{','.join(map(str, spec.unit))}: "
                           f"{spec.layer} of {model.name} takes {want}")


def make_picture(args) -> Path:
    """Render the picture ``args`` ask for; returns the file written."""
    size = parse_size(args.size)
    spec = parse_unit(args.unit) if args.unit else None
    view = args.view
    if view == "neuron" and spec is None:
        raise PictureError("--view neuron needs --unit LAYER:C,Y,X or LAYER:U")
    sources = [s for s in (args.mnist is not None, args.strokes, args.image) if s]
    if len(sources) != 1:
        raise PictureError("give one of --mnist N, --strokes FILE or --image FILE")
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise PictureError(f"--out {out}: the picture is written as PNG; name it *.png")
    if not out.parent.is_dir():
        raise PictureError(f"--out {out}: the folder {out.parent} does not exist")
    strokes = read_strokes(args.strokes) if args.strokes else None
    from bnn_gui.core.inference import load_model

    model = load_model(args.model or "bnn-cnn")
    if spec is not None:
        check_unit(model, spec)
        if view == "neuron" and model.packed is None:
            raise PictureError(f"--view neuron: {model.name} is read by PyTorch, not the packed "
                               "1-bit engine; Inside one neuron needs a binary model (bnn-cnn, "
                               "bnn-mlp…)")
    digit = None
    if args.mnist is not None:
        from bnn_gui.core.runs.data import load_mnist

        ds = load_mnist(args.data_dir)
        if not 0 <= args.mnist < len(ds.test_x):
            raise PictureError(f"--mnist {args.mnist}: MNIST's test digits are 0 to "
                               f"{len(ds.test_x) - 1}")
        digit = ds.test_x[args.mnist], int(ds.test_y[args.mnist])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return _render(model, size, view, spec, digit, strokes, args.image, out,
                   getattr(args, "lang", None) or "en")


def _render(model, size, view, spec, digit, strokes, image, out: Path, lang: str = "en") -> Path:
    import numpy as np
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bnn_gui.gui.lifetime import register_teardown
    from bnn_gui.gui.main_window import MainWindow
    from bnn_gui.gui.style import apply_dark_style

    register_teardown()
    app = QApplication.instance() or QApplication(["bnn-gui"])
    apply_dark_style(app)
    from bnn_gui.gui import language

    language.install(app, lang)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(model=str(model.file.path), settings=settings)
        try:
            window.session.loader.background.cancel()  # the model is set here, at once
            window.session._on_loader_loaded(model)
            window.resize(*size)
            window.show()
            _settle(app)
            drawing = window.session.drawing
            if digit is not None:
                drawing.set_image(digit[0].astype(np.float32) / 255, digit[1])
            elif strokes is not None:
                from bnn_gui.core.runs.personal import Sample

                drawing.show_sample(Sample(0, strokes))
            else:
                from bnn_gui.core.live.preprocess import image_to_ink
                from bnn_gui.gui.live.images import ImageError, read_image

                try:
                    drawing.set_image(image_to_ink(read_image(image)))
                except ImageError as e:
                    raise PictureError(" ".join(str(e).split("\n"))) from None
            window.refresh()
            if spec is not None:
                window.activations.select_unit(spec.layer, spec.unit)
                window.activations.unit_clicked.emit(spec.layer, spec.unit)
            _settle(app)
            window.refresh()
            _settle(app)
            widget = window.activations if view == "network" else window
            if not widget.grab().save(str(out), "PNG"):
                raise PictureError(f"--out {out}: could not write the picture")
        finally:
            language.install(app, "en")  # the process's translators as they were
            window.close()
            window.deleteLater()
            _settle(app)
    return out


def _settle(app, rounds: int = 5) -> None:
    """Let layouts, resizes and deferred reads happen (no event loop runs here)."""
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)
