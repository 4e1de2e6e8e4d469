"""Parcel search (issue 13 item 4) on SQLite and PostgreSQL: by waybill, piece code, phone in
full or its last four digits, order ref and name; limited list; LIKE/GLOB characters literal."""

from __future__ import annotations

from decimal import Decimal

import pytest
from acceptance_support import COUNTER
from sqlalchemy import select

from carrier_app.core import s10
from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.roles import Actor, Role
from carrier_app.sorting.routing import load_router
from carrier_app.store import Database, UnitOfWork
from carrier_app.store.models import Merchant, Parcel
from carrier_app.tracking.search import search_parcels
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.service import WaybillInput, create_waybill, update_waybill

CLERK = Actor(None, "clerk", Role.CLERK, station="ws-test", location="571")


def make(db: Database, name: str, phone: str, order_ref: str | None = None,
         pieces: int = 1) -> str:
    allocator = NumberAllocator(db, block_size=10, station="test")
    allocator.ensure(1)
    with UnitOfWork(db) as uow:
        merchant = uow.session.scalar(select(Merchant.id).order_by(Merchant.id)) \
            if order_ref else None
        wb = create_waybill(uow, CLERK, allocator, load_router(uow), WaybillInput(
            recipient_name=name, recipient_phone=phone, recipient_address="文三路 90 号",
            recipient_postcode="310012", recipient_province="浙江省", recipient_city="杭州市",
            recipient_district="西湖区", pieces=pieces, weight_kg=Decimal("1.250"),
            merchant_id=merchant, order_ref=order_ref,
            **({} if merchant else COUNTER))).waybill_no
    return wb


def find(db: Database, text: str, limit: int = 50):
    with UnitOfWork(db) as uow:
        return search_parcels(uow, CLERK, text, limit)


def waybills(result) -> list[str]:
    return [h.waybill_no for h in result.hits]


def test_last_four_phone_digits_on_a_seeded_depot(demo_db):
    from carrier_app.demo.seed import seed
    seed(demo_db, parcels=40)
    with UnitOfWork(demo_db) as uow:
        rows = uow.session.execute(select(Parcel.waybill_no, Parcel.recipient_phone,
                                          Parcel.recipient_phone_last4)).all()
    assert rows and all(last4 == phone[-4:] for _, phone, last4 in rows)
    wb, phone, _ = rows[7]
    result = find(demo_db, phone[-4:])
    assert wb in waybills(result) and not result.more
    assert {h.waybill_no for h in result.hits} == {w for w, p, _ in rows if p[-4:] == phone[-4:]}
    hit = next(h for h in result.hits if h.waybill_no == wb)
    assert hit.matched == "phone_last4" and hit.recipient_phone_masked.endswith(phone[-4:])
    assert "****" in hit.recipient_phone_masked and phone not in str(hit.as_dict())


def test_full_phone_piece_code_waybill_order_ref_and_name(demo_db):
    a = make(demo_db, "欧阳娜娜", "13912340001", "ORD-2026-0001", pieces=2)
    b = make(demo_db, "欧阳修", "13912349999", "ORD-2026-0002")
    c = make(demo_db, "Li Lei", "0571-88886666", "shop#17")
    assert waybills(find(demo_db, "139 1234 0001")) == [a]   # separators as people write
    assert waybills(find(demo_db, "+8613912340001")) == [a]
    assert find(demo_db, "139 1234 0001").hits[0].matched == "phone"
    assert waybills(find(demo_db, "057188886666")) == [c]   # a landline, stored as digits
    assert waybills(find(demo_db, "6666")) == [c]
    assert waybills(find(demo_db, f"{a.lower()}-2")) == [a]
    assert find(demo_db, f"{a}-2").hits[0].matched == "piece"
    assert waybills(find(demo_db, b)) == [b]
    assert waybills(find(demo_db, "ORD-2026-0002")) == [b]
    assert set(waybills(find(demo_db, "ORD-2026"))) == {a, b}
    assert waybills(find(demo_db, "ord-2026-0001")) == [a]    # typed in lower case
    assert find(demo_db, "ORD-2026-0001").hits[0].order_ref == "ORD-2026-0001"
    assert set(waybills(find(demo_db, "欧阳"))) == {a, b}
    assert waybills(find(demo_db, "欧阳娜")) == [a]
    assert waybills(find(demo_db, "Li Lei")) == [c]
    assert waybills(find(demo_db, "shop#1")) == [c]
    hit = find(demo_db, "欧阳娜娜").hits[0]
    assert (hit.recipient_name, hit.matched, hit.status.value) == ("欧阳娜娜", "name", "CREATED")
    assert hit.recipient_address == "浙江省 杭州市 西湖区 文三路 90 号"
    assert hit.updated_at is not None
    assert find(demo_db, "娜娜").hits == []                  # names from their start
    assert find(demo_db, "0002").hits == []                  # no phone ends so, no ref starts so


def test_pattern_characters_are_literal(demo_db):
    pct = make(demo_db, "王五", "13700000001", "A%B_C*D?[E]")
    make(demo_db, "王六", "13700000002", "AXBYC")
    for text in ("A%", "A%B_", "A%B_C*", "A%B_C*D?[", "A%B_C*D?[E]"):
        assert waybills(find(demo_db, text)) == [pct], text
    assert find(demo_db, "A_").hits == [] and find(demo_db, "%").hits == []
    assert find(demo_db, "*").hits == [] and find(demo_db, "?").hits == []


def test_more_than_the_limit_says_so_and_the_phone_follows_an_edit(demo_db):
    made = [make(demo_db, "赵六", f"1380000{i:04d}") for i in range(6)]
    result = find(demo_db, "赵", limit=5)
    assert result.more and len(result.hits) == 5 and set(waybills(result)) < set(made)
    assert not find(demo_db, "赵", limit=6).more
    # Editing the phone keeps the last-four column in step (the ORM path, not the bulk insert).
    with UnitOfWork(demo_db) as uow:
        update_waybill(uow, CLERK, load_router(uow), made[0], WaybillInput(
            recipient_name="赵六", recipient_phone="13655554321", recipient_address="文三路 90 号",
            recipient_postcode="310012", recipient_province="浙江省", recipient_city="杭州市",
            recipient_district="西湖区", weight_kg=Decimal("1.250"),
            **COUNTER))
    assert waybills(find(demo_db, "4321")) == [made[0]]
    assert find(demo_db, "0000").hits == []   # its old number no longer finds it
    assert waybills(find(demo_db, "0001")) == [made[1]]


def test_refusals(demo_db):
    with pytest.raises(ValidationError):
        find(demo_db, "   ")
    with pytest.raises(ValidationError):
        find(demo_db, "x" * 65)
    wb = s10.make("AA", 12345)
    misread = wb[:10] + str((int(wb[10]) + 1) % 10) + wb[11:]
    with pytest.raises(ValidationError, match="check digit"):
        find(demo_db, misread)
    with pytest.raises(NotFound, match="no such waybill"):
        find(demo_db, wb)


def test_revision_0012_fills_the_last_four_digits_of_existing_parcels(demo_db):
    from alembic import command
    from alembic.config import Config

    from carrier_app.store.schema import MIGRATIONS, check, upgrade

    mobile = make(demo_db, "钱七", "13512344321")
    landline = make(demo_db, "孙八", "0571-87654321")

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with demo_db.engine.begin() as conn:  # parcels as they were before the column existed
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011")
    assert check(demo_db) == "behind"
    upgrade(demo_db)
    with UnitOfWork(demo_db) as uow:
        got = {w: last4 for w, last4 in uow.session.execute(
            select(Parcel.waybill_no, Parcel.recipient_phone_last4))}
    assert got == {mobile: "4321", landline: "4321"}
    assert set(waybills(find(demo_db, "4321"))) == {mobile, landline}
