"""How the app ends: ``teardown`` ends it deterministically, and ``register_teardown`` makes
it run at interpreter exit. Registered by the entry points (``bnn-gui``, ``bnn-gui picture``,
the test suite, the benchmarks), never by a widget: an exit hook is the whole process's."""

from __future__ import annotations


def teardown() -> None:
    """End deterministically, however the app ends: background jobs stopped and waited for,
    every window closed and deleted by Qt, then Python's garbage, all before the interpreter
    starts tearing modules down (left to that, Qt and pyqtgraph objects die in garbage-collection
    order, now and then in the wrong one). Runs at exit too (``atexit``); a second call does
    nothing."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from bnn_gui.gui.background import shutdown_all

    shutdown_all()
    app = QApplication.instance()
    if app is None:
        return
    import shiboken6
    from PySide6.QtWidgets import QMainWindow

    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMainWindow) and shiboken6.isValid(w):
            w.close()
            shiboken6.delete(w)  # now, with every child, in Qt's order
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


_TEARDOWN_REGISTERED = []


def register_teardown() -> None:
    """Make sure ``teardown`` runs at interpreter exit (scripts that never call app.exec)."""
    if not _TEARDOWN_REGISTERED:
        import atexit

        atexit.register(teardown)
        _TEARDOWN_REGISTERED.append(True)
