"""The dark palette keeps every kind of text readable on its background."""

from PySide6.QtGui import QColor, QPalette

from bnn_gui.gui.style import apply_dark_style


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21; 4.5 is the floor for body text)."""
    def luminance(c: QColor) -> float:
        ch = [v / 255 for v in (c.red(), c.green(), c.blue())]
        ch = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in ch]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_links_and_text_read_on_the_dark_base(qapp):
    saved_palette, saved_style = qapp.palette(), qapp.style().name()
    try:
        apply_dark_style(qapp)
        pal = qapp.palette()
        base = pal.color(QPalette.ColorRole.Base)
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.Link,
                     QPalette.ColorRole.LinkVisited):
            assert contrast(pal.color(role), base) >= 4.5, role
    finally:
        qapp.setPalette(saved_palette)
        qapp.setStyle(saved_style)
