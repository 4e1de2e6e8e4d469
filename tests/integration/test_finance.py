"""Courier cash-up and merchant settlement on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from carrier_app.core.errors import PermissionDenied, ValidationError
from carrier_app.delivery import pod as D
from carrier_app.dispatch.common import today
from carrier_app.finance import cashup as C
from carrier_app.finance import settlement as S
from carrier_app.finance.export import to_csv, to_xlsx
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel
from delivery_support import dispatcher, finance, out_for_delivery, pdf_text_and_codes, strokes
from tests.plan_support import query_plan

D15 = dispatcher("571-15")


def deliver_all(db, wbs, method="cash"):
    for wb in wbs:
        with UnitOfWork(db) as uow:
            D.deliver(uow, D15, D.DeliveryInput(wb, "张三", "SELF", strokes(),
                                                payment_method=method))


def test_cashup_exact_closes_and_is_immutable(demo_db):
    wbs, _ = out_for_delivery(demo_db, 2, cod="59.90")
    deliver_all(demo_db, wbs[:1], "cash")
    deliver_all(demo_db, wbs[1:], "transfer")
    fin = finance()
    with UnitOfWork(demo_db) as uow:
        cu = C.open_cashup(uow, fin, "C5711501")
    assert cu.status == "OPEN" and cu.expected == Decimal("119.80")
    assert {x.method: x.expected for x in cu.lines} == {"cash": Decimal("59.90"),
                                                        "transfer": Decimal("59.90")}
    with UnitOfWork(demo_db) as uow:
        cu = C.declare(uow, fin, cu.id, {"cash": "59.90", "transfer": "59.9"})
    assert cu.status == "CLOSED" and cu.variance == 0
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        C.declare(uow, fin, cu.id, {"cash": "1"})
    # a new cash-up does not count the same parcels again
    with UnitOfWork(demo_db) as uow:
        again = C.open_cashup(uow, fin, "C5711501")
    assert again.id != cu.id and again.expected == 0 and again.parcels == []


def test_variance_needs_approval_with_reason_by_someone_else(demo_db):
    wbs, _ = out_for_delivery(demo_db, 1, cod="100.00")
    deliver_all(demo_db, wbs)
    fin, boss = finance("fin"), finance("fin-boss")
    with UnitOfWork(demo_db) as uow:
        cu = C.open_cashup(uow, fin, "C5711501")
    with UnitOfWork(demo_db) as uow:
        cu = C.declare(uow, fin, cu.id, {"cash": "99.50"})
    assert cu.status == "PENDING" and cu.variance == Decimal("-0.50")
    with UnitOfWork(demo_db) as uow, pytest.raises(PermissionDenied):
        C.approve_variance(uow, fin, cu.id, "short change")
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        C.approve_variance(uow, boss, cu.id, "  ")
    with UnitOfWork(demo_db) as uow, pytest.raises(PermissionDenied):
        C.approve_variance(uow, dispatcher(), cu.id, "x")
    with UnitOfWork(demo_db) as uow:
        cu = C.approve_variance(uow, boss, cu.id, "short change")
    assert cu.status == "CLOSED" and cu.approval == ("fin-boss", "short change")
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        C.approve_variance(uow, boss, cu.id, "again")


@pytest.mark.parametrize("bad", ["-5", "abc", "1.234", "NaN"])
def test_bad_cash_amounts(demo_db, bad):
    fin = finance()
    with UnitOfWork(demo_db) as uow:
        cu = C.open_cashup(uow, fin, "C5711501")
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        C.declare(uow, fin, cu.id, {"cash": bad})
    assert e.value.field == "cash"


def test_cashup_by_clerk_or_dispatcher_is_refused(demo_db, actor):
    with UnitOfWork(demo_db) as uow:
        for who in (actor("clerk"), dispatcher()):
            with pytest.raises(PermissionDenied):
                C.open_cashup(uow, who, "C5711501")


def test_settlement_statement_and_never_twice(demo_db):
    wbs, _ = out_for_delivery(demo_db, 3, cod="10.01")
    deliver_all(demo_db, wbs[:2])
    fin = finance()
    d0, d1 = today() - timedelta(days=1), today() + timedelta(days=1)
    with UnitOfWork(demo_db) as uow:
        pv = S.preview(uow, fin, "M001", d0, d1)
    assert pv.lines == [] and sorted(pv.pending) == sorted(wbs[:2])  # cash-up not closed
    with UnitOfWork(demo_db) as uow:
        cu = C.open_cashup(uow, fin, "C5711501")
    with UnitOfWork(demo_db) as uow:
        C.declare(uow, fin, cu.id, {"cash": "20.02"})
    with UnitOfWork(demo_db) as uow:
        st = S.settle(uow, fin, "M001", d0, d1)
    assert st.statement_no and st.delivered_count == 2
    # Priced by the rate card (billed monthly): no flat fee on top of the freight (issue 14).
    assert st.cod_total == Decimal("20.02") and st.fee_total == Decimal("0.00")
    assert st.net_total == Decimal("20.02")
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        S.settle(uow, fin, "M001", d0, d1)
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        S.preview(uow, fin, "M001", d1, d0)
    with UnitOfWork(demo_db) as uow, pytest.raises(PermissionDenied):
        S.preview(uow, dispatcher(), "M001", d0, d1)
    rows = list(csv.reader(io.StringIO(to_csv(st).decode("utf-8-sig"))))
    assert rows[-1][4:] == ["20.02", "0.00", "20.02"]
    ws = load_workbook(io.BytesIO(to_xlsx(st))).active
    assert ws.cell(ws.max_row, 7).value == pytest.approx(20.02)
    from carrier_app.documents.statement import render_statement
    text, codes = pdf_text_and_codes(render_statement(st))
    assert st.statement_no in codes
    assert "结算单" in text and "20.02" in text and "杭州云杉服饰" in text


def test_the_fee_set_on_the_merchant_is_what_the_statement_deducts(demo_db):
    from dataclasses import fields

    from carrier_app.pickup import merchants as M
    from delivery_support import SUPERVISOR

    def with_fee(fee):
        row = M.get_merchant(uow, SUPERVISOR, "M001")
        return M.MerchantData(**{f.name: getattr(row, f.name) for f in fields(M.MerchantData)
                                 if f.name != "fee_per_parcel"}, fee_per_parcel=fee), row.id

    with UnitOfWork(demo_db) as uow:
        for bad, reason in (("-1", "negative"), ("abc", "amount"), ("5000", "over_cap")):
            data, mid = with_fee(bad)
            with pytest.raises(ValidationError) as e:
                M.save_merchant(uow, SUPERVISOR, data, merchant_id=mid)
            assert (e.value.field, e.value.params["reason"]) == ("fee_per_parcel", reason)
        data, mid = with_fee("1.25")
        M.save_merchant(uow, SUPERVISOR, data, merchant_id=mid)
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        assert M.get_merchant(uow, SUPERVISOR, "M001").fee_per_parcel == Decimal("1.25")
    wbs, _ = out_for_delivery(demo_db, 2, cod="10.00")
    with UnitOfWork(demo_db) as uow:  # the fee stands in for freight: parcels not priced
        uow.session.execute(update(Parcel).where(Parcel.waybill_no.in_(wbs))
                            .values(freight_fen=None))
        uow.commit()
    deliver_all(demo_db, wbs)
    fin = finance()
    with UnitOfWork(demo_db) as uow:
        cu = C.open_cashup(uow, fin, "C5711501")
    with UnitOfWork(demo_db) as uow:
        C.declare(uow, fin, cu.id, {"cash": "20.00"})
    with UnitOfWork(demo_db) as uow:
        st = S.settle(uow, fin, "M001", today() - timedelta(days=1), today() + timedelta(days=1))
    assert (st.cod_total, st.fee_total, st.net_total) == (
        Decimal("20.00"), Decimal("2.50"), Decimal("17.50"))


def test_counter_pickup_cod_is_reconciled_by_the_branch_counter(demo_db):
    from delivery_support import arrived

    (wb,) = arrived(demo_db, 1, cod="25.00")
    with UnitOfWork(demo_db) as uow:
        D.deliver(uow, D15, D.DeliveryInput(wb, "张三", "SELF", strokes(), counter_pickup=True,
                                            payment_method="transfer"))
    fin = finance()
    with UnitOfWork(demo_db) as uow:
        courier = C.open_cashup(uow, fin, "C5711501")
    assert courier.parcels == []
    with UnitOfWork(demo_db) as uow:
        counter = C.open_counter_cashup(uow, fin, "571-15")
    assert counter.courier_code == "571-15" and [p[0] for p in counter.parcels] == [wb]
    assert {x.method: x.expected for x in counter.lines}["transfer"] == Decimal("25.00")
    with UnitOfWork(demo_db) as uow:
        assert C.declare(uow, fin, counter.id, {"transfer": "25"}).status == "CLOSED"
    with UnitOfWork(demo_db) as uow:
        st = S.preview(uow, fin, "M001", today(), today())
    assert [x.waybill_no for x in st.lines] == [wb] and st.pending == []


def test_finding_the_parcels_not_yet_counted_does_not_read_every_parcel_ever_counted(demo_db):
    """The cash-up's new parcels are an anti-join on cash_up_parcels' unique parcel_id: on
    PostgreSQL a NOT IN (subquery) hashes the whole table - every parcel ever counted - on
    every cash-up (58 ms at 190,000 counted parcels, 0.12 ms as an anti-join)."""
    from sqlalchemy import event

    wbs, _ = out_for_delivery(demo_db, 1, cod="10.00")
    deliver_all(demo_db, wbs)
    sent: list[tuple[str, object]] = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().startswith("INSERT INTO cash_up_parcels"):
            sent.append((statement, parameters))

    event.listen(demo_db.engine, "before_cursor_execute", keep)
    try:
        with UnitOfWork(demo_db) as uow:
            assert C.open_cashup(uow, finance(), "C5711501").expected == Decimal("10.00")
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", keep)
    [(statement, parameters)] = sent
    assert "NOT IN" not in statement.upper() and "NOT (EXISTS" in statement.upper()
    if not demo_db.is_sqlite:
        with UnitOfWork(demo_db) as uow:
            plan = "\n".join(r[0] for r in uow.conn.exec_driver_sql(
                "EXPLAIN " + statement, parameters))
        assert "Anti Join" in plan and "hashed SubPlan" not in plan, plan


def _counted(db, wbs):
    from sqlalchemy import select

    from carrier_app.store.models import ProofOfDelivery
    with UnitOfWork(db) as uow:
        return dict(uow.session.execute(
            select(Parcel.waybill_no, ProofOfDelivery.counted)
            .join(ProofOfDelivery, ProofOfDelivery.parcel_id == Parcel.id)
            .where(Parcel.waybill_no.in_(wbs))).all())


def test_a_cash_up_marks_its_deliveries_counted_and_0021_marks_those_counted_before_it(
        demo_db):
    """A cash-up marks the deliveries it counts (proofs_of_delivery.counted, migration 0021);
    the next one reads only those still to count. A database with cash-ups made before 0021
    gets the same marks from cash_up_parcels."""
    from tests.integration.test_migrations import _alembic

    wbs, _ = out_for_delivery(demo_db, 3, cod="10.00")
    deliver_all(demo_db, wbs[:2])
    fin = finance()
    with UnitOfWork(demo_db) as uow:
        cu = C.open_cashup(uow, fin, "C5711501")
    with UnitOfWork(demo_db) as uow:
        C.declare(uow, fin, cu.id, {"cash": "20.00"})
    deliver_all(demo_db, wbs[2:])
    assert _counted(demo_db, wbs) == {wbs[0]: True, wbs[1]: True, wbs[2]: False}
    _alembic(demo_db, "downgrade", "0020")
    _alembic(demo_db, "upgrade", "head")
    assert _counted(demo_db, wbs) == {wbs[0]: True, wbs[1]: True, wbs[2]: False}
    with UnitOfWork(demo_db) as uow:
        again = C.open_cashup(uow, fin, "C5711501")
    assert [p.waybill_no for p in again.parcels] == [wbs[2]] and again.expected == Decimal("10")
    assert _counted(demo_db, wbs)[wbs[2]] is True


def test_a_cash_up_reads_the_deliveries_still_to_count_by_their_partial_index(demo_db):
    """The courier's and the counter's cash-up find their new parcels through
    ix_proofs_of_delivery_uncounted (sequential scans off on PostgreSQL; SQLite's own plan):
    without it they read every delivery the depot ever made, on every cash-up. (On a handful
    of rows PostgreSQL may start the counter's from the branch's parcels instead: its plan is
    checked for the courier's.)"""
    from sqlalchemy import event

    from delivery_support import arrived

    wbs, _ = out_for_delivery(demo_db, 1, cod="10.00")
    deliver_all(demo_db, wbs)
    (wb,) = arrived(demo_db, 1, cod="25.00")
    with UnitOfWork(demo_db) as uow:
        D.deliver(uow, D15, D.DeliveryInput(wb, "张三", "SELF", strokes(), counter_pickup=True,
                                            payment_method="transfer"))
    sent: list[tuple[str, object]] = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().startswith("INSERT INTO cash_up_parcels"):
            sent.append((statement, parameters))

    event.listen(demo_db.engine, "before_cursor_execute", keep)
    try:
        with UnitOfWork(demo_db) as uow:
            assert C.open_cashup(uow, finance(), "C5711501").expected == Decimal("10.00")
        with UnitOfWork(demo_db) as uow:
            assert C.open_counter_cashup(uow, finance(), "571-15").expected == Decimal("25.00")
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", keep)
    assert len(sent) == 2
    with UnitOfWork(demo_db) as uow:
        for statement, parameters in sent if demo_db.is_sqlite else sent[:1]:
            plan = query_plan(uow, statement, parameters)
            assert "ix_proofs_of_delivery_uncounted" in plan, plan
