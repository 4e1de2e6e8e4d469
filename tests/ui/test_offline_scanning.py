"""The scan screens through a network outage, as a clerk and a sorter see it: PostgreSQL behind
a real TCP proxy that the test stops; scans go on into the workstation's journal, a banner
says how many wait and what was not checked; when the proxy is back they replay and a scan
the server now refuses lands in the session's refused-scans list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from carrier_app.core.lifecycle import Event
from carrier_app.demo.seed import seed
from carrier_app.store import Database, UnitOfWork, open_database
from carrier_app.store.journal import ScanJournal
from carrier_app.store.models import Parcel, ScanEvent
from carrier_app.ui import fonts, i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.pickup_receiving import ReceivingPage
from carrier_app.ui.pages.sorting_station import SortStationPage
from carrier_app.ui.widgets.offline_banner import OfflineBanner
from carrier_app.waybill.labels_service import cancel_waybill
from hub_support import make_parcels
from tests.conftest import SCREENSHOTS
from tests.tcp_proxy import TcpProxy


@pytest.fixture
def outage(pg_schema, tmp_path) -> Iterator[tuple[Database, Database, TcpProxy]]:
    """(direct database, database through the proxy, the proxy)."""
    direct = pg_schema.open()
    seed(direct, parcels=0)
    proxy = TcpProxy(5432).start()
    via = open_database(f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/test",
                        search_path=pg_schema.name)
    yield direct, via, proxy
    proxy.stop()
    via.dispose()
    direct.dispose()


def scan(qtbot, box, code: str) -> None:
    qtbot.keyClicks(box, code)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def status(db: Database, wb: str) -> str:
    with UnitOfWork(db) as uow:
        return str(uow.session.scalar(select(Parcel.status).where(Parcel.waybill_no == wb)))


def test_receiving_and_sorting_go_on_through_an_outage(qtbot, qapp, outage, actor, tmp_path):
    direct, via, proxy = outage
    first, second, cancelled = make_parcels(direct, 3)
    ctx = AppContext(via, actor("sorter"), journal_path=tmp_path / "journal.db")
    page = ReceivingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    banner = page.findChild(OfflineBanner, "offlineBanner")
    assert banner is not None and not banner.isVisible()

    scan(qtbot, page.scan, first)  # online
    assert status(direct, first) == "RECEIVED"

    proxy.stop()
    scan(qtbot, page.scan, second)
    scan(qtbot, page.scan, cancelled)
    assert banner.isVisible()
    assert "Offline — 2 scans waiting" in banner.text() and "duplicates" in banner.text()
    assert f"{cancelled}: saved on this workstation (offline)" in page.banner.text()
    assert status(direct, second) == "CREATED"  # nothing reached the server

    # The sort station shares the one mechanism: the first parcel, sorted during the outage.
    station = SortStationPage(ctx)
    qtbot.addWidget(station)
    station.show()
    scan(qtbot, station.scan, first)
    qtbot.waitUntil(lambda: station.pending() == 0, timeout=20_000)
    assert station.code_label.text() == "OFFLINE"
    assert "Offline — 3 scans waiting" in station.findChild(
        OfflineBanner, "offlineBanner").text()

    fonts.register_fonts(qapp)
    i18n.set_language("zh_CN")
    qtbot.waitUntil(lambda: banner.text().startswith("离线 — 3 件待上传"))
    assert "重复扫描" in banner.text()
    page.resize(1000, 600)
    station.resize(1000, 700)
    page.grab().save(str(SCREENSHOTS / "offline_receiving_zh.png"))
    station.grab().save(str(SCREENSHOTS / "offline_sort_station_zh.png"))
    i18n.set_language("en")

    with UnitOfWork(direct) as uow:  # cancelled at another desk meanwhile
        cancel_waybill(uow, actor("supervisor"), cancelled, "merchant cancelled")
    proxy.start()
    ctx.offline.try_replay()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=30_000)

    assert status(direct, second) == "RECEIVED" and status(direct, first) == "SORTED"
    [refused] = ctx.refused.entries
    assert (refused.code, refused.screen) == (cancelled, "receiving")
    assert refused.reason == f"{cancelled} is Cancelled; cannot be Received"  # as on screen
    with UnitOfWork(direct) as uow:
        rejected = uow.session.scalars(select(ScanEvent.event).join(Parcel).where(
            Parcel.waybill_no == cancelled)).all()
    assert rejected[-1] == "REJECTED"
    # Online again with nothing waiting: the next scan goes straight to the server.
    [third] = make_parcels(direct, 1, steps=(Event.RECEIVE,))
    scan(qtbot, station.scan, third)
    qtbot.waitUntil(lambda: station.pending() == 0, timeout=20_000)
    assert status(direct, third) == "SORTED"
    station.shutdown()
    ctx.offline.close()


def test_scans_left_by_a_killed_workstation_show_at_start_and_replay(qtbot, demo_sqlite, actor,
                                                                     tmp_path):
    [wb] = make_parcels(demo_sqlite, 1, steps=(Event.RECEIVE,))
    path = tmp_path / "journal.db"
    journal = ScanJournal(path)  # what the killed process left on disk
    journal.append("sort", wb, {}, user_name="sorter", workstation="ws1", screen="sorting")
    journal.close()
    ctx = AppContext(demo_sqlite, actor("sorter"), journal_path=path)
    page = SortStationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    banner = page.findChild(OfflineBanner, "offlineBanner")
    assert banner.isVisible() and "Offline — 1 scans waiting" in banner.text()
    assert "location" in banner.text() and "weight" not in banner.text()
    assert ctx.offline.timer.isActive()  # tries the server again by itself
    ctx.offline.try_replay()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=30_000)
    assert status(demo_sqlite, wb) == "SORTED" and ctx.refused.entries == []
    assert not ctx.offline.timer.isActive()
    page.shutdown()
    ctx.offline.close()
