"""PySide6 6.12.0 drops a reference to None on every QTest key click; after a few thousand
the interpreter aborts with "none_dealloc" (exit 134) — after all tests passed (DESIGN.md).
Run ~5,000 key clicks in a fresh interpreter and require a clean exit."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
box = QLineEdit(); box.show()
for i in range(2500):
    QTest.keyClicks(box, "A")
    QTest.keyClick(box, Qt.Key.Key_Return)
print("clicked", len(box.text()))
"""


def test_thousands_of_key_clicks_exit_cleanly():
    p = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                       timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert p.returncode == 0, f"exit {p.returncode}: {p.stderr[-500:]}"
    assert "clicked 2500" in p.stdout
