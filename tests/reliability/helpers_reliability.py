"""Helpers of the reliability suite."""

from __future__ import annotations


def responsive(qtbot, window, within_ms=1000) -> bool:
    """The event loop still runs: a zero-delay timer fires and a repaint happens in time."""
    from PySide6.QtCore import QTimer

    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=within_ms)
    window.repaint()
    return True
