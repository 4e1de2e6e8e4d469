"""A stated quantity over its limit (200 Wh, 5 L) needs a supervisor's override like a
listed word, on every way in (the waybill service the form, import and CLI share); SQLite
and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from carrier_app.core.errors import PermissionDenied, ValidationError
from carrier_app.core.roles import Actor, Role
from carrier_app.sorting.routing import load_router
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel, ScanEvent
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.service import WaybillInput, create_waybill
from delivery_support import SUPERVISOR
from tests.acceptance_support import COUNTER

CLERK = Actor(None, "clerk", Role.CLERK, station="ws-1", location="571")
SPEAKER = WaybillInput(recipient_name="张三", recipient_phone="13812345678",
                       recipient_address="文三路 90 号", recipient_postcode="310012",
                       weight_kg=Decimal("2"), contents="蓝牙音箱 内置电池 150Wh",
                       **COUNTER)  # type: ignore[arg-type]


def make(db, data, who=CLERK):
    alloc = NumberAllocator(db, block_size=10)
    alloc.ensure(1)
    with UnitOfWork(db) as uow:
        out = create_waybill(uow, who, alloc, load_router(uow), data)
        uow.commit()
    return out.waybill_no


def test_a_battery_over_100_wh_needs_a_supervisors_override(demo_db):
    with pytest.raises(ValidationError) as e:
        make(demo_db, SPEAKER)
    assert e.value.field == "contents"
    assert "battery 150 Wh over the 100 Wh limit" in e.value.message
    with pytest.raises(PermissionDenied):
        make(demo_db, replace(SPEAKER, override_reason="电池已拆下"))
    wb = make(demo_db, replace(SPEAKER, override_reason="航空件以外, 陆运"), SUPERVISOR)
    with UnitOfWork(demo_db) as uow:
        details = json.loads(uow.session.scalar(select(ScanEvent.details).join(Parcel).where(
            Parcel.waybill_no == wb, ScanEvent.event == "CREATE")))
    assert details["override"]["words"] == ["battery 150 Wh over the 100 Wh limit"]


def test_quantities_within_the_limits_pass_and_a_liquid_over_is_refused(demo_db):
    make(demo_db, replace(SPEAKER, contents="蓝牙音箱 内置电池 50Wh, 矿泉水 500ml"))
    with pytest.raises(ValidationError, match="liquid 5000 ml over the 1000 ml limit"):
        make(demo_db, replace(SPEAKER, contents="花生油 5L"))
