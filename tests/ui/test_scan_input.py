"""ScanInput as a scanner drives it: bursts of keys ending in Enter or Tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
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


def lf(box, *, with_text: bool = True) -> None:
    """LF as Qt delivers a scanner's Ctrl+J: Key_J with ControlModifier (text "\\n" on X11)."""
    QTest.sendKeyEvent(QTest.KeyAction.Click, box, Qt.Key.Key_J,
                       "\n" if with_text else "", Qt.KeyboardModifier.ControlModifier)


ENDINGS = {
    "enter": lambda qtbot, box: qtbot.keyClick(box, Qt.Key.Key_Return),
    # Issue 11 item 20: scanners set to end with LF lost every scan (the box piled them up).
    "lf": lambda qtbot, box: lf(box),
    "lf-without-text": lambda qtbot, box: lf(box, with_text=False),
    "cr+lf": lambda qtbot, box: (qtbot.keyClick(box, Qt.Key.Key_Return), lf(box)),
}


@pytest.mark.parametrize("ending", ENDINGS)
def test_a_thousand_codes_back_to_back_arrive_all_and_in_order(qtbot, ending):
    """Scanner speed while the page updates a table on every scan: nothing is lost, whatever
    the scanner ends a code with, and CR+LF gives one scan, not a second empty one."""
    page = QWidget()
    qtbot.addWidget(page)
    box = ScanInput(page)
    label = QLabel(page)
    lay = QVBoxLayout(page)
    lay.addWidget(box)
    lay.addWidget(label)
    page.show()
    box.setFocus()
    got, bad = collect(box)

    def on_scan(code: str) -> None:  # the page's work per scan: record and repaint
        label.setText(f"{len(got)}: {code}")
        label.repaint()

    box.scanned.connect(on_scan)
    codes = [s10.make("AA", 10_000_000 + i * 37) for i in range(1000)]
    for code in codes:
        qtbot.keyClicks(box, code)
        ENDINGS[ending](qtbot, box)
    assert got == codes and bad == []
    assert label.text() == f"1000: {codes[-1]}"
    assert box.text() == "" and not box.overflowed


def test_ctrl_j_ends_a_scan_even_when_the_window_has_a_ctrl_j_shortcut(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    box = ScanInput(page)
    fired = []
    QShortcut(QKeySequence("Ctrl+J"), page).activated.connect(lambda: fired.append(1))
    QVBoxLayout(page).addWidget(box)
    page.show()
    box.setFocus()
    got, _ = collect(box)
    qtbot.keyClicks(box, s10.make("AA", 8))
    qtbot.keyClick(box, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert got == [s10.make("AA", 8)] and fired == []


def test_cr_lf_gives_one_scan_each_and_no_empty_one(qtbot, box):
    got, bad = collect(box)
    codes = [s10.make("AA", 300 + i) for i in range(50)]
    for code in codes:
        qtbot.keyClicks(box, code)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        lf(box)
    assert got == codes and bad == []
    # A person's Enter on an empty box is still said (the LF swallow is only CR+LF's half).
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert [r for _, r in bad] == ["empty"]


def test_enter_burst_still_works_after_lf_scans(qtbot, box):
    got, _ = collect(box)
    qtbot.keyClicks(box, s10.make("AA", 1))
    lf(box)
    for n in (2, 3):
        qtbot.keyClicks(box, s10.make("AA", n))
        qtbot.keyClick(box, Qt.Key.Key_Enter)
    assert got == [s10.make("AA", n) for n in (1, 2, 3)]


def test_codes_without_a_known_end_key_overflow_loudly_and_clear(qtbot, box):
    """A scanner whose ending the box does not know: said in red, with a message, not piled up
    silently until the length limit drops keys."""
    got, bad = collect(box)
    codes = [s10.make("AA", 500 + i) for i in range(3)]
    for code in codes:
        qtbot.keyClicks(box, code)  # no end key at all
    assert got == []
    assert [r for _, r in bad] == ["overflow"]
    assert bad[0][0].startswith(codes[0] + codes[1])
    assert box.overflowed and "c62828" in box.styleSheet()
    assert "without an end key" in box.placeholderText()
    assert len(box.text()) < box.max_code  # cleared, and the rest keeps arriving
    # The next good scan takes the error look away.
    box.clear()
    qtbot.keyClicks(box, codes[0])
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert got == [codes[0]] and not box.overflowed and box.styleSheet() == ""


def test_a_page_says_an_overflow_on_its_banner(qtbot, demo_sqlite, actor):
    from carrier_app.ui.context import AppContext
    from carrier_app.ui.pages.tracking import TrackingPage
    from carrier_app.ui.widgets.feedback import Kind

    page = TrackingPage(AppContext(demo_sqlite, actor("clerk")))
    qtbot.addWidget(page)
    page.show()
    page.scan.setFocus()
    for n in range(3):
        qtbot.keyClicks(page.scan, s10.make("AA", 700 + n))  # a scanner with no known ending
    assert page.banner.kind is Kind.ERROR
    assert "too long without an end key" in page.banner.text()
    assert s10.make("AA", 700) in page.banner.text()
