"""The parcel's money at delivery (issue 14 item 5) on SQLite and PostgreSQL: the courier
collects COD + 到付 freight, the cash-up expects both per parcel and per method, a refused
到付 parcel moves its freight back to the sender's account."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from carrier_app.core.errors import ValidationError
from carrier_app.delivery import attempts as F
from carrier_app.delivery import pod as D
from carrier_app.finance import cashup as C
from carrier_app.finance.freight_charges import charge_back, charges_for
from carrier_app.store import UnitOfWork
from carrier_app.store.models import FreightCharge, Parcel, ProofOfDelivery
from delivery_support import (
    dispatcher, finance, out_for_delivery, pdf_text_and_codes, strokes,
)

D15 = dispatcher("571-15")
#: Beijing (M003, no contract, no discount) to Hangzhou, standard, 1 kg: the demo card's
#: public * -> * row, 12.00.
DAOFU = {"merchant": "M003", "payer": "RECEIVER"}


def deliver(db, wb, collected=None, method="cash"):
    with UnitOfWork(db) as uow:
        return D.deliver(uow, D15, D.DeliveryInput(wb, "张三", "SELF", strokes(),
                                                   payment_method=method, collected=collected))


def test_daofu_12_and_cod_100_expects_112_at_cash_up(demo_db):
    (wb,), _ = out_for_delivery(demo_db, 1, cod="100.00", **DAOFU)
    with UnitOfWork(demo_db) as uow:
        info = D.lookup(uow, D15, wb)
    assert (info.cod, info.freight, info.to_collect) == (Decimal("100.00"), Decimal("12.00"),
                                                         Decimal("112.00"))
    assert info.collect_text() == "collect ¥112.00: COD ¥100.00 + freight ¥12.00"
    # Only the COD, or nothing said: refused, naming what to collect; nothing recorded.
    for wrong in (Decimal("100.00"), None, Decimal("112.01")):
        with pytest.raises(ValidationError) as e:
            deliver(demo_db, wb, wrong)
        assert "collect ¥112.00: COD ¥100.00 + freight ¥12.00" in e.value.message
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(ProofOfDelivery.id)) is None
    done = deliver(demo_db, wb, Decimal("112.00"), "transfer")
    assert (done.cod, done.freight) == (Decimal("100.00"), Decimal("12.00"))
    with UnitOfWork(demo_db) as uow:     # the 签收单 says what was collected
        text, _ = pdf_text_and_codes(D.pod_pdf(uow, D15, [wb]))
    assert "COD ¥100.00 (transfer)" in text and "到付运费 Freight ¥12.00 (transfer)" in text
    fin = finance()
    with UnitOfWork(demo_db) as uow:
        cu = C.open_cashup(uow, fin, "C5711501")
    assert cu.expected == Decimal("112.00")
    assert {x.method: x.expected for x in cu.lines} == {"cash": 0, "transfer": Decimal("112.00")}
    assert [(p.waybill_no, p.cod, p.freight, p.method, p.total) for p in cu.parcels] == [
        (wb, Decimal("100.00"), Decimal("12.00"), "transfer", Decimal("112.00"))]
    with UnitOfWork(demo_db) as uow:
        cu = C.declare(uow, fin, cu.id, {"transfer": "112.00"})
    assert cu.status == "CLOSED"


def test_daofu_without_cod_is_collected_and_counted(demo_db):
    (wb,), _ = out_for_delivery(demo_db, 1, **DAOFU)
    with pytest.raises(ValidationError, match="cash or transfer"):
        deliver(demo_db, wb, Decimal("12.00"), method="")
    deliver(demo_db, wb, Decimal("12.00"))
    with UnitOfWork(demo_db) as uow:
        cu = C.open_cashup(uow, finance(), "C5711501")
    assert cu.expected == Decimal("12.00") and len(cu.parcels) == 1


def test_a_refused_daofu_parcel_moves_12_back_to_the_sender(demo_db):
    (wb,), _ = out_for_delivery(demo_db, 1, cod="100.00", **DAOFU)
    with UnitOfWork(demo_db) as uow:
        out = F.fail(uow, D15, wb, "REFUSED")
    assert out.returning
    fin = finance()
    with UnitOfWork(demo_db) as uow:
        rows = charges_for(uow, fin, "M003")
        cu = C.open_cashup(uow, fin, "C5711501")
    assert [(r.waybill_no, r.party, r.amount, r.reason) for r in rows] == [
        (wb, "M003", Decimal("12.00"), "REFUSED")]
    assert cu.expected == 0 and cu.parcels == []      # the courier collected nothing
    # Charged once: a second charge of the same parcel adds nothing.
    with UnitOfWork(demo_db) as uow:
        p = uow.session.scalar(select(Parcel).where(Parcel.waybill_no == wb))
        assert charge_back(uow, fin, p, "REFUSED") == 0
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(FreightCharge.amount_fen)) == 1200
        assert len(charges_for(uow, fin)) == 1


def test_a_walk_in_senders_refused_daofu_is_charged_to_the_sender_by_name(demo_db):
    (wb,), _ = out_for_delivery(demo_db, 1, **{**DAOFU, "merchant": None})
    with UnitOfWork(demo_db) as uow:
        F.fail(uow, D15, wb, "REFUSED")
    with UnitOfWork(demo_db) as uow:
        rows = charges_for(uow, finance())
    assert [(r.merchant_code, r.party, r.amount) for r in rows] == [("", "王五",
                                                                      Decimal("12.00"))]


def test_a_sender_paid_parcel_refused_charges_nothing_back(demo_db):
    (wb,), _ = out_for_delivery(demo_db, 1, cod="10.00")
    with UnitOfWork(demo_db) as uow:
        F.fail(uow, D15, wb, "REFUSED")
    with UnitOfWork(demo_db) as uow:
        assert charges_for(uow, finance()) == []


# One run of parcels: COD in fen (0: none), 到付 or not, and what happened at the door.
OUTCOMES = st.sampled_from(["cash", "transfer", "REFUSED"])
PARCEL = st.tuples(st.sampled_from([0, 1, 5990, 10000]), st.booleans(), OUTCOMES)


@settings(max_examples=5, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(st.lists(PARCEL, min_size=1, max_size=4))
def test_cash_up_total_is_the_sum_of_per_parcel_amounts(demo_db, run):
    """Random runs: mixed COD, 到付, methods and refusals. The cash-up expects exactly the sum
    over delivered parcels of COD + 到付 due, per method; refused 到付 parcels are charged
    back once and not expected from the courier; every example closes its cash-up, so the
    next one must count only its own parcels (nothing counted twice)."""
    expected: dict[str, int] = {"cash": 0, "transfer": 0}
    charged = 0
    wbs = []
    for cod, daofu, outcome in run:
        (wb,), _ = out_for_delivery(demo_db, 1, cod=str(Decimal(cod) / 100),
                                    **(DAOFU if daofu else {}))
        wbs.append(wb)
        freight = 1200 if daofu else 0
        if outcome == "REFUSED":
            with UnitOfWork(demo_db) as uow:
                F.fail(uow, D15, wb, "REFUSED")
            charged += freight
        else:
            deliver(demo_db, wb, Decimal(cod + freight) / 100 if cod + freight else None,
                    outcome)
            expected[outcome] += cod + freight
    fin = finance()
    with UnitOfWork(demo_db) as uow:
        cu = C.open_cashup(uow, fin, "C5711501")
        rows = [r for r in charges_for(uow, fin) if r.waybill_no in wbs]
    assert {x.method: int(x.expected * 100) for x in cu.lines} == expected
    assert int(cu.expected * 100) == sum(expected.values()) == sum(
        int(p.total * 100) for p in cu.parcels)
    assert len({p.waybill_no for p in cu.parcels}) == len(cu.parcels)
    assert {p.waybill_no for p in cu.parcels} <= set(wbs)
    assert sum(int(r.amount * 100) for r in rows) == charged
    with UnitOfWork(demo_db) as uow:
        C.declare(uow, fin, cu.id, {m: str(Decimal(f) / 100) for m, f in expected.items()})


def test_the_run_sheet_tells_the_courier_the_daofu_freight_to_collect(demo_db):
    from carrier_app.dispatch.runs import run_sheet
    from carrier_app.documents.run_sheet import render_run_sheet

    (wb,), run = out_for_delivery(demo_db, 1, cod="100.00", **DAOFU)
    with UnitOfWork(demo_db) as uow:
        sheet = run_sheet(uow, D15, run)
    assert [(x.cod, x.freight) for x in sheet.lines] == [(Decimal("100.00"), Decimal("12.00"))]
    text, codes = pdf_text_and_codes(render_run_sheet(sheet))
    assert "+到付 ¥12.00" in text and wb in codes
    assert "COD to collect ¥100.00 + 到付运费 freight ¥12.00" in text


def test_a_multi_piece_daofu_parcel_collects_once_with_the_last_piece(demo_db):
    (wb,), _ = out_for_delivery(demo_db, 1, pieces=2, **DAOFU)
    done = deliver(demo_db, f"{wb}-1", None)            # nothing due with the first piece
    assert not done.complete and done.freight == 0
    with pytest.raises(ValidationError, match="collect ¥12.00: freight ¥12.00"):
        deliver(demo_db, f"{wb}-2", None)
    assert deliver(demo_db, f"{wb}-2", Decimal("12")).freight == Decimal("12.00")
    with UnitOfWork(demo_db) as uow:
        cu = C.open_cashup(uow, finance(), "C5711501")
    assert cu.expected == Decimal("12.00") and len(cu.parcels) == 1
