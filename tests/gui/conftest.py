import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def window(qtbot, tmp_path):
    from bnn_gui.gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(model="bnn-cnn", settings=settings)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitUntil(lambda: w.session.model is not None, timeout=30000)
    return w
