"""The window opens and reads drawings with the packed engine, never importing PyTorch."""

import subprocess
import sys
import textwrap


def test_window_reads_a_drawing_without_importing_torch(tmp_path):
    code = textwrap.dedent("""
        import sys
        import time
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from bnn_gui.gui.lifetime import register_teardown
        from bnn_gui.gui.main_window import MainWindow
        register_teardown()
        w = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
        w.show()
        deadline = time.monotonic() + 60
        while w.session.model is None:  # a failure says what the window showed
            app.processEvents()
            if time.monotonic() > deadline:
                sys.exit("no model after 60 s: " + w.model_status.text() + " "
                         + w.statusBar().currentMessage())
        w.canvas.strokes = [[(100.0, 20.0), (100.0, 220.0)]]
        w.refresh()
        assert w.last_reading.digit == 1, w.last_reading.digit
        assert w.session.model.engine == "packed"
        assert w.last_reading.layers[0].pre_meaning == "dot - threshold"
        print("torch" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s.ini")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "False"
