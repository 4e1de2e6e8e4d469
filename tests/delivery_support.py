"""Helpers for dispatch / delivery / finance tests: parcels created through the real waybill
service and moved to a branch with real scans; actors per role; a drawn signature."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Role
from carrier_app.sorting.routing import load_router
from carrier_app.store import Database, UnitOfWork
from carrier_app.store.models import Merchant
from carrier_app.tracking.scans import append_scan
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.service import WaybillInput, create_waybill
from tests.acceptance_support import COUNTER

#: Demo branch -> a postcode that routes to it (route 01).
POSTCODES = {"571-12": "310012", "571-15": "310051", "571-18": "311100",
             "021-08": "200030", "010-05": "100020"}
SUPERVISOR = Actor(None, "boss", Role.SUPERVISOR, station="ws-hub", location="571")


def dispatcher(branch: str = "571-15", name: str = "disp") -> Actor:
    return Actor(None, name, Role.DISPATCHER, station="ws-disp", location=branch)


def finance(name: str = "fin") -> Actor:
    return Actor(None, name, Role.FINANCE, station="ws-fin", location="571")


def create(db: Database, n: int = 1, *, branch: str = "571-15", cod: str = "0",
           pieces: int = 1, merchant: str | None = "M001", name: str = "张三",
           at: Actor = SUPERVISOR, addresses: list[str] | None = None,
           service: str = "standard", payer: str | None = None) -> list[str]:
    """n parcels created by `at` (its location is where they were taken in); a merchant of
    None is a walk-in sender."""
    allocator = NumberAllocator(db, block_size=max(n, 10), station="test")
    allocator.ensure(n)
    with UnitOfWork(db) as uow:
        mid = (uow.session.scalar(select(Merchant.id).where(Merchant.code == merchant))
               if merchant else None)
        router = load_router(uow)
        out = [create_waybill(uow, at, allocator, router, WaybillInput(
            recipient_name=name, recipient_phone="13812345678",
            recipient_address=addresses[i] if addresses else f"测试路 {i + 1} 号",
            recipient_postcode=POSTCODES[branch],
            merchant_id=mid, order_ref=None, pieces=pieces, weight_kg=Decimal("1.000"),
            cod=Decimal(cod), service=service, payer=payer,
            **COUNTER)).waybill_no for i in range(n)]
        uow.commit()
    return out


def move(db: Database, waybills: list[str], events: list[Event], location: str) -> None:
    for wb in waybills:
        for ev in events:
            with UnitOfWork(db) as uow:
                append_scan(uow, SUPERVISOR, wb, ev, location=location)
                uow.commit()


def arrived(db: Database, n: int = 1, *, branch: str = "571-15", **kw: object) -> list[str]:
    """n parcels created at the hub and ARRIVED at `branch`."""
    wbs = create(db, n, branch=branch, **kw)  # type: ignore[arg-type]
    move(db, wbs, [Event.PICKUP, Event.RECEIVE, Event.SORT, Event.DEPART], "571")
    move(db, wbs, [Event.ARRIVE], branch)
    return wbs


def strokes() -> list[list[tuple[float, float]]]:
    """A scribble: two strokes."""
    return [[(10 + i * 4, 40 + (i % 5) * 6) for i in range(30)],
            [(20, 20), (60, 70), (110, 30)]]


def out_for_delivery(db: Database, n: int = 1, *, courier: str = "C5711501",
                     branch: str = "571-15", **kw: object) -> tuple[list[str], int]:
    """n parcels on a printed run of `courier`: (waybills, run id)."""
    from carrier_app.dispatch.assign import assign
    from carrier_app.dispatch.runs import create_run, print_run

    wbs = arrived(db, n, branch=branch, **kw)
    d = dispatcher(branch)
    for wb in wbs:
        with UnitOfWork(db) as uow:
            assign(uow, d, wb, courier)
    with UnitOfWork(db) as uow:
        run = create_run(uow, d, courier)
    with UnitOfWork(db) as uow:
        print_run(uow, d, run.id)
    return wbs, run.id


def pdf_text_and_codes(pdf: bytes) -> tuple[str, list[str]]:
    """All text of a PDF and every barcode decoded from its pages rendered at 203 dpi."""
    import pypdfium2 as pdfium
    import zxingcpp

    doc = pdfium.PdfDocument(pdf)
    text, codes = [], []
    for page in doc:
        tp = page.get_textpage()
        text.append(tp.get_text_range())
        tp.close()
        img = page.render(scale=203 / 72).to_pil()
        codes += [r.text for r in zxingcpp.read_barcodes(img)]
        page.close()
    doc.close()
    return "\n".join(text), codes
