"""Creating a waybill is idempotent per client key, and a CREATED waybill can be corrected
from its form (issue 10 item 3), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from carrier_app.core.errors import IllegalTransition, ValidationError
from carrier_app.core.lifecycle import Event
from carrier_app.sorting.routing import load_router
from carrier_app.store import UnitOfWork
from carrier_app.store.models import AuditLog, Parcel, Piece
from carrier_app.tracking.scans import append_scan
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.service import WaybillInput, create_waybill, update_waybill
from tests.acceptance_support import COUNTER

DATA = WaybillInput(recipient_name="张三", recipient_phone="13812345678",
                    recipient_address="文三路 90 号", recipient_postcode="310012",
                    weight_kg=Decimal("1.250"), cod=Decimal("59.90"), **COUNTER)


@pytest.fixture
def kit(demo_db, actor):
    with UnitOfWork(demo_db) as uow:
        router = load_router(uow)
    allocator = NumberAllocator(demo_db, block_size=10, station="test")
    allocator.ensure(5)
    return demo_db, actor("clerk"), allocator, router


def count(db, **where) -> int:  # type: ignore[no-untyped-def]
    with UnitOfWork(db) as uow:
        q = select(func.count()).select_from(Parcel)
        for k, v in where.items():
            q = q.where(getattr(Parcel, k) == v)
        return uow.session.scalar(q) or 0


def test_the_same_client_key_gives_the_same_waybill(kit):
    db, clerk, allocator, router = kit
    with UnitOfWork(db) as uow:
        first = create_waybill(uow, clerk, allocator, router, DATA, client_key="k-1")
    with UnitOfWork(db) as uow:
        again = create_waybill(uow, clerk, allocator, router, DATA, client_key="k-1")
        other = create_waybill(uow, clerk, allocator, router, DATA, client_key="k-2")
    assert not first.existing and again.existing and not other.existing
    assert again.waybill_no == first.waybill_no != other.waybill_no
    assert again.sort_code == first.sort_code
    assert count(db) == 2 and count(db, client_key="k-1") == 1


def test_two_saves_racing_with_one_key_make_one_waybill(kit):
    """A double click whose two saves run at once (two connections): the key is unique in
    the database, so the loser gets the winner's waybill."""
    db, clerk, allocator, router = kit
    start = threading.Barrier(2)
    out, errors = [], []

    def save() -> None:
        try:
            start.wait()
            with UnitOfWork(db) as uow:
                out.append(create_waybill(uow, clerk, allocator, router, DATA,
                                          client_key="race"))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=save) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert len({c.waybill_no for c in out}) == 1 and len(out) == 2
    assert count(db, client_key="race") == 1 and count(db) == 1


def test_update_changes_the_fields_routes_again_and_is_audited(kit):
    db, clerk, allocator, router = kit
    with UnitOfWork(db) as uow:
        wb = create_waybill(uow, clerk, allocator, router, DATA, client_key="k").waybill_no
    changed = WaybillInput(**{**DATA.__dict__, "recipient_name": "李四", "pieces": 2,
                              "recipient_postcode": "", "recipient_province": "上海市",
                              "recipient_city": "上海市", "recipient_district": "徐汇区",
                              "cod": Decimal("0")})
    with UnitOfWork(db) as uow:
        out = update_waybill(uow, clerk, router, wb, changed)
    assert out.waybill_no == wb and out.sort_code.startswith("021-08")
    assert set(out.changed) >= {"recipient_name", "pieces", "cod_fen", "sort_code"}
    with UnitOfWork(db) as uow:
        p = uow.session.scalar(select(Parcel).where(Parcel.waybill_no == wb))
        assert (p.recipient_name, p.pieces, p.cod_fen) == ("李四", 2, 0)
        assert uow.session.scalars(select(Piece.piece_no).where(Piece.parcel_id == p.id)
                                   .order_by(Piece.piece_no)).all() == [1, 2]
        assert uow.session.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.action == "waybill.update", AuditLog.entity_id == wb)) == 1
    with UnitOfWork(db) as uow:
        assert update_waybill(uow, clerk, router, wb, changed).changed == ()
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as bad:
        update_waybill(uow, clerk, router, wb, WaybillInput(**{**changed.__dict__,
                                                                "recipient_phone": "123"}))
    assert bad.value.field == "recipient_phone"


def test_a_picked_up_waybill_can_no_longer_be_edited(kit, actor):
    db, clerk, allocator, router = kit
    with UnitOfWork(db) as uow:
        wb = create_waybill(uow, clerk, allocator, router, DATA).waybill_no
    with UnitOfWork(db) as uow:
        append_scan(uow, actor("supervisor"), wb, Event.PICKUP)
        uow.commit()
    with UnitOfWork(db) as uow, pytest.raises(IllegalTransition) as refused:
        update_waybill(uow, clerk, router, wb, WaybillInput(**{**DATA.__dict__,
                                                                "recipient_name": "李四"}))
    assert "PICKED_UP" in refused.value.message and "can no longer be edited" in \
        refused.value.message
    with UnitOfWork(db) as uow:
        assert uow.session.scalar(select(Parcel.recipient_name)
                                  .where(Parcel.waybill_no == wb)) == "张三"
