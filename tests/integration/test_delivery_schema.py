"""Migration 0004 as a step of its own: on a 0003 database holding data, 0004 adds exactly the
tables store/models/delivery.py declares (columns, keys and indexes as the models say) and
keeps the data; its downgrade takes exactly those tables away again. The full-schema tests in
test_migrations.py only see head, so they cannot tell which revision made what."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select

from alembic import command
from carrier_app.store.models import Base, Courier, Merchant, User
from carrier_app.store.models import delivery
from carrier_app.store.schema import MIGRATIONS, check, current_revision

TABLES = {m.__tablename__ for m in vars(delivery).values()
          if isinstance(m, type) and issubclass(m, Base) and m is not Base}


def _migrate(db, direction: str, revision: str) -> None:  # type: ignore[no-untyped-def]
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, direction)(cfg, revision)


def _tables(db) -> set[str]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def _counts(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return {m.__tablename__: conn.scalar(select(func.count()).select_from(m))
                for m in (Merchant, Courier, User)}


def _diffs_in_delivery_tables(db) -> list:  # type: ignore[no-untyped-def,type-arg]
    """What differs between the database and the models, for the delivery tables only."""
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(ctx, Base.metadata)
    out = []
    for d in diffs:
        for op in (d if isinstance(d, list) else [d]):
            names = {getattr(x, "name", None) for x in op[1:]} | {
                getattr(getattr(x, "table", None), "name", None) for x in op[1:]} | {
                x for x in op[1:] if isinstance(x, str)}
            if names & TABLES:
                out.append(op)
    return out


def test_0004_adds_exactly_the_delivery_tables_and_keeps_the_data(demo_db):
    assert len(TABLES) == 10
    before = _counts(demo_db)
    assert all(before.values())  # the demo network: merchants, couriers, users
    _migrate(demo_db, "downgrade", "0003")
    assert current_revision(demo_db) == "0003"
    at_0003 = _tables(demo_db)
    assert not at_0003 & TABLES, "0004's downgrade left tables behind"
    assert _counts(demo_db) == before

    _migrate(demo_db, "upgrade", "0004")
    assert current_revision(demo_db) == "0004"
    assert _tables(demo_db) - at_0003 == TABLES
    # What later revisions add to these tables, and nothing else: 0007's one-open-cash-up
    # indexes, 0015's 到付 freight columns, the billing revision's settlements.bill_fen and
    # 0021's counted mark with its partial index (add_column: op[2] table, op[3] column).
    ops = _diffs_in_delivery_tables(demo_db)
    assert sorted((op[0], op[2], op[3].name) if op[0] == "add_column" else (op[0], op[1].name)
                  for op in ops) == [
        ("add_column", "cash_up_parcels", "freight_fen"),
        ("add_column", "proofs_of_delivery", "counted"),
        ("add_column", "proofs_of_delivery", "freight_fen"),
        ("add_column", "settlements", "bill_fen"),
        ("add_index", "ix_proofs_of_delivery_uncounted"),
        ("add_index", "uq_cash_ups_open_branch"), ("add_index", "uq_cash_ups_open_courier")]
    assert _counts(demo_db) == before

    _migrate(demo_db, "upgrade", "head")
    assert check(demo_db) == "ok" and _counts(demo_db) == before
