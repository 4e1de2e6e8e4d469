"""Read scale (issue 15 item 5): with CARRIER_DB_READ_URL set, tracking, search, lists,
dashboard and reports read through a second, read-only connection; writes stay on the main
one. Tested against a PostgreSQL role that may only SELECT in the test schema."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from carrier_app.core.errors import DomainError, StoreUnavailable
from carrier_app.core.lifecycle import Event
from carrier_app.demo.seed import seed
from carrier_app.reports.day_report import day_report_file
from carrier_app.reports.figures import day_figures, week_figures
from carrier_app.reports.lists import gap_list
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel
from carrier_app.store.reads import database_for
from carrier_app.tracking.history import track
from carrier_app.tracking.scans import append_scan
from carrier_app.tracking.search import search_parcels
from carrier_app.ui.context import AppContext
from tests.cli_support import one_line_error, run_cli
from tests.conftest import PG_URL


@pytest.fixture
def read_role(pg_schema) -> Iterator[str]:
    """A login role with USAGE and SELECT only in the test schema; yields its URL."""
    role = f"ro_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'GRANT USAGE ON SCHEMA "{pg_schema.name}" TO "{role}"'))
        conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{pg_schema.name}" '
                          f'TO "{role}"'))
    try:
        yield make_url(PG_URL).set(username=role).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


def _revoke(pg_schema, role_url: str, table: str) -> None:
    role = make_url(role_url).username
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'REVOKE SELECT ON "{pg_schema.name}".{table} FROM "{role}"'))
    admin.dispose()


def test_read_use_cases_go_through_the_read_only_role(pg_schema, read_role, actor):
    db = pg_schema.open(read_url=read_role)
    try:
        seed(db, parcels=20)
        assert db.reader is not None
        for use_case in (track, search_parcels, gap_list, day_figures, week_figures,
                         day_report_file):
            assert database_for(db, use_case) is db.reader, use_case.__name__
        assert database_for(db, append_scan) is db
        with UnitOfWork(db) as uow:
            wb = uow.session.scalars(select(Parcel.waybill_no).where(
                Parcel.status == "CREATED").order_by(Parcel.id)).first()
        ctx = AppContext(db, actor("supervisor"))
        # Every read feature works through the role that can only read.
        assert ctx.run(track, wb).waybill_no == wb
        assert [h.waybill_no for h in ctx.run(search_parcels, wb).hits] == [wb]
        assert ctx.run(gap_list, "overnight").name == "overnight"
        assert ctx.run(day_figures, "").day is not None
        assert ctx.run(week_figures, "").days
        assert ctx.run(day_report_file, "pdf", "").startswith(b"%PDF")
        with db.reader.engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == \
                make_url(read_role).username
        # A write through it fails (the role, and the read-only transaction, refuse it).
        with pytest.raises(StoreUnavailable) as refused, UnitOfWork(db.reader) as uow:
            append_scan(uow, actor("clerk"), wb, Event.PICKUP)
            uow.commit()
        assert refused.value.params["reason"] == "read_only"
        # Writes take the main connection: a scan through the context is saved.
        with UnitOfWork(db) as uow:
            append_scan(uow, actor("clerk"), wb, Event.PICKUP)
            uow.commit()
        assert ctx.run(track, wb).status == "PICKED_UP"
        # And the reads really use the role: take its right away and they fail.
        _revoke(pg_schema, read_role, "parcels")
        with pytest.raises(DomainError):
            ctx.run(track, wb)
        with UnitOfWork(db) as uow:  # the main connection still reads
            assert uow.session.scalar(select(Parcel.status).where(Parcel.waybill_no == wb))
    finally:
        db.dispose()


def test_the_command_line_reads_through_carrier_db_read_url(pg_schema, read_role):
    db = pg_schema.open()
    seed(db, parcels=5)
    with UnitOfWork(db) as uow:
        wb = uow.session.scalars(select(Parcel.waybill_no).order_by(Parcel.id)).first()
    db.dispose()
    options = f"?options=-csearch_path%3D{pg_schema.name}"
    main, ro = PG_URL + options, read_role + options
    env = {"CARRIER_DB_READ_URL": ro}
    assert run_cli("track", wb, db=main, env=env).returncode == 0
    found = run_cli("search", wb, "--json", db=main, env=env)
    assert found.returncode == 0 and wb in found.stdout
    assert run_cli("dashboard", "--json", db=main, env=env).returncode == 0
    assert run_cli("lists", "overnight", "--json", db=main, env=env).returncode == 0
    _revoke(pg_schema, read_role, "parcels")
    refused = run_cli("track", wb, db=main, env=env)  # it did read through the role
    assert refused.returncode != 0
    one_line_error(refused)
    assert run_cli("track", wb, db=main).returncode == 0  # without it: the main database
