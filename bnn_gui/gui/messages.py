"""Text from files and errors, made safe to show in a message box.

Qt shows a message box's text as HTML when it looks like HTML, so a file name or a file's
contents could style the box, load a local image or make it taller than the screen. Every
message that holds text the app did not write itself goes through ``safe_text``: angle
brackets become look-alike quotes (no tag can form) and the text is cut to a bounded size.
"""

from __future__ import annotations

MAX_CHARS = 1500
MAX_LINES = 25


def safe_text(text: object) -> str:
    s = str(text).replace("<", "‹").replace(">", "›")
    lines = s.splitlines() or [""]
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES] + [f"… ({len(lines) - MAX_LINES} more lines)"]
    lines = [ln if len(ln) <= 300 else ln[:300] + "…" for ln in lines]
    s = "\n".join(lines)
    return s if len(s) <= MAX_CHARS else s[:MAX_CHARS] + "…"
