"""Real mouse events for the benchmark scripts (the tests have their own in tests/gui)."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication


def send(widget, kind, x, y, button, buttons):
    ev = QMouseEvent(kind, QPointF(x, y), widget.mapToGlobal(QPointF(x, y)), button, buttons,
                     Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)


def open_window(app, model: str, size: tuple[int, int]):
    """The real main window with throw-away settings, shown, its model loaded."""
    import tempfile

    from PySide6.QtCore import QSettings

    from bnn_gui.gui.lifetime import register_teardown
    from bnn_gui.gui.main_window import MainWindow

    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    register_teardown()
    w = MainWindow(model=model, settings=settings)
    w.resize(*size)
    w.show()
    while w.session.model is None:
        app.processEvents()
    return w
