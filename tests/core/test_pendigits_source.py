"""``bnn-gui data pendigits`` (core/pendigits_source.py): UCI's UNIPEN text, plain or
compressed with Unix compress, converted into the file the pen benchmarks read and checked
against the checksum of the set they were measured on; offline, one line."""

import gzip
import json
import subprocess
import zipfile

import numpy as np
import pytest

from bnn_gui.__main__ import main
from bnn_gui.core import pendigits_source
from bnn_gui.research import pendigits
from lzw_writer import compress_z


def _text(records) -> str:
    """Records of the project's format written back as UCI's UNIPEN text."""
    out = []
    for i, r in enumerate(records):
        out.append(f'.SEGMENT DIGIT {i} ? "{r["label"]}"')
        out.append(f'.COMMENT {r["label"]} {int(r["writer"].split("-")[1])} {i}')
        for stroke in r["strokes"]:
            out.append(".PEN_DOWN")
            out += [f" {x:4d} {y:4d}" for x, y in stroke]
            out.append(".PEN_UP")
        out.append(".DT 100")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("max_bits,clear", [(16, False), (12, True), (10, True)])
def test_unlzw_reads_what_compress_writes(max_bits, clear):
    rng = np.random.default_rng(0)
    data = "".join(rng.choice([".PEN_DOWN\n", " 12 345\n", f" {rng.integers(500)} 7\n"])
                   for _ in range(20000)).encode()
    z = compress_z(data, max_bits, clear)
    assert pendigits_source.unlzw(z) == data
    try:  # and gzip, which reads .Z files, agrees with the writer
        assert subprocess.run(["gzip", "-dc"], input=z, capture_output=True).stdout == data
    except FileNotFoundError:
        pass
    with pytest.raises(pendigits_source.PenSourceError):
        pendigits_source.unlzw(b"\x1f\x8b not compress")


def test_a_local_copy_becomes_the_checked_files(tmp_path, capsys):
    shared = pendigits.default_path()
    if not shared.is_file():
        pytest.skip(f"pen digits not found at {shared}")
    raw = gzip.open(shared, "rb").read()
    records = [json.loads(line) for line in raw.splitlines()]
    test_part = [dict(r, writer="tes-" + r["writer"][4:]) for r in records[:40]]
    copy = tmp_path / "uci.zip"
    with zipfile.ZipFile(copy, "w") as z:
        z.writestr("pendigits-orig.tra.Z", compress_z(_text(records).encode("latin-1")))
        z.writestr("pendigits-orig.tes", _text(test_part))
        z.writestr("pendigits.names", "the other files of UCI's zip are passed over")
    dest = tmp_path / "out"
    assert main(["data", "pendigits", "--from", str(copy), "--dest", str(dest)]) == 0
    assert "wrote" in capsys.readouterr().out
    assert gzip.open(dest / pendigits.FILE, "rb").read() == raw  # byte for byte
    tested = pendigits.load(dest / pendigits_source.TEST_FILE)
    assert len(tested) == 40 and tested[0].writer.startswith("tes-")
    assert np.array_equal(tested[0].strokes[0], pendigits.load(shared)[0].strokes[0])


def test_a_changed_copy_is_refused_and_nothing_is_written(tmp_path, capsys):
    records = [{"label": 3, "writer": "tra-01", "strokes": [[[1, 2], [3, 4]]]}]
    source = tmp_path / "pendigits-orig.tra"
    source.write_text(_text(records))
    dest = tmp_path / "out"
    assert main(["data", "pendigits", "--from", str(source), "--dest", str(dest)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "checksum" in err
    assert not (dest / pendigits.FILE).exists()


@pytest.mark.parametrize("content", [b"", b"\x00\x01 not unipen", b'.SEGMENT DIGIT 0 ? "x"\n'])
def test_files_that_are_not_the_pen_digits_are_one_line(tmp_path, capsys, content):
    source = tmp_path / "pendigits-orig.tra"
    source.write_bytes(content)
    assert main(["data", "pendigits", "--from", str(source), "--dest", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    odd = tmp_path / "elsewhere.bin"
    odd.write_bytes(content)
    assert main(["data", "pendigits", "--from", str(odd), "--dest", str(tmp_path)]) == 2
    assert "pendigits-orig.tra" in capsys.readouterr().err


def test_offline_it_says_so_in_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(pendigits_source, "URLS", ("http://127.0.0.1:9/pendigits.zip",))
    assert main(["data", "pendigits", "--dest", str(tmp_path / "p")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not be downloaded" in err and "--from" in err
    assert not (tmp_path / "p").exists()


def test_special_and_huge_files_are_refused_in_one_line(tmp_path, capsys, monkeypatch):
    import os

    fifo = tmp_path / "pendigits-orig.tra"
    os.mkfifo(fifo)  # reading it would wait for ever
    assert main(["data", "pendigits", "--from", str(fifo), "--dest", str(tmp_path / "o")]) == 2
    assert "not a regular file" in capsys.readouterr().err
    monkeypatch.setattr(pendigits_source, "MAX_DOWNLOAD", 10)
    big = tmp_path / "big.zip"
    big.write_bytes(b"x" * 100)
    assert main(["data", "pendigits", "--from", str(big), "--dest", str(tmp_path / "o")]) == 2
    assert "larger than" in capsys.readouterr().err


def test_a_damaged_zip_is_one_line(tmp_path, capsys):
    copy = tmp_path / "uci.zip"
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("pendigits-orig.tra", _text([{"label": 1, "writer": "tra-01",
                                                  "strokes": [[[1, 2], [3, 4]]] * 50}]) * 20)
    raw = bytearray(copy.read_bytes())
    raw[60:90] = b"\xff" * 30  # inside the compressed member
    copy.write_bytes(bytes(raw))
    assert main(["data", "pendigits", "--from", str(copy), "--dest", str(tmp_path / "o")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
