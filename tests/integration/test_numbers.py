"""Waybill numbers: blocks reserved in the database, never issued twice, also by several
processes at once on PostgreSQL (real concurrent connections)."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from sqlalchemy import select

from carrier_app.core import s10
from carrier_app.store import UnitOfWork, open_database
from carrier_app.store.models import WaybillBlock
from carrier_app.waybill.numbers import NumberAllocator


def allocate(url: str, search_path: str | None, count: int, station: str) -> list[str]:
    db = open_database(url, search_path=search_path)
    allocator = NumberAllocator(db, block_size=7, station=station)
    numbers = [allocator.next() for _ in range(count)]
    db.dispose()
    return numbers


def test_numbers_are_valid_s10_and_blocks_are_recorded(db):
    allocator = NumberAllocator(db, block_size=5, station="ws1")
    numbers = [allocator.next() for _ in range(12)]
    assert all(s10.is_valid(n) and n.startswith("AA") and n.endswith("CN") for n in numbers)
    assert len(set(numbers)) == 12
    with UnitOfWork(db) as uow:
        blocks = [(b.first, b.last) for b in uow.session.scalars(
            select(WaybillBlock).order_by(WaybillBlock.id))]
    assert blocks == [(1, 5), (6, 10), (11, 15)]


def test_a_second_allocator_never_reuses_a_reserved_block(db):
    first = NumberAllocator(db, block_size=10)
    a = first.next()
    second = NumberAllocator(db, block_size=10)  # e.g. the app restarted
    b = second.next()
    assert s10.parse(b).waybill != a
    assert int(b[2:10]) == 11  # serials 2..10 of the first block stay unused forever


def test_concurrent_processes_on_postgresql_never_share_a_number(pg_schema):
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(4, mp_context=ctx) as pool:
        futures = [pool.submit(allocate, pg_schema.url, pg_schema.name, 150, f"ws{i}")
                   for i in range(4)]
        numbers = [n for f in futures for n in f.result(timeout=120)]
    assert len(numbers) == 600
    assert len(set(numbers)) == 600


def test_concurrent_processes_on_sqlite_never_share_a_number(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    from carrier_app.store.schema import upgrade
    db = open_database(url)
    upgrade(db)
    db.dispose()
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(3, mp_context=ctx) as pool:
        futures = [pool.submit(allocate, url, None, 100, f"ws{i}") for i in range(3)]
        numbers = [n for f in futures for n in f.result(timeout=120)]
    assert len(set(numbers)) == 300
