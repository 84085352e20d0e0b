"""PySide6 6.12.0 on Python 3.11 takes a reference from None on every call of a method that
returns nothing; after a few thousand calls the interpreter aborts ("none_dealloc"). A drawing
app makes such calls on every stroke. This runs tens of thousands of them in a child process
(so an abort cannot take pytest down) and checks None's reference count is unharmed."""

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainterPath, QColor
path = QPainterPath()
img = QImage(8, 8, QImage.Format.Format_Grayscale8)
before = sys.getrefcount(None)
for i in range(20000):
    path.lineTo(QPointF(i % 50, i % 37))
    img.fill(QColor(i % 256, 0, 0))
    path.moveTo(1.0, 2.0)
after = sys.getrefcount(None)
print(before - after)
"""


def test_void_methods_do_not_leak_references_to_none():
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, f"the interpreter died: {r.returncode} {r.stderr[-500:]}"
    lost = int(r.stdout.strip())
    assert lost < 100, f"{lost} references to None lost in 60,000 calls"
