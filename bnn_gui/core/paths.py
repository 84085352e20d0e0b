"""Where bnn-gui keeps things: the user's data folder, the user's models, the shipped models."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_dir() -> Path:
    """The per-user folder (``BNN_GUI_HOME`` overrides it; tests use that to stay isolated)."""
    if env := os.environ.get("BNN_GUI_HOME"):
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "bnn-gui"


def user_models_dir() -> Path:
    """Models trained by the user; never the shipped ``trained/`` folder."""
    return user_dir() / "models"


def shipped_models_dir() -> Path:
    """The models that come with bnn-gui (``trained/`` in the source tree, installed alongside)."""
    from importlib.resources import files

    return Path(str(files("bnn_gui.trained")))

