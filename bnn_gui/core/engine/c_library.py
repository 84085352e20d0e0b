"""`bnn-gui export MODEL --c DIR`: a standalone C99 library that reads digits exactly as the
packed engine (packed.py) does, for running the bits on a small device.

Writes into DIR: ``bnn.h`` and ``bnn.c`` (the inference; no heap, standard headers only,
popcount through the compiler's builtin where there is one), ``<model>.h`` (the model as
data: every layer's kind and shapes, the packed weight words, integer thresholds and flips, the
input handling and the output scales, floats as exact hexadecimal literals) and ``example.c``
(reads MNIST's test-image IDX file and prints a digit per line, ``-s`` the scores too).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import numpy as np

from bnn_gui.core.engine.export import c_comment_text, c_identifier
from bnn_gui.core.engine.geometry import conv_side
from bnn_gui.core.files import atomic_write
from bnn_gui.core.engine.packed import PackedNet
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP, WordedOSError

_KINDS = {"conv": "BNN_CONV", "dense": "BNN_DENSE", "out": "BNN_OUT"}


def _template(name: str) -> str:
    return files("bnn_gui.core.engine").joinpath("c", name).read_text(encoding="utf-8")


def _floats(values) -> str:
    """float32 values as C hexadecimal float literals: exactly the same numbers."""
    return ", ".join(f"{float(np.float32(v)).hex()}f" for v in np.asarray(values).reshape(-1))


def _words(bits: np.ndarray) -> str:
    return ",\n    ".join(", ".join(f"0x{int(w):016x}ULL" for w in row) for row in bits)


def c_bits(L) -> np.ndarray:
    """A layer's weight words as bnn.c reads them, bit j of a row LSB first, bits past the row's
    length 0:
    - a binary dense layer's as the packed engine holds them, a row per unit (bit j: input j);
    - a real-input dense layer's input-major, a row per input (bit u: unit u), for summing the
      inked inputs' levels unit block by unit block;
    - a conv layer's a row per unit in (row, column, channel) order, so that a window is each
      tap's channel bits one after the other (bnn.c builds it from one word of channels per
      pixel)."""
    units = L.units
    bits = np.unpackbits(L.bits.astype("<u8").view(np.uint8), axis=1,
                         bitorder="little")[:, : L.n_in]
    if L.kind == "conv":
        c, k = L.in_shape[0], L.kernel
        bits = bits.reshape(units, c, k, k).transpose(0, 2, 3, 1).reshape(units, -1)
    elif L.real_input:
        bits = bits.T
    rows, n = bits.shape
    out = np.zeros((rows, -(-n // 64) * 64), np.uint8)
    out[:, :n] = bits
    return np.packbits(out, axis=1, bitorder="little").view("<u8").reshape(rows, -1)


def scratch_parts(packed: PackedNet) -> dict:
    """What bnn_predict lays out in the scratch buffer (see bnn.c), in its units: the largest
    activation map, the most weight words per row, the most input pixels of a binary conv
    layer times its words of channels, the most units, the most inputs of a real-input layer
    (taps) and of a real-input conv layer's unit (real_in)."""
    parts = {"biggest": 784, "max_words": 1, "max_pixels": 1, "max_units": 10, "max_taps": 1,
             "max_real_in": 1}
    for L in packed.layers:
        out = L.units
        if L.real_input:
            parts["max_taps"] = max(parts["max_taps"], L.n_in)
        if L.kind == "conv":
            c, h, w = L.in_shape
            out *= (conv_side(h, L.kernel, L.padding, L.pool)
                    * conv_side(w, L.kernel, L.padding, L.pool))  # pooled as it is made
            key, value = (("max_real_in", L.n_in) if L.real_input
                          else ("max_pixels", h * w * -(-c // 64)))
            parts[key] = max(parts[key], value)
        parts["biggest"] = max(parts["biggest"], out)
        parts["max_words"] = max(parts["max_words"], c_bits(L).shape[1])
        parts["max_units"] = max(parts["max_units"], L.units)
    return parts


def _scratch_terms(packed: PackedNet) -> list[tuple[int, int]]:
    """(bytes per item, items) of each part, in bnn_predict's order."""
    p = scratch_parts(packed)
    return [(8, 2 * p["max_words"]), (8, p["max_pixels"]), (4, p["max_units"]),
            (2, 2 * p["max_taps"]), (1, p["max_real_in"] * p["max_units"]),
            (2, p["biggest"])]


SCRATCH_ARRAYS = (("words", "uint64_t"), ("pixels", "uint64_t"), ("dots", "int32_t"),
                  ("taps", "uint16_t"), ("signs", "int8_t"), ("maps", "uint8_t"))


def _scratch_macro(packed: PackedNet, ident: str) -> list[str]:
    """The model header's BNN_<MODEL>_SCRATCH(name): one static array per part, of its own
    element type (no memory read through a pointer of another type), and the bnn_scratch
    that points at them, in bnn.h's order; _scratch_terms counts the same bytes."""
    p = scratch_parts(packed)
    items = [2 * p["max_words"], p["max_pixels"], p["max_units"], 2 * p["max_taps"],
             p["max_real_in"] * p["max_units"], 2 * p["biggest"]]
    # one line, no line splices: a backslash at a line's end in a generated file could only
    # come from a model's name (a test checks that none does)
    arrays = " ".join(f"static {ctype} name##_{part}[{max(int(n), 1)}];"
                      for (part, ctype), n in zip(SCRATCH_ARRAYS, items))
    pointers = ", ".join(f"name##_{part}" for part, _ in SCRATCH_ARRAYS)
    return [f"#define BNN_{ident.upper()}_SCRATCH(name) {arrays} "
            f"static const bnn_scratch name = {{{pointers}}}"]


def scratch_expression(packed: PackedNet) -> str:
    """The scratch size as a C expression of its parts."""
    return "(" + " + ".join(f"{a} * {b}" for a, b in _scratch_terms(packed)) + ")"


def sizes(packed: PackedNet) -> dict:
    """Bytes of the model's data (flash: weight words, thresholds, flips, output scales) and of
    the scratch buffer (RAM) that bnn_predict needs."""
    flash = sum(c_bits(L).size * 8 + (0 if L.kind == "out" else L.units * 5)
                for L in packed.layers)
    last = packed.layers[-1]
    flash += 4 * (last.out_scale.size + last.out_shift.size)
    return {"flash_bytes": int(flash), "ram_bytes": sum(a * b for a, b in _scratch_terms(packed))}


def code_bytes(folder: Path) -> int | None:
    """The compiled inference's code size (``size`` of bnn.o's text), or None without a C
    compiler and ``size``."""
    import shutil
    import subprocess
    import tempfile

    cc, size = shutil.which("cc"), shutil.which("size")
    if cc is None or size is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        obj = Path(tmp) / "bnn.o"
        r = subprocess.run([cc, "-std=c99", "-O2", "-c", str(Path(folder) / "bnn.c"), "-o",
                            str(obj)], capture_output=True, timeout=60)
        if r.returncode != 0:
            return None
        out = subprocess.run([size, str(obj)], capture_output=True, text=True, timeout=60)
        try:
            return int(out.stdout.splitlines()[1].split()[0])
        except (IndexError, ValueError):
            return None


def model_header(packed: PackedNet, name: str) -> str:
    # every symbol starts "model_": no model name can give one of the library's (all "bnn_":
    # a model named "bnn" made "bnn_model", bnn.h's own type)
    ident = "model_" + c_identifier(name)[:MAX_IDENT]
    guard = f"BNN_{ident.upper()}_H"
    scratch = scratch_expression(packed)
    out_layer = packed.layers[-1]
    lines = [f"/* {c_comment_text(name)}: a bnn-gui model as data for bnn.c "
             f"({c_comment_text(packed.config.get('name'))} preset). */",
             f"#ifndef {guard}", f"#define {guard}", "", "#include <stddef.h>",
             "#include <stdint.h>", "", '#include "bnn.h"', ""]
    specs = []
    for i, L in enumerate(packed.layers):
        p = f"{ident}_l{i}"
        lines.append(f"/* layer {i}: {c_comment_text(L.name)} ({L.kind}), {L.units} units "
                     f"over {L.n_in} inputs */")
        bits = c_bits(L)
        lines.append(f"static const uint64_t {p}_bits[] = {{\n    {_words(bits)}\n}};")
        if L.kind == "out":
            threshold, flip = "NULL", "NULL"
        else:
            if np.abs(L.threshold).max(initial=0) >= 2**31:
                raise ValueError(f"layer {L.name}: a threshold does not fit in 32 bits")
            lines.append(f"static const int32_t {p}_threshold[] = {{"
                         + ", ".join(str(int(t)) for t in L.threshold) + "};")
            lines.append(f"static const uint8_t {p}_flip[] = {{"
                         + ", ".join(str(int(f)) for f in L.flip) + "};")
            threshold, flip = f"{p}_threshold", f"{p}_flip"
        c, h, w = (L.in_shape if L.kind == "conv" else (0, 0, 0))
        specs.append(f"    {{{_KINDS[L.kind]}, {L.n_in}, {L.units}, {bits.shape[1]}, "
                     f"{int(L.real_input)}, {L.kernel}, {L.padding}, {L.pool}, {c}, {h}, {w}, "
                     f"{p}_bits, {threshold}, {flip}}}")
        lines.append("")
    lines.append(f"static const bnn_layer {ident}_layers[] = {{\n" + ",\n".join(specs) + "\n};")
    if out_layer.out_kind == "scale":
        n_scales = out_layer.out_scale.size // 10
        kind, shift = "BNN_OUT_SCALE", "NULL"
        scale = f"{ident}_out_scale" if n_scales else "NULL"
        if n_scales:
            lines.append(f"static const float {ident}_out_scale[] = {{"
                         f"{_floats(out_layer.out_scale)}}};")
    else:
        n_scales, kind = 1, "BNN_OUT_AFFINE"
        scale, shift = f"{ident}_out_scale", f"{ident}_out_shift"
        lines.append(f"static const float {scale}[] = {{{_floats(out_layer.out_scale)}}};")
        lines.append(f"static const float {shift}[] = {{{_floats(out_layer.out_shift)}}};")
    lines += [f"static const bnn_model {ident} = {{{len(packed.layers)}, {ident}_layers, "
              f"{int(packed.binarize_input)}, {kind}, {n_scales}, {scale}, {shift}}};",
              "",
              "/* bnn_predict's working memory for this model: BNN_..._SCRATCH(name) defines",
              " * its arrays and the bnn_scratch `name`; _BYTES is the RAM they take */",
              *_scratch_macro(packed, ident),
              f"#define BNN_{ident.upper()}_SCRATCH_BYTES "
              f"{scratch}",
              f"#define BNN_MODEL {ident}",
              f"#define BNN_MODEL_SCRATCH BNN_{ident.upper()}_SCRATCH",
              f"#define BNN_MODEL_SCRATCH_BYTES BNN_{ident.upper()}_SCRATCH_BYTES",
              "", f"#endif /* {guard} */", ""]
    return "\n".join(lines)


MAX_IDENT = 40  # characters of the model's name in C: symbols and the header's file name


def header_name(name: str) -> str:
    """The model header's file name: prefixed, so that no model name can make it ``bnn.h``
    (the library's own) or ``stdint.h`` (a standard header, in a ``-I DIR`` build), and capped,
    so that a long name still gives a legal file name."""
    return f"bnn_model_{c_identifier(name)[:MAX_IDENT]}.h"


def write(packed: PackedNet, folder: Path, name: str) -> list[Path]:
    """Write the four files into ``folder`` (made if missing, when the folder it would be in
    exists); returns their paths."""
    folder = Path(folder)
    if not folder.is_dir():
        if folder.exists() or not folder.parent.is_dir():
            if folder.exists():
                raise WordedOSError(QT_TRANSLATE_NOOP("errors", "{folder}: is not a folder"),
                                    folder=folder)
            raise WordedOSError(QT_TRANSLATE_NOOP("errors", "{folder}: no such folder as {parent}"),
                                folder=folder, parent=folder.parent)
        folder.mkdir()
    header = header_name(name)
    texts = {"bnn.h": _template("bnn.h"), "bnn.c": _template("bnn.c"),
             header: model_header(packed, name),
             "example.c": _template("example.c").replace('#include "model.h"',
                                                         f'#include "{header}"')}
    paths = []
    for file_name, text in texts.items():
        atomic_write(folder / file_name, text.encode("ascii"))
        paths.append(folder / file_name)
    return paths
