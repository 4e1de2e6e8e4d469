"""Helpers for the hub-operations tests: parcels for the demo network, moved along the flow."""

from __future__ import annotations

from decimal import Decimal

from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Role
from carrier_app.sorting.routing import load_router
from carrier_app.store import Database, UnitOfWork
from carrier_app.tracking.scans import append_scan
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.service import WaybillInput, create_waybill
from tests.acceptance_support import COUNTER

SUP = Actor(None, "sup", Role.SUPERVISOR, station="t", location="571")
# postcode -> branch in the demo network
TO_571_12, TO_571_15, TO_021_03 = "310012", "310051", "200120"


def make_parcels(db: Database, n: int = 1, *, postcode: str = TO_571_12, district: str = "",
                 weight: str = "1.000", merchant_id: int | None = 1,
                 steps: tuple[Event, ...] = ()) -> list[str]:
    alloc = NumberAllocator(db, block_size=max(n, 10))
    alloc.ensure(n)
    with UnitOfWork(db) as uow:
        router = load_router(uow)
        out = [create_waybill(uow, SUP, alloc, router, WaybillInput(
            recipient_name="张三", recipient_phone="13800001111", recipient_address="某路 1 号",
            recipient_postcode=postcode, recipient_district=district,
            recipient_province="新疆维吾尔自治区" if not postcode and not district else "",
            weight_kg=Decimal(weight), merchant_id=merchant_id, **COUNTER)).waybill_no
            for _ in range(n)]
        uow.commit()
    for wb in out:
        for ev in steps:
            with UnitOfWork(db) as uow:
                append_scan(uow, SUP, wb, ev)
                uow.commit()
    return out


def events_of(db: Database, waybill: str) -> list[tuple[str, str | None]]:
    from sqlalchemy import text
    with UnitOfWork(db) as uow:
        return [(e, s) for e, s in uow.session.execute(text(
            "select e.event, e.status_after from scan_events e join parcels p "
            "on p.id = e.parcel_id where p.waybill_no = :w order by e.id"), {"w": waybill})]


def status_of(db: Database, waybill: str) -> str:
    from sqlalchemy import text
    with UnitOfWork(db) as uow:
        return uow.session.execute(text("select status from parcels where waybill_no = :w"),
                                   {"w": waybill}).scalar_one()
