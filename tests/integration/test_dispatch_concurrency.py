"""Two dispatchers on two connections (PostgreSQL, and a SQLite file) confirm conflicting
assignments of the same parcels at the same time: every parcel ends up assigned once, to one
courier. On PostgreSQL also the row lock itself, and two clerks settling at once."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from carrier_app.demo.seed import seed
from carrier_app.dispatch import assign as A
from carrier_app.dispatch.assign import Preview, Proposal
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Courier, Parcel, ScanEvent
from delivery_support import arrived, dispatcher



@pytest.fixture(params=["postgresql", "sqlite"])
def opener(request, tmp_path):  # type: ignore[no-untyped-def]
    """A function opening a new connection pool to one shared, migrated database."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_schema").open
    from carrier_app.store import open_database
    from carrier_app.store.schema import upgrade
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    db = open_database(url)
    upgrade(db)
    db.dispose()
    return lambda: open_database(url)


def test_two_dispatchers_never_double_assign(opener):
    setup = opener()
    seed(setup, parcels=0)
    wbs = arrived(setup, 30)
    with UnitOfWork(setup) as uow:
        ids = dict(uow.session.execute(select(Courier.code, Courier.id)
                                       .where(Courier.code.in_(["C5711501", "C5711502"]))).all())
    setup.dispose()

    def plan(code: str, order: list[str]) -> Preview:
        return Preview("571-15", [Proposal(wb, "", "01", ids[code], code, "manual")
                                  for wb in order], {})

    plans = {"a": plan("C5711501", wbs), "b": plan("C5711502", list(reversed(wbs)))}
    results: dict[str, A.ConfirmResult] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def dispatcher_thread(name: str) -> None:
        db = opener()
        try:
            barrier.wait()
            with UnitOfWork(db) as uow:
                results[name] = A.confirm(uow, dispatcher("571-15", name), plans[name])
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=dispatcher_thread, args=(n,)) for n in plans]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    a, b = results["a"], results["b"]
    assert set(a.assigned) | set(b.assigned) == set(wbs)
    assert not set(a.assigned) & set(b.assigned)
    assert len(a.conflicts) == len(b.assigned) and len(b.conflicts) == len(a.assigned)

    check = opener()
    try:
        with UnitOfWork(check) as uow:
            per_parcel = dict(uow.session.execute(
                select(Parcel.waybill_no, func.count(ScanEvent.id))
                .join(ScanEvent, ScanEvent.parcel_id == Parcel.id)
                .where(ScanEvent.event == "ASSIGN").group_by(Parcel.waybill_no)).all())
            owners = dict(uow.session.execute(
                select(Parcel.waybill_no, Parcel.courier_id)).all())
        assert per_parcel == {wb: 1 for wb in wbs}
        for wb in a.assigned:
            assert owners[wb] == ids["C5711501"]
        for wb in b.assigned:
            assert owners[wb] == ids["C5711502"]
    finally:
        check.dispose()


@pytest.mark.postgres
def test_second_dispatcher_waits_for_the_row_lock_then_sees_the_assignment(pg_schema):
    """Deterministic interleaving: A holds the parcel row; B's assignment blocks on it (seen
    in pg_stat_activity); A assigns and commits; B then refuses instead of reassigning."""
    import time

    from sqlalchemy import text

    from carrier_app.core.errors import IllegalTransition
    from carrier_app.store.repository import lock_parcel

    setup = pg_schema.open()
    seed(setup, parcels=0)
    (wb,) = arrived(setup, 1)
    setup.dispose()
    db_a, db_b, watch = pg_schema.open(), pg_schema.open(), pg_schema.open()
    outcome: list[object] = []

    def b() -> None:
        try:
            with UnitOfWork(db_b) as uow:
                outcome.append(A.assign(uow, dispatcher("571-15", "b"), wb, "C5711502",
                                        only_unassigned=True))
        except BaseException as exc:  # noqa: BLE001 - checked below
            outcome.append(exc)

    try:
        with UnitOfWork(db_a) as uow:
            lock_parcel(uow, wb)
            a_pid = uow.conn.execute(text("select pg_backend_pid()")).scalar_one()
            t = threading.Thread(target=b)
            t.start()
            for _ in range(600):   # wait until B is blocked on A's row lock
                with watch.engine.connect() as conn:  # A's, not any other session's on the server
                    waiting = conn.execute(text(
                        "select count(*) from pg_stat_activity"
                        " where :a = any(pg_blocking_pids(pid))"), {"a": a_pid}).scalar_one()
                if waiting:
                    break
                time.sleep(0.05)
            assert waiting, "B never waited for the row lock"
            A.assign(uow, dispatcher("571-15", "a"), wb, "C5711501", only_unassigned=True)
        t.join(60)
        assert len(outcome) == 1 and isinstance(outcome[0], IllegalTransition)
    finally:
        for d in (db_a, db_b, watch):
            d.dispose()


@pytest.mark.postgres
def test_two_finance_clerks_settling_at_once_settle_each_parcel_once(pg_schema):
    from datetime import timedelta

    from carrier_app.core.errors import ValidationError
    from carrier_app.delivery import pod as D
    from carrier_app.dispatch.common import today
    from carrier_app.finance import settlement as S
    from carrier_app.store.models import SettledParcel
    from delivery_support import finance, out_for_delivery, strokes

    setup = pg_schema.open()
    seed(setup, parcels=0)
    wbs, _ = out_for_delivery(setup, 5)
    for wb in wbs:
        with UnitOfWork(setup) as uow:
            D.deliver(uow, dispatcher(), D.DeliveryInput(wb, "张三", "SELF", strokes()))
    setup.dispose()
    period = (today() - timedelta(days=1), today() + timedelta(days=1))
    results: list[object] = []
    barrier = threading.Barrier(2)

    def clerk(name: str) -> None:
        db = pg_schema.open()
        try:
            barrier.wait()
            with UnitOfWork(db) as uow:
                results.append(S.settle(uow, finance(name), "M001", *period))
        except ValidationError as exc:
            results.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=clerk, args=(n,)) for n in ("f1", "f2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    statements = [r for r in results if isinstance(r, S.Statement)]
    assert len(results) == 2 and len(statements) >= 1
    check = pg_schema.open()
    try:
        with UnitOfWork(check) as uow:
            settled = list(uow.session.scalars(select(SettledParcel.parcel_id)))
        assert len(settled) == len(set(settled)) == 5
        assert sum(len(s.lines) for s in statements) == 5
    finally:
        check.dispose()
