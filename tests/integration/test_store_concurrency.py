"""Races that PostgreSQL lets through and the schema now closes (issue 11 item 8): four
finance clerks opening the same courier's cash-up at once leave one open cash-up, and the
others read a sentence; two `carrier-app demo` at once seed one network."""

from __future__ import annotations

import threading
from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from carrier_app.core.errors import ValidationError
from carrier_app.delivery import pod as D
from carrier_app.demo.seed import seed
from carrier_app.finance import cashup as C
from carrier_app.store import UnitOfWork
from carrier_app.store.models import CashUp, Hub, Merchant, User
from delivery_support import dispatcher, finance, out_for_delivery, strokes

pytestmark = pytest.mark.postgres


def at_once(n: int, work: Callable[[int], object]) -> list[object]:
    """`work(i)` in n threads released together; results or the exceptions raised."""
    barrier = threading.Barrier(n)
    out: list[object] = [None] * n

    def run(i: int) -> None:
        barrier.wait(10)
        try:
            out[i] = work(i)
        except BaseException as exc:  # noqa: BLE001 - returned to the test
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return out


def test_four_clerks_opening_one_couriers_cash_up_leave_one_open(pg_schema):
    db = pg_schema.open()
    seed(db, parcels=0)
    wbs, _ = out_for_delivery(db, 2, cod="59.90")
    for wb in wbs:
        with UnitOfWork(db) as uow:
            D.deliver(uow, dispatcher(), D.DeliveryInput(wb, "张三", "SELF", strokes(),
                                                              payment_method="cash"))
    dbs = [pg_schema.open() for _ in range(4)]
    try:
        def open_it(i: int) -> C.CashUpView:
            with UnitOfWork(dbs[i]) as uow:
                return C.open_cashup(uow, finance(f"fin{i}"), "C5711501")

        results = at_once(4, open_it)
    finally:
        for d in dbs:
            d.dispose()
    opened = [r for r in results if isinstance(r, C.CashUpView)]
    refused = [r for r in results if not isinstance(r, C.CashUpView)]
    assert opened, results
    assert all(isinstance(r, ValidationError) for r in refused), results
    for r in refused:
        assert r.message.startswith("A cash-up for courier C5711501 is already open")
    assert len({v.id for v in opened}) == 1
    with UnitOfWork(db) as uow:
        assert uow.session.scalar(select(func.count()).select_from(CashUp)
                                  .where(CashUp.status != "CLOSED")) == 1
        again = C.open_cashup(uow, finance(), "C5711501")
    assert again.id == opened[0].id and again.expected == Decimal("119.80")
    db.dispose()


def test_two_demo_seeds_at_once_seed_one_network(pg_schema):
    dbs = [pg_schema.open() for _ in range(2)]
    try:
        results = at_once(2, lambda i: seed(dbs[i], parcels=3))
    finally:
        for d in dbs:
            d.dispose()
    assert not [r for r in results if isinstance(r, BaseException)], results
    assert sorted(r.created_network for r in results) == [False, True]
    db = pg_schema.open()
    with UnitOfWork(db) as uow:
        count = lambda model: uow.session.scalar(select(func.count()).select_from(model))  # noqa: E731
        assert (count(Hub), count(Merchant), count(User)) == (3, 3, 6)
    db.dispose()
