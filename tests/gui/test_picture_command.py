"""`bnn-gui picture`: the window rendered offscreen into a PNG, and one line for bad input."""

import json

import pytest
from PySide6.QtGui import QImage

from bnn_gui.__main__ import main


def test_the_neuron_picture_has_the_size_asked_and_the_unit_open(tmp_path, qapp, mnist, capsys):
    out = tmp_path / "n.png"
    rc = main(["picture", "--mnist", "0", "--view", "neuron", "--unit", "conv2:5,3,3",
               "--size", "1280x720", "--out", str(out)])
    assert rc == 0, capsys.readouterr().err
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1280, 720)
    # the chosen unit's outline colour is in the picture (the maps, the canvas)
    cyan = sum(1 for y in range(0, 720, 2) for x in range(0, 1280, 2)
               if (c := img.pixelColor(x, y)).blue() > 220 and c.green() > 200 and c.red() < 60)
    assert cyan > 50


def test_strokes_and_the_network_view(tmp_path, qapp, capsys):
    strokes = tmp_path / "one.json"
    strokes.write_text(json.dumps([[[0, 0], [0, 100]], [[-20, 10], [0, 0]]]))
    out = tmp_path / "net.png"
    assert main(["picture", "--strokes", str(strokes), "--view", "network", "--unit",
                 "dense1:17", "--size", "1366x768", "--out", str(out)]) == 0
    img = QImage(str(out))
    assert not img.isNull() and img.width() < 1366  # the network view alone


@pytest.mark.parametrize("args,says", [
    (["--mnist", "0", "--unit", "conv2:5,9,3"], "below 64,7,7"),
    (["--mnist", "0", "--unit", "conv9:1"], "has layers conv1"),
    (["--mnist", "0", "--unit", "conv2:5,3"], "three numbers"),
    (["--mnist", "0", "--unit", "conv2"], "LAYER:CHANNEL"),
    (["--mnist", "0", "--size", "12x5"], "320 to 7680"),
    (["--mnist", "0", "--size", "big"], "WIDTHxHEIGHT"),
    (["--mnist", "99999"], "0 to 9999"),
    (["--mnist", "0", "--view", "neuron"], "needs --unit"),
    ([], "give one of"),
    (["--strokes", "/nonexistent/s.json"], "s.json"),
    (["--image", "/dev/zero"], "zero"),
])
def test_bad_arguments_get_one_line_and_exit_2(tmp_path, qapp, mnist, capsys, args, says):
    rc = main(["picture", *args, "--out", str(tmp_path / "x.png")])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(err) == 1 and err[0].startswith("error:") and says in err[0], err
    assert not (tmp_path / "x.png").exists()


def test_a_bad_strokes_file_and_a_bad_out(tmp_path, qapp, capsys):
    bad = tmp_path / "bad.json"
    for text in ("{", "[[[1, 2, 3]]]", '[["a"]]', "5", '{"strokes": []}'):
        bad.write_text(text)
        assert main(["picture", "--strokes", str(bad), "--out", str(tmp_path / "x.png")]) == 2
        assert "strokes" in capsys.readouterr().err
    assert main(["picture", "--strokes", str(bad), "--out", str(tmp_path / "x.jpg")]) == 2
    assert main(["picture", "--strokes", str(bad), "--out", "/nonexistent/x.png"]) == 2
