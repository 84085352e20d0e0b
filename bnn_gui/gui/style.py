"""A dark Fusion palette: ±1 maps and white-on-black digits read best on a dark window."""

from PySide6.QtGui import QColor, QPalette


def apply_dark_style(app) -> None:
    app.setStyle("Fusion")
    pal = QPalette()
    for role, colour in [
        (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#2b2b2b"),
        (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#ff8c00"),
        (QPalette.ColorRole.HighlightedText, "#000000"), (QPalette.ColorRole.ToolTipBase, "#ffffe0"),
        (QPalette.ColorRole.ToolTipText, "#000000"),
        # links in rich text (the help pages): Qt's default dark blue is unreadable on #1e1e1e
        (QPalette.ColorRole.Link, "#7fb8ff"), (QPalette.ColorRole.LinkVisited, "#c39bff"),
    ]:
        pal.setColor(role, QColor(colour))
    # disabled controls must look disabled: dim text, flat buttons (a disabled Start looked
    # like the enabled Stop beside it)
    off = QPalette.ColorGroup.Disabled
    for role, colour in [
        (QPalette.ColorRole.WindowText, "#6e6e6e"), (QPalette.ColorRole.Text, "#6e6e6e"),
        (QPalette.ColorRole.ButtonText, "#5e5e5e"), (QPalette.ColorRole.Button, "#2f2f2f"),
        (QPalette.ColorRole.Base, "#262626"), (QPalette.ColorRole.Highlight, "#555555"),
    ]:
        pal.setColor(off, role, QColor(colour))
    app.setPalette(pal)


# A checked tool button (the eraser) is plainly on. Set on the button, not on the app: an
# application style sheet stops a window's font from reaching its widgets (presenter mode's
# larger type would not show).
CHECKED_BUTTON = ("QToolButton:checked { background: #ff8c00; color: #000000; "
                  "border: 1px solid #ffb050; border-radius: 3px; }")
