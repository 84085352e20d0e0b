"""Getting the pen digits: UCI's "Pen-Based Recognition of Handwritten Digits" (Alpaydin and
Alimoglu 1998, CC BY 4.0), original unnormalised trajectories, into the project's format
(``research/pendigits.py`` reads it; this module is the app's, for ``bnn-gui data``).

The source is UNIPEN text, ``pendigits-orig.tra`` (30 writers) and ``pendigits-orig.tes`` (14
others), plain or compressed with Unix ``compress`` (``.Z``), alone or in UCI's zip:

    .SEGMENT DIGIT 0-1 ? "8"       a digit, its strokes' numbers and its label
    .COMMENT 8 12 224              label, writer, the writer's sample number
    .PEN_DOWN                      a stroke: one "x y" point a line (tablet units, y up)
    .PEN_UP

Each digit becomes one line of ``pendigits-train.jsonl.gz`` / ``pendigits-test.jsonl.gz``:
``{"label":8,"writer":"tra-12","strokes":[[[x,y],...],...],"y_up":true,"id":"pendigits-train-00000"}``.
The training part's lines are checked against the SHA-256 of the set every figure in
docs/pen-accuracy.md was measured on, so a changed or damaged copy is refused.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import tempfile
import urllib.request
import zipfile
import zlib
from pathlib import Path

from bnn_gui.core.paths import user_dir

FILE = "pendigits-train.jsonl.gz"  # what research/pendigits.py reads

URLS = ("https://archive.ics.uci.edu/static/public/81/pen+based+recognition+of+handwritten+digits.zip",)
# SHA-256 of the converted training part's lines (decompressed): the set the project measured on
TRAIN_SHA256 = "026f49509905d4e17aaa107d10851271c94fdb42b38f47ae6a85bc12a3e7079b"
TEST_FILE = "pendigits-test.jsonl.gz"
MAX_DOWNLOAD = 64 << 20  # the zip is about 1 MB; a server that sends more is refused
MAX_TEXT = 64 << 20  # a part's text inflated (about 4 MB each)
PARTS = {"tra": ("train", FILE), "tes": ("test", TEST_FILE)}


class PenSourceError(Exception):
    """The pen digits cannot be had or converted; the message says why, in one line."""


def default_dest() -> Path:
    """Where ``bnn-gui data pendigits`` puts the files: the user data folder's ``pendigits``."""
    return user_dir() / "pendigits"


def unlzw(data: bytes) -> bytes:
    """Unix ``compress`` (.Z) data decompressed: LZW with codes of 9 up to 16 bits, read
    least significant bit first; in block mode code 256 clears the table. Codes are packed in
    groups of eight, and after a change of width or a clear the rest of the group is skipped
    (the encoder's padding)."""
    if len(data) < 3 or data[:2] != b"\x1f\x9d":
        raise PenSourceError("not a .Z (compress) file")
    max_bits, block = data[2] & 0x1F, bool(data[2] & 0x80)
    if not 9 <= max_bits <= 16:
        raise PenSourceError(f"a .Z file with {max_bits}-bit codes")
    table = [bytes([i]) for i in range(256)] + ([b""] if block else [])
    out = io.BytesIO()
    bits, pos, prev = 9, 3 * 8, b""
    total = len(data) * 8
    group_start = pos
    while pos + bits <= total:
        byte, shift = divmod(pos, 8)
        chunk = int.from_bytes(data[byte: byte + 3], "little")
        code = (chunk >> shift) & ((1 << bits) - 1)
        pos += bits
        if block and code == 256:  # clear: start again at 9 bits, after this group's end
            pos = group_start + ((pos - group_start + bits * 8 - 1) // (bits * 8)) * bits * 8
            table, bits, prev, group_start = table[:257], 9, b"", pos
            continue
        if code < len(table):
            entry = table[code]
        elif code == len(table) and prev:
            entry = prev + prev[:1]
        else:
            raise PenSourceError("a damaged .Z file")
        out.write(entry)
        if out.tell() > MAX_TEXT:
            raise PenSourceError(f"inflates to more than {MAX_TEXT >> 20} MB")
        if prev and len(table) < (1 << max_bits):
            table.append(prev + entry[:1])
        prev = entry
        if len(table) >= (1 << bits) and bits < max_bits:  # wider codes from the next group
            pos = group_start + ((pos - group_start + bits * 8 - 1) // (bits * 8)) * bits * 8
            bits, group_start = bits + 1, pos
    return out.getvalue()


def parse(text: str, part: str) -> list[dict]:
    """The UNIPEN text of one part ("tra" or "tes") as the project's records, in file order."""
    records, stroke, current = [], None, None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line.startswith(".SEGMENT"):
            label = line.rsplit('"', 2)[-2] if line.count('"') >= 2 else ""
            if not (len(label) == 1 and label.isdigit()):
                raise PenSourceError(f"line {n}: a segment without a digit label")
            current = {"label": int(label), "writer": None, "strokes": []}
            records.append(current)
            stroke = None
        elif line.startswith(".COMMENT") and current is not None:
            fields = line.split()
            if len(fields) >= 3 and fields[2].isdigit():
                current["writer"] = f"{part}-{int(fields[2]):02d}"
        elif line.startswith(".PEN_DOWN") and current is not None:
            stroke = []
            current["strokes"].append(stroke)
        elif line.startswith(".PEN_UP"):
            stroke = None
        elif stroke is not None and line and not line.startswith("."):
            try:
                x, y = (int(v) for v in line.split())
            except ValueError:
                raise PenSourceError(f"line {n}: not an 'x y' point: {line[:40]!r}") from None
            stroke.append([x, y])
    for i, r in enumerate(records):
        r["strokes"] = [s for s in r["strokes"] if s]
        if r["writer"] is None or not r["strokes"]:
            raise PenSourceError(f"digit {i + 1}: no writer or no points")
    return records


def _lines(records: list[dict], name: str) -> bytes:
    return b"".join(json.dumps({"label": r["label"], "writer": r["writer"],
                                "strokes": r["strokes"], "y_up": True,
                                "id": f"pendigits-{name}-{i:05d}"},
                               separators=(",", ":")).encode() + b"\n"
                    for i, r in enumerate(records))


def _part_texts(source: Path) -> dict[str, str]:
    """{"tra": text, "tes": text} from a zip, a folder or one file (plain or .Z)."""
    def text_of(name: str, raw: bytes) -> str:
        if name.endswith(".Z"):
            raw = unlzw(raw)
        return raw.decode("latin-1")

    def read_file(path: Path) -> bytes:
        if path.stat().st_size > MAX_TEXT:
            raise PenSourceError(f"{path}: larger than {MAX_TEXT >> 20} MB; not the pen digits")
        return path.read_bytes()

    found: dict[str, str] = {}
    if source.is_dir():
        members = {p.name: p for p in source.iterdir() if p.is_file()}
        read = lambda name: read_file(members[name])  # noqa: E731
    elif not source.is_file():  # checked before anything opens it: a FIFO would block
        raise PenSourceError(f"{source}: not a regular file or folder" if source.exists()
                             else f"{source}: no such file or folder")
    elif source.stat().st_size > MAX_DOWNLOAD:
        raise PenSourceError(f"{source}: larger than {MAX_DOWNLOAD >> 20} MB; not the pen digits")
    elif zipfile.is_zipfile(source):
        z = zipfile.ZipFile(source)
        members = {Path(i.filename).name: i for i in z.infolist()
                   if not i.is_dir() and i.file_size <= MAX_TEXT}

        def read(name: str) -> bytes:
            try:
                return z.read(members[name])
            except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError) as e:
                raise PenSourceError(f"{source}: a damaged zip ({e})") from None
    else:
        members = {source.name: source}
        read = lambda name: read_file(source)  # noqa: E731
    for part in PARTS:
        for name in (f"pendigits-orig.{part}", f"pendigits-orig.{part}.Z"):
            if name in members:
                found[part] = text_of(name, read(name))
                break
    if not found:
        raise PenSourceError(f"{source}: holds neither pendigits-orig.tra nor pendigits-orig.tes "
                             "(plain or .Z): UCI's original, unnormalised trajectories")
    return found


def convert(source: Path, dest: Path) -> list[Path]:
    """Convert what ``source`` holds into ``dest``; returns the files written. The training
    part must match TRAIN_SHA256; files are written whole (beside the target, then renamed)."""
    written = []
    for part, text in _part_texts(source).items():
        name, file = PARTS[part]
        lines = _lines(parse(text, part), name)
        if part == "tra" and hashlib.sha256(lines).hexdigest() != TRAIN_SHA256:
            raise PenSourceError(f"{source}: its training digits differ from the set the "
                                 "project measured on (checksum); not converted")
        dest.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=dest, prefix=file, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as g:
                g.write(lines)
            os.replace(tmp, dest / file)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        written.append(dest / file)
    return written


def download(progress=print, timeout: float = 20) -> Path:
    """UCI's zip into a temporary file (removed by the caller); PenSourceError in one line
    when no address answers."""
    errors = []
    for url in URLS:
        fd, tmp = tempfile.mkstemp(suffix=".zip")
        try:
            progress(f"downloading {url}")
            with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=timeout) as resp:
                done = 0
                while chunk := resp.read(1 << 16):
                    done += len(chunk)
                    if done > MAX_DOWNLOAD:
                        raise PenSourceError(f"more than {MAX_DOWNLOAD >> 20} MB")
                    out.write(chunk)
            return Path(tmp)
        except (OSError, PenSourceError) as e:
            os.unlink(tmp)
            errors.append(f"{url}: {getattr(e, 'reason', None) or e}")
    raise PenSourceError("the pen digits could not be downloaded (" + "; ".join(errors) +
                         "); download UCI's 'Pen-Based Recognition of Handwritten Digits' zip "
                         "elsewhere and give it with --from FILE")


def fetch(source: str | os.PathLike | None = None, dest: str | os.PathLike | None = None,
          progress=print) -> list[Path]:
    """``bnn-gui data pendigits``: convert ``source`` (a local zip, folder or file), or UCI's
    zip downloaded, into ``dest`` (default_dest())."""
    dest = Path(dest) if dest else default_dest()
    if dest.exists() and not dest.is_dir():
        raise PenSourceError(f"{dest}: is a file, not a folder")
    if source is not None:
        return convert(Path(source), dest)
    zip_path = download(progress)
    try:
        return convert(zip_path, dest)
    finally:
        zip_path.unlink(missing_ok=True)
