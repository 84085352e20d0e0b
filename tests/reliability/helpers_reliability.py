"""Helpers of the reliability suite."""

from __future__ import annotations


def responsive(qtbot, window) -> bool:
    """The event loop still runs: a zero-delay timer fires and the window repaints. (Not how
    fast: timing lives in benchmarks/; the timeout only turns a hang into a failure.)"""
    from PySide6.QtCore import QTimer

    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=30000)
    window.repaint()
    return True
