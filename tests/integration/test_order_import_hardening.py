"""Issue 11 (hardening) for the order import against the database (SQLite and PostgreSQL):
NUL bytes, empty batches, number reservation, concurrent imports of one file by several
workstations (real processes on PostgreSQL), LIKE wildcards in searches."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import run_cli
from sqlalchemy import func, select

from carrier_app.core.roles import Actor, Role
from carrier_app.pickup.merchants import list_merchants
from carrier_app.sorting.rules import list_rules
from carrier_app.store import UnitOfWork, open_database
from carrier_app.store.models import ImportBatch, Parcel, WaybillBlock
from carrier_app.store.schema import upgrade
from carrier_app.tracking.history import track
from carrier_app.waybill.import_service import import_orders
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.queries import search_waybills

HEADER = "订单号,收件人,电话,地址,邮编,件数,重量,代收货款,备注"


def orders(tmp_path: Path, n: int, *, name: str = "orders.csv", prefix: str = "H") -> Path:
    path = tmp_path / name
    rows = [f"{prefix}{i},张三{i},13812345678,浙江省杭州市西湖区文三路 {i} 号 {'x' * 80},"
            f"310012,1,1.5,,备注{i}" for i in range(n)]
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def run(db, actor, path, allocator=None):
    return import_orders(db, actor("clerk"), allocator or NumberAllocator(db, block_size=1),
                         path, "M001")


def count(db, model) -> int:
    with UnitOfWork(db) as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def reserved(db) -> int:
    with UnitOfWork(db) as uow:
        return sum(b.last - b.first + 1 for b in uow.session.scalars(select(WaybillBlock)))


def test_nul_after_8_kb_is_a_row_reject_not_a_database_error(demo_db, actor, tmp_path):
    path = orders(tmp_path, 120)
    text = path.read_text(encoding="utf-8").replace("备注100", "备\x00注")
    path.write_text(text, encoding="utf-8")
    assert text.index("\x00") > 8192
    r = run(demo_db, actor, path)
    assert (r.created, r.rejected) == (119, 1)
    assert (r.rejects[0].row, r.rejects[0].column) == (102, "备注")
    assert "U+0000" in r.rejects[0].reason
    assert count(demo_db, Parcel) == 119


def test_header_only_files_and_reruns_make_no_empty_batch(demo_db, actor, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text(HEADER + "\n", encoding="utf-8")
    r = run(demo_db, actor, empty)
    assert (r.batch_id, r.rows, r.created) == (None, 0, 0)
    path = orders(tmp_path, 3)
    first = run(demo_db, actor, path)
    again = run(demo_db, actor, path)
    assert first.batch_id is not None and again.batch_id is None
    assert (again.created, again.already_present) == (0, 3)
    assert count(demo_db, ImportBatch) == 1
    assert reserved(demo_db) == 3  # the re-run and the empty file reserved nothing


def test_cli_import_reserves_only_the_numbers_it_needs(demo_sqlite, tmp_path):
    url = str(demo_sqlite.engine.url)

    def cli(*args: str) -> subprocess.CompletedProcess:
        return run_cli(*args, db=url, user="clerk")

    p = cli("import-orders", str(orders(tmp_path, 4)), "--merchant", "M001")
    assert p.returncode == 0, p.stderr
    again = cli("import-orders", str(orders(tmp_path, 4)), "--merchant", "M001")
    assert again.stdout.startswith("nothing new:"), again.stdout
    db = open_database(url)
    try:
        assert reserved(db) == 4 and count(db, ImportBatch) == 1
    finally:
        db.dispose()


_WORKER = """
import json, sys, time
from pathlib import Path
from carrier_app.core.roles import Actor, Role
from carrier_app.store import open_database
from carrier_app.waybill.import_service import import_orders
from carrier_app.waybill.numbers import NumberAllocator
url, schema, path, go, name = sys.argv[1:]
db = open_database(url, search_path=schema) if schema else open_database(url)
actor = Actor(None, "clerk", Role.CLERK, station=name, location="571")
print("ready", flush=True)
while not Path(go).exists():
    time.sleep(0.005)
try:
    r = import_orders(db, actor, NumberAllocator(db, block_size=1, station=name), Path(path),
                      "M001")
    print(json.dumps({"created": r.created, "present": r.already_present,
                      "batch": r.batch_id, "waybills": r.waybills}))
finally:
    db.dispose()
"""


@pytest.mark.parametrize("engine", ["postgresql", "sqlite"])
def test_the_same_file_at_three_workstations_at_once_is_imported_once(request, tmp_path,
                                                                      engine):
    from carrier_app.demo.seed import seed
    if engine == "postgresql":
        schema = request.getfixturevalue("pg_schema")
        db, url, search_path = schema.open(), schema.url, schema.name
    else:
        url, search_path = f"sqlite:///{tmp_path / 'shared.db'}", ""
        db = open_database(url)
        upgrade(db)
    seed(db, parcels=0)
    path = orders(tmp_path, 300)
    go = tmp_path / "go"
    env = {**os.environ, "CARRIER_ARGON2_FAST": "1"}
    procs = [subprocess.Popen([sys.executable, "-c", _WORKER, url, search_path,
                               str(path), str(go), f"ws{i}"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for i in range(3)]
    for p in procs:  # all three loaded and waiting
        assert p.stdout is not None
        assert p.stdout.readline() == "ready\n", p.communicate(timeout=60)[1][-2000:]
    go.touch()
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err[-2000:]
        outs.append(json.loads(out))
    try:
        assert sorted(o["created"] for o in outs) == [0, 0, 300]
        assert sorted(o["present"] for o in outs) == [0, 300, 300]
        assert count(db, Parcel) == 300 and count(db, ImportBatch) == 1
        with UnitOfWork(db) as uow:
            stored = set(uow.session.scalars(select(Parcel.waybill_no)))
        assert stored == set(next(o for o in outs if o["created"])["waybills"])
    finally:
        db.dispose()


def test_searches_take_percent_and_underscore_literally(demo_db, actor, tmp_path):
    path = tmp_path / "o.csv"
    path.write_text(f"{HEADER}\nL_1,张_三,13812345678,某地 1 号,310012,1,1,,\n"
                    f"LX1,张X三,13812345679,某地 2 号,310012,1,1,,\n", encoding="utf-8")
    run(demo_db, actor, path)
    a = Actor(None, "admin", Role.ADMIN, station="t", location="571")
    with UnitOfWork(demo_db) as uow:
        assert [w.order_ref for w in search_waybills(uow, a, "L_1")] == ["L_1"]
        assert [w.recipient_name for w in search_waybills(uow, a, "张_")] == ["张_三"]
        assert search_waybills(uow, a, "%") == []
        assert search_waybills(uow, a, "\\") == []
        assert list_merchants(uow, a, "%") == [] and list_merchants(uow, a, "_") == []
        assert list_rules(uow, a, "%") == [] and list_rules(uow, a, "_") == []
        assert len(list_merchants(uow, a, "M00")) >= 1


def test_a_full_width_scan_finds_its_waybill_in_the_service(demo_db, actor, tmp_path):
    r = run(demo_db, actor, orders(tmp_path, 1))
    full = "".join(chr(ord(c) + 0xFEE0) for c in r.waybills[0])  # ＡＡ１２…ＣＮ
    with UnitOfWork(demo_db) as uow:
        assert track(uow, actor("clerk"), full).waybill_no == r.waybills[0]
