"""ScanInput as a scanner drives it: bursts of keys ending in Enter or Tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from carrier_app.core import s10
from carrier_app.ui.widgets.scan_input import ScanInput, normalise


@pytest.fixture
def box(qtbot):
    w = ScanInput(prefixes=("]C1",), suffixes=("#",))
    qtbot.addWidget(w)
    w.show()
    w.setFocus()
    return w


def collect(box):
    got, bad = [], []
    box.scanned.connect(got.append)
    box.rejected.connect(lambda raw, reason, msg: bad.append((raw, reason)))
    return got, bad


def test_enter_emits_the_code_clears_and_keeps_focus(qtbot, box):
    got, bad = collect(box)
    code = s10.make("AA", 1234)
    qtbot.keyClicks(box, code)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert got == [code] and bad == []
    assert box.text() == "" and box.hasFocus()


def test_tab_ends_a_scan_and_does_not_move_the_focus(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = ScanInput(parent)
    other = ScanInput(parent)
    lay = QVBoxLayout(parent)
    lay.addWidget(box)
    lay.addWidget(other)
    parent.show()
    box.setFocus()
    got, _ = collect(box)
    qtbot.keyClicks(box, s10.make("AA", 7))
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert got == [s10.make("AA", 7)]
    assert parent.focusWidget() is box  # Qt's Tab handling would have moved it to `other`


def test_prefix_suffix_whitespace_and_case_are_normalised(qtbot, box):
    got, bad = collect(box)
    code = s10.make("AA", 55)
    qtbot.keyClicks(box, f"  ]C1{code.lower()}# ")
    qtbot.keyClick(box, Qt.Key.Key_Enter)
    assert got == [code] and bad == []


def test_full_width_characters_from_an_ime_are_accepted():
    code = s10.make("AA", 55)
    full = "".join(chr(ord(c) + 0xFEE0) for c in code)
    assert normalise(full) == code


def test_wrong_check_digit_and_garbage_are_rejected_not_emitted(qtbot, box):
    got, bad = collect(box)
    code = s10.make("AA", 99)
    wrong = code[:10] + str((int(code[10]) + 1) % 10) + code[11:]
    for text in (wrong, "HELLO WORLD", "   "):
        qtbot.keyClicks(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert got == []
    assert [r for _, r in bad] == ["check_digit", "format", "empty", "empty"]


def test_a_thousand_codes_back_to_back_arrive_all_and_in_order(qtbot):
    """Scanner speed while the page updates a table on every scan: nothing is lost."""
    page = QWidget()
    qtbot.addWidget(page)
    box = ScanInput(page)
    label = QLabel(page)
    lay = QVBoxLayout(page)
    lay.addWidget(box)
    lay.addWidget(label)
    page.show()
    box.setFocus()
    got: list[str] = []

    def on_scan(code: str) -> None:  # the page's work per scan: record and repaint
        got.append(code)
        label.setText(f"{len(got)}: {code}")
        label.repaint()

    box.scanned.connect(on_scan)
    codes = [s10.make("AA", 10_000_000 + i * 37) for i in range(1000)]
    for code in codes:
        qtbot.keyClicks(box, code)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert got == codes
    assert label.text() == f"1000: {codes[-1]}"
