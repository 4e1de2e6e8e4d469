"""Declared-value insurance (保价, issue 14 item 3) on SQLite and PostgreSQL: printed on the
PDF and ZPL labels (with 已验视 and 补打 marks), claims capped at the declared value or, when
not insured, at a multiple of the freight; an insured amount over the cap refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from carrier_app.core.errors import ValidationError
from carrier_app.core.roles import Actor, Role
from carrier_app.problems import service as problems
from carrier_app.sorting.routing import load_router
from carrier_app.store import UnitOfWork
from carrier_app.waybill.labels_service import print_labels, render_labels
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.service import WaybillInput, create_waybill
from delivery_support import SUPERVISOR, arrived, pdf_text_and_codes
from tests.acceptance_support import COUNTER

SECOND = Actor(None, "chief", Role.SUPERVISOR, station="ws-2", location="571")


def waybill(db, **kw):
    alloc = NumberAllocator(db, block_size=10)
    alloc.ensure(1)
    data = {"recipient_name": "张三", "recipient_phone": "13800001111",
            "recipient_address": "文三路 90 号", "recipient_postcode": "310012",
            "weight_kg": Decimal("1"), **COUNTER, **kw}
    with UnitOfWork(db) as uow:
        out = create_waybill(uow, SUPERVISOR, alloc, load_router(uow), WaybillInput(**data))
        uow.commit()
    return out.waybill_no


def zpl_of(uow, waybills, **kw) -> str:
    """The ZPL labels the print use case makes (PDF: render_labels, what a preview shows)."""
    return print_labels(uow, SUPERVISOR, waybills, fmt="zpl", **kw).document.decode()


def test_the_label_prints_the_insured_value_its_fee_and_the_inspection(demo_db):
    insured = waybill(demo_db, declared_value=Decimal("5000"))
    plain = waybill(demo_db, inspected=False, inspection_note="sealed by the sender")
    with UnitOfWork(demo_db) as uow:
        pdf = render_labels(uow, SUPERVISOR, [insured])
    text, codes = pdf_text_and_codes(pdf)
    assert "保价 Insured ¥5,000.00 保费 ¥25.00" in text    # 5 ‰ of 5,000
    assert "已验视" in text and insured in codes
    with UnitOfWork(demo_db) as uow:
        text, codes = pdf_text_and_codes(render_labels(uow, SUPERVISOR, [plain]))
    assert "保价" not in text and "已验视" not in text and plain in codes
    with UnitOfWork(demo_db) as uow:
        zpl = zpl_of(uow, [insured], reprint=True)
    assert "Insured CNY 5,000.00 fee CNY 25.00" in zpl
    assert "^FDREPRINT^FS" in zpl and "^FDINSPECTED^FS" in zpl
    with UnitOfWork(demo_db) as uow:
        zpl = zpl_of(uow, [plain], cjk_font="E:SIMSUN.TTF")
    assert "Insured" not in zpl and "保价" not in zpl
    assert "REPRINT" not in zpl and "INSPECTED" not in zpl
    with UnitOfWork(demo_db) as uow:
        zpl = zpl_of(uow, [insured], reprint=True, cjk_font="E:SIMSUN.TTF")
    assert "保价 ¥5,000.00 保费 ¥25.00" in zpl
    assert "补打 REPRINT" in zpl and "已验视 INSPECTED" in zpl


def test_an_insured_amount_over_the_cap_is_refused_naming_it(demo_db):
    with pytest.raises(ValidationError) as e:
        waybill(demo_db, declared_value=Decimal("20000.01"))
    assert e.value.params["reason"] == "insured_over_cap"
    assert "over the cap of ¥20000.00" in e.value.message


def claim(db, wb, amount):
    with UnitOfWork(db) as uow:
        return problems.resolve(uow, SUPERVISOR, wb, "claim", amount=amount)


def test_an_uninsured_claim_is_capped_at_three_times_the_freight(demo_db, monkeypatch):
    a, b = arrived(demo_db, 2, merchant="M003")         # freight 12.00 each, not insured
    for wb in (a, b):
        with UnitOfWork(demo_db) as uow:
            problems.register_problem(uow, SUPERVISOR, wb, "DAMAGED")
    with pytest.raises(ValidationError) as e:
        claim(demo_db, a, Decimal("36.01"))
    assert e.value.params["reason"] == "claim_cap" and e.value.params["cap"] == "36.00"
    assert "capped at the 3× the freight (not insured) ¥36.00" in e.value.message
    out = claim(demo_db, a, None)                       # no amount: the cap
    assert "¥36.00" in out.message
    with UnitOfWork(demo_db) as uow:
        problems.approve(uow, SECOND, a)
    with UnitOfWork(demo_db) as uow:
        (row,) = problems.list_problems(uow, SUPERVISOR, waybill=a)
    assert row.claim_amount == Decimal("36.00")
    # The multiple is a term of the carrier's, like the insurance rate.
    monkeypatch.setenv("CARRIER_CLAIM_FREIGHT_MULTIPLE", "2")
    with pytest.raises(ValidationError, match="2× the freight .* ¥24.00"):
        claim(demo_db, b, Decimal("24.01"))
    claim(demo_db, b, Decimal("24.00"))


def test_an_insured_claim_is_capped_at_the_declared_value_not_the_freight(demo_db):
    wb = waybill(demo_db, declared_value=Decimal("5000"))
    with UnitOfWork(demo_db) as uow:
        problems.register_problem(uow, SUPERVISOR, wb, "MISSING")
    with pytest.raises(ValidationError, match="capped at the declared value ¥5,000.00"):
        claim(demo_db, wb, Decimal("5000.01"))
    assert "¥5,000.00" in claim(demo_db, wb, Decimal("5000")).message
