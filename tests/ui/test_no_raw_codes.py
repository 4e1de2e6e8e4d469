"""Issue 12 item 4: in zh_CN no screen shows a raw status, event, reason or error code. A depot
day is seeded through the real use cases (tests/day_support.py: runs, deliveries, a failed
attempt, problems, a pending cash-up) plus demo parcels; every page of the main window is
opened at the hub and at the branch, the held parcel tracked, and all visible text collected
(labels, buttons, tables and their headers, lists, combo boxes, banners)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit,
    QTabBar, QWidget,
)

from carrier_app.config import Settings
from carrier_app.core.delivery_codes import RELATIONS
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.problems import Action, Reason
from carrier_app.core.roles import Actor, Role
from carrier_app.demo.seed import seed
from carrier_app.ui import i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.delivery_names import REASONS as FAIL_REASONS
from carrier_app.ui.fonts import register_fonts
from carrier_app.ui.main_window import MainWindow
from carrier_app.ui.widgets.task_bar import TaskBar
from tests.day_support import BRANCH, TZ, Clock, seed_day
from tests.delivery_support import pdf_text_and_codes

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "zh_CN"

#: Codes that must never reach the user as such (single words and SNAKE_CASE alike).
CODES = ({s.value for s in Status} | {e.value for e in Event} | {r.value for r in Reason}
         | {a.value for a in Action} | set(RELATIONS) | set(FAIL_REASONS)
         | {"OPEN", "PENDING", "CLOSED", "SEALED", "DEPARTED", "PRINTED", "SENDER_CASH",
            "MONTHLY", "THIRD_PARTY", "RECEIVER", "PROHIBITED", "RESTRICTED"})
WORD = re.compile(r"(?<![A-Za-z0-9_])(" + "|".join(sorted(map(re.escape, CODES), key=len,
                                                           reverse=True)) + r")(?![A-Za-z0-9_])")
SNAKE = re.compile(r"(?<![A-Za-z0-9_./])[a-z]+(?:_[a-z0-9]+)+(?![A-Za-z0-9_.])")
ALLOWED_SNAKE = {"carrier_app"}


def visible_texts(root: QWidget) -> list[str]:
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out += [w.text(), w.toolTip()]
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            try:
                n = m.columnCount(QModelIndex())
            except TypeError:  # Qt's private models (a combo box's popup): read above
                continue
            out += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(n)]
            out += cells(m)
    return [t for t in out if t]


def cells(model, parent=None) -> list[str]:
    parent = parent or QModelIndex()
    out = []
    for r in range(min(model.rowCount(parent), 200)):
        for c in range(model.columnCount(parent)):
            ix = model.index(r, c, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(ix, role)
                if isinstance(value, str):
                    out.append(value)
            if c == 0 and model.rowCount(ix):
                out += cells(model, ix)
    return out


def raw_codes(texts: list[str]) -> set[str]:
    found = set()
    for t in texts:
        found |= {m.group(1) for m in WORD.finditer(t)}
        found |= {m.group(0) for m in SNAKE.finditer(t)} - ALLOWED_SNAKE
    return found


@pytest.fixture
def day(demo_sqlite, monkeypatch):
    monkeypatch.setenv("CARRIER_TZ", TZ)
    waybills = seed_day(demo_sqlite, Clock(monkeypatch))
    seed(demo_sqlite, parcels=40)
    return demo_sqlite, {**waybills, **hub_objects(demo_sqlite)}


def hub_objects(db) -> dict[str, str]:
    """At the hub: a sealed bag on a departed manifest, an open bag, an open manifest."""
    from carrier_app.core.lifecycle import Event
    from carrier_app.sorting import bags, manifests
    from carrier_app.sorting.common import HubSerials
    from carrier_app.store import UnitOfWork
    from tests.hub_support import SUP, TO_021_03, make_parcels

    wbs = make_parcels(db, 3, postcode=TO_021_03, steps=(Event.RECEIVE, Event.SORT))
    bs, ms = HubSerials(db, "BG"), HubSerials(db, "MF")
    bs.ensure(2)
    ms.ensure(2)
    with UnitOfWork(db) as uow:
        sealed = bags.open_bag(uow, SUP, bs, "021-03").bag_no
    with UnitOfWork(db) as uow:
        bags.open_bag(uow, SUP, bs, "021-03")
    for wb in wbs[:2]:
        with UnitOfWork(db) as uow:
            bags.add_to_bag(uow, SUP, sealed, wb)
    with UnitOfWork(db) as uow:
        bags.seal_bag(uow, SUP, sealed)
        uow.commit()
    with UnitOfWork(db) as uow:
        gone = manifests.create_manifest(uow, SUP, ms, "021", vehicle="浙A·12345",
                                         seal_no="S778", driver="王师傅").manifest_no
        manifests.add_to_manifest(uow, SUP, gone, sealed)
        uow.commit()
    with UnitOfWork(db) as uow:
        manifests.depart(uow, SUP, gone)
    with UnitOfWork(db) as uow:
        manifests.create_manifest(uow, SUP, ms, "021", vehicle="浙A·54321")
        uow.commit()
    return {"bag": sealed, "manifest": gone, "bagged": wbs[0]}


def settle(qtbot, window: QWidget) -> None:
    """Until the background look-ups are back and shown: no task on the thread pool, no page's
    TaskBar busy, the queued results delivered - twice, for a result that starts another.
    (It collects the same texts as a further 300 ms wait would, on every page.)"""
    def idle() -> bool:
        QApplication.processEvents()
        return (QThreadPool.globalInstance().activeThreadCount() == 0
                and not any(bar.busy for bar in window.findChildren(TaskBar)))
    for _ in range(2):
        qtbot.waitUntil(idle, timeout=10_000)
    QApplication.processEvents()


@pytest.mark.parametrize("location", ["571", BRANCH])
def test_no_screen_shows_a_raw_code_in_chinese(qtbot, day, location):
    db, waybills = day
    register_fonts(QApplication.instance())
    i18n.set_language("zh_CN")
    boss = Actor(None, "boss", Role.ADMIN, station="ws-boss", location=location)
    window = MainWindow(AppContext(db, boss, Settings(db_url="sqlite://", location=location)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    seen: dict[str, set[str]] = {}
    for page in list(window.pages):
        assert window.show_page(page.key) or page.key == "placeholder"
        if page.key == "tracking":
            for wb in (waybills["p2"], waybills["p4"], waybills["bagged"]):
                qtbot.keyClicks(page.scan, wb)
                qtbot.keyClick(page.scan, Qt.Key.Key_Return)
                settle(qtbot, window)
                codes = raw_codes(visible_texts(window))
                if codes:
                    seen[f"tracking {wb}"] = codes
            shown = "\n".join(visible_texts(window))  # the last one, a bagged parcel
            assert "路由依据：邮编前缀" in shown and "袋：BG" in shown, shown
            assert "系统" in shown.split("\n") and "system" not in shown.split("\n")
        settle(qtbot, window)  # background look-ups fill the tables
        codes = raw_codes(visible_texts(window))
        if codes:
            seen[page.key] = codes
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)  # every screen, to be looked at
        window.grab().save(str(SCREENSHOTS / f"{location}_{page.key}.png"))
    assert not seen, seen


def test_no_pdf_shows_a_raw_code(day):
    from carrier_app.delivery.pod import pod_pdf
    from carrier_app.dispatch.runs import list_runs, print_run
    from carrier_app.reports.day_report import day_report_file
    from carrier_app.store import UnitOfWork
    from carrier_app.waybill.labels_service import render_labels
    from tests.day_support import DAY

    db, wb = day
    boss = Actor(None, "boss", Role.SUPERVISOR, station="ws-boss", location=BRANCH)
    with UnitOfWork(db) as uow:
        run = list_runs(uow, boss)[0]
    pdfs = {}
    with UnitOfWork(db) as uow:
        pdfs["run sheet"] = print_run(uow, boss, run.id)
    with UnitOfWork(db) as uow:
        pdfs["proofs of delivery"] = pod_pdf(uow, boss, [wb["p1"], wb["p4"]])
    with UnitOfWork(db) as uow:
        pdfs["day report"] = day_report_file(uow, boss, "pdf", BRANCH, DAY)
    with UnitOfWork(db) as uow:
        pdfs["labels"] = render_labels(uow, boss, [wb["p2"], wb["p6"]])
    from carrier_app.documents.bag_label import render_bag_label
    from carrier_app.documents.manifest import render_manifest
    from carrier_app.sorting.bags import bag_info
    from carrier_app.sorting.manifests import manifest_info
    from tests.hub_support import SUP
    with UnitOfWork(db) as uow:
        pdfs["bag label"] = render_bag_label(bag_info(uow, SUP, wb["bag"]))
        pdfs["manifest"] = render_manifest(manifest_info(uow, SUP, wb["manifest"]))
    texts = {name: pdf_text_and_codes(pdf)[0] for name, pdf in pdfs.items()}
    assert all(len(t) > 50 for t in texts.values()), texts
    assert "地址不详" in texts["day report"]  # the open problems, in words
    found = {name: raw_codes([t]) for name, t in texts.items()}
    assert not any(found.values()), found
