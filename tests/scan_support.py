"""Helpers for tests that need parcels: create them through the real service."""

from __future__ import annotations

from decimal import Decimal

from carrier_app.core.roles import Actor, Role
from carrier_app.sorting.routing import load_router
from carrier_app.store import Database, UnitOfWork
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.service import WaybillInput, create_waybill
from tests.acceptance_support import COUNTER

CLERK = Actor(None, "clerk", Role.CLERK, station="ws-test", location="571")


def make_parcels(db: Database, n: int = 1, *, pieces: int = 1, postcode: str = "310012",
                 cod: str = "0", actor: Actor = CLERK) -> list[str]:
    allocator = NumberAllocator(db, block_size=max(n, 10), station="test")
    allocator.ensure(n)
    with UnitOfWork(db) as uow:
        router = load_router(uow)
        out = [create_waybill(uow, actor, allocator, router, WaybillInput(
            recipient_name="张三", recipient_phone="13812345678",
            recipient_address="文三路 90 号", recipient_postcode=postcode,
            recipient_province="浙江省", recipient_city="杭州市", recipient_district="西湖区",
            pieces=pieces, weight_kg=Decimal("1.250"), cod=Decimal(cod), **COUNTER)).waybill_no
            for _ in range(n)]
        uow.commit()
    return out
