"""What an outside test found (issue 16), each a regression test that failed on the code it
was found in."""

import os
import subprocess
import sys
import textwrap

import pytest

from bnn_gui.core.personal import PersonalSet, PersonalSetError, read_file

HUGE = "1" + "0" * 400  # a 400-digit integer: float() raises OverflowError


def set_file(path, coordinate: str) -> None:
    path.write_text('{"format": "bnn-gui-personal/1", "samples": [{"id": "a", "label": 1, '
                    f'"strokes": [[[{coordinate}, 0], [10, 10]]]}}]}}')


def test_a_huge_integer_in_a_set_file_is_a_damaged_file_not_a_crash(tmp_path):
    path = tmp_path / "personal-set.json"
    set_file(path, HUGE)
    with pytest.raises(PersonalSetError, match="sample 1 of 1"):
        read_file(path)
    ps, message = PersonalSet.open_or_set_aside(path)
    assert len(ps) == 0 and "damaged" in message and not path.exists()
    assert list(tmp_path.glob("personal-set.damaged-*.json"))


def test_the_window_starts_with_such_a_set_and_says_so(tmp_path):
    """It segfaulted at every start: the error escaped a Qt override inside window.show()."""
    home = tmp_path / "home"
    home.mkdir()
    set_file(home / "personal-set.json", HUGE)
    code = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication([])
        shown = []
        QMessageBox.warning = lambda parent, title, text, *a: shown.append(text)
        from bnn_gui.gui.main_window import MainWindow
        w = MainWindow(model="bnn-mlp", settings=QSettings(sys.argv[1],
                                                           QSettings.Format.IniFormat))
        w.show()
        w.personal_dock.raise_()
        for _ in range(50):
            app.processEvents()
        len(w.personal.set)  # read now if the timer has not yet
        for _ in range(20):
            app.processEvents()
        print("warned" if any("damaged" in t for t in shown) else "silent", len(w.personal.set))
    """)
    env = dict(os.environ, BNN_GUI_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s.ini")], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split()[-2:] == ["warned", "0"]


def test_a_fifo_or_a_device_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(PersonalSetError, match="not a regular file"):
        read_file(fifo)  # it blocked for ever
    with pytest.raises(PersonalSetError, match="not a regular file"):
        read_file("/dev/zero")  # it read until MemoryError


@pytest.mark.parametrize("value", ["abc", "18.5", "1, 2", "999"])
def test_bad_settings_count_as_missing(open_window, tmp_path, value):
    from PySide6.QtCore import QSettings

    from bnn_gui.gui.canvas import DEFAULT_BRUSH

    ini = tmp_path / "settings.ini"
    ini.write_text(f"[General]\nbrush={value}\ngeometry=hello\nwindow_state=1\nsplitter=x\n")
    QSettings(str(ini), QSettings.Format.IniFormat).sync()
    w = open_window("bnn-mlp")  # it raised at every start
    assert w.brush.value() in (DEFAULT_BRUSH, w.brush.maximum())
