from __future__ import annotations

import hashlib
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carrier_app.auth.service import login
from carrier_app.config import Settings
from carrier_app.store import UnitOfWork
from carrier_app.ui.context import AppContext
from carrier_app.ui.main_window import MainWindow
from carrier_app.ui.pages.admin_users import UsersPage
from carrier_app.ui.widgets.feedback import COLOURS, FeedbackBanner, Kind, Sounds


def test_admin_adds_a_user_who_can_then_log_in(qtbot, demo_sqlite, actor):
    with UnitOfWork(demo_sqlite) as uow:
        admin = login(uow, "admin", "admin-demo")
    page = UsersPage(AppContext(demo_sqlite, admin))
    qtbot.addWidget(page)
    page.show()
    assert {u.username for u in page.model.rows} >= {"admin", "clerk"}
    qtbot.keyClicks(page.username, "li.na")
    page.display_name.setText("李娜")  # QTest can only type ASCII (qasciikey asserts)
    page.role.setCurrentIndex(page.role.findData("sorter"))
    qtbot.keyClicks(page.password, "short")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind is Kind.ERROR and "at least 8" in page.banner.text()
    page.password.clear()
    qtbot.keyClicks(page.password, "long-enough-1")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind is Kind.OK
    assert "li.na" in [u.username for u in page.model.rows]
    with UnitOfWork(demo_sqlite) as uow:
        assert login(uow, "li.na", "long-enough-1").role.value == "sorter"


def test_users_page_is_only_for_those_who_manage_users(qtbot, demo_sqlite, actor):
    for role, visible in (("admin", True), ("supervisor", False), ("clerk", False)):
        w = MainWindow(AppContext(demo_sqlite, actor(role), Settings(db_url="sqlite://")))
        qtbot.addWidget(w)
        assert any(p.key == "admin-users" for p in w.pages) is visible


@pytest.mark.parametrize("kind", list(Kind))
def test_every_outcome_has_its_colour_and_a_sound_that_never_fails(qtbot, monkeypatch, kind):
    banner = FeedbackBanner()
    qtbot.addWidget(banner)
    banner.show_message(kind, "x")
    assert COLOURS[kind][0] in banner.styleSheet()
    monkeypatch.setenv("CARRIER_SOUND", "1")
    bells = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: bells.append(1)))
    sounds = Sounds()
    sounds.play(kind)  # QtMultimedia, or the system bell where the audio stack is missing
    # What was really played, read back after the fact: the effect's file, or the bell.
    if kind is Kind.IDLE:
        assert sounds.played is None and bells == []
    elif sounds._multimedia:
        assert Path(sounds.played) == Sounds.source(kind) and bells == []
    elif kind is Kind.OK:  # no audio stack: a good scan stays quiet, only trouble rings
        assert sounds.played is None and bells == []
    else:
        assert sounds.played == Sounds.BELL and bells == [1]
    monkeypatch.setenv("CARRIER_SOUND", "0")
    silent = Sounds()
    silent.play(kind)
    assert silent.played is None and len(bells) <= 1


def test_each_outcome_has_its_own_playable_sound_file():
    """The file a QSoundEffect gets for each kind is a real WAV, and no two kinds sound
    alike (a mix-up of sources would make a misread sound like a good scan)."""
    digests = {}
    for kind in Kind:
        if kind is Kind.IDLE:
            continue
        path = Sounds.source(kind)
        with wave.open(str(path)) as w:
            assert w.getnframes() > 0 and w.getframerate() >= 8000
        digests[kind] = hashlib.sha256(path.read_bytes()).hexdigest()
    assert len(set(digests.values())) == len(digests)


def test_workstation_settings_are_kept_for_the_next_log_in(qtbot, demo_sqlite, actor,
                                                           monkeypatch):
    from carrier_app.ui import workstation
    from carrier_app.ui.pages.admin_workstation import WorkstationPage

    monkeypatch.delenv("CARRIER_LOCATION", raising=False)
    monkeypatch.delenv("CARRIER_STATION", raising=False)
    page = WorkstationPage(AppContext(demo_sqlite, actor("admin"), Settings(db_url="sqlite://")))
    qtbot.addWidget(page)
    codes = [page.location.itemData(i) for i in range(page.location.count())]
    assert {"571", "571-12", "010-05"} <= set(codes)
    page.station.clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind is Kind.ERROR
    qtbot.keyClicks(page.station, "xihu-counter-2")
    page.location.setCurrentIndex(page.location.findData("571-12"))
    page.suffixes.setText("#")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind is Kind.OK
    s = workstation.load(Settings(db_url="sqlite://"))
    assert (s.station, s.location, s.scan_suffixes) == ("xihu-counter-2", "571-12", ("#",))
