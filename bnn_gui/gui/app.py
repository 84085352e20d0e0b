"""Start the window."""

from __future__ import annotations

import sys


def run(model: str | None = None, data_dir: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow
    from .style import apply_dark_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bnn-gui")
    app.setOrganizationName("bnn-gui")
    apply_dark_style(app)
    tidy_user_folder()
    window = MainWindow(model=model, data_dir=data_dir)
    window.show()
    return app.exec()


def tidy_user_folder() -> None:
    """Remove temporary files that writes killed mid-way left behind (they are never read)."""
    from ..core.files import remove_stale_temps
    from ..core.paths import user_dir, user_models_dir

    for folder in (user_dir(), user_models_dir()):
        if folder.is_dir():
            remove_stale_temps(folder)
