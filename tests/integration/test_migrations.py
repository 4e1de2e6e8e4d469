"""The Alembic history builds exactly the schema the models describe, on both databases,
and can be walked down to nothing and up again."""

from __future__ import annotations

import hashlib

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.config import Config
from alembic.operations import Operations
from sqlalchemy import Integer, inspect

from alembic import command
from carrier_app.store.models import Base
from carrier_app.store.schema import MIGRATIONS, check, head_revision, upgrade


def _diff(db):
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, Base.metadata)


def test_migrated_schema_matches_the_models(db):
    assert check(db) == "ok"
    assert _diff(db) == []


def test_downgrade_to_base_and_up_again(db):
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    with db.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert check(db) == "ok" and head_revision()
    assert _diff(db) == []


def _alembic(db, action: str, target: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, target)


def test_a_database_made_by_the_first_published_0004_is_repaired(db, actor):
    """0004 gained cash_ups.branch_id (and a nullable courier_id) after release: a database
    made by the earlier 0004 is brought to the current shape by 0005 and cash-ups work."""
    from carrier_app.demo.seed import seed
    from carrier_app.finance.cashup import open_cashup, open_counter_cashup
    from carrier_app.store import UnitOfWork

    _alembic(db, "downgrade", "0003")
    _alembic(db, "upgrade", "0004")
    with db.engine.begin() as conn:  # cash_ups as the published 0004 created it
        with Operations.context(MigrationContext.configure(conn)) as op:
            with op.batch_alter_table("cash_ups") as batch:
                batch.drop_constraint("fk_cash_ups_branch_id_branches", type_="foreignkey")
                batch.drop_column("branch_id")
                batch.alter_column("courier_id", existing_type=Integer(), nullable=False)
    with db.engine.connect() as conn:
        assert "branch_id" not in {c["name"] for c in inspect(conn).get_columns("cash_ups")}
    assert check(db) == "behind"
    upgrade(db)
    assert check(db) == "ok"
    assert _diff(db) == []
    seed(db, parcels=0)
    fin = actor("finance")
    with UnitOfWork(db) as uow:
        assert open_cashup(uow, fin, "C5711501").status == "OPEN"
    with UnitOfWork(db) as uow:
        assert open_counter_cashup(uow, fin, "571-15").courier_code == "571-15"


#: The sha256 (line endings normalised) of every released revision. A released revision is
#: never edited — a database made by it would silently differ from one made by the edited
#: text (see 0005); add a new revision instead, and its hash here once it is released.
RELEASED = {
    "0001_foundation.py":
        "14c0190fb76ccd2ab7cbe5aa0587a08e5b71d4d7e3138365e46dc8cda230cbcc",
    "0002_waybills.py":
        "a4765f9d4bc2fc7af5f0e75581d1b4b714e2430cee0d8791730dce28d848ff79",
    "0003_hub_operations.py":
        "5ace42ef6be360bcf2fb76c2f03b6cf53fd5939b27333e80968bb9288e73c167",
    "0004_delivery.py":
        "05422d859292f22d5f51299ff2f36f5348c3bb977e01874241a22d917530d1c4",
    "0005_repair_cash_ups.py":
        "ba08debbf16aa89f838290e890863178a260b00728769db596f9667d5078f723",
    "0006_login_throttle.py":
        "5a60a6de44077c779d90a43123ea7e8c7706930c1837b0bdeaee1b07c221cf7a",
    "0007_one_open_cash_up.py":
        "8f1dc6473cfcd18c3c26780b12ce86e44b3eea120557317705de0066cf3ff384",
    "0008_location.py":
        "59cfbc0d1d755c5509876d43031cf79fbf3b17cc6728d033402d5070d964d084",
    "0009_waybill_client_key.py":
        "4cbc9b5e5ef43d08bc874d8e9ad4da75e7b326a247d890baf041f595e77d78a5",
    "0010_pricing.py":
        "400dcb9085f57420da6ede190aec19631745b4aad90e25ffa3e39fb313815213",
    "0011_problems.py":
        "df0cec9111d596e0517743fbb06cb5d7d22f9adaff2da9db99d31cbe8043b230",
    "0012_search.py":
        "3b6cdd79daf1447deca9ccf7fce93c3adb8a0b2a7dc7bfc6936f19cd7a303f0d",
    "0013_acceptance.py":
        "4097579f2af5bd7ed92ae2da3e0329733294aed9d86c5f3d5dd9df3eeb209ebd",
    "0014_import_mappings.py":
        "84255ea46b296ce118f7d9a0f0e8bbf3d7c6e03f3c9c82ca1914a7e74b8e9bcc",
    "0015_money.py":
        "568eeca493e2f0fece404980a5284ed3da2bcb7903cf46ccf43a477be83d6f14",
    "0016_print_jobs.py":
        "ee80833e20ec55bc48efa8df2d053c41d43ded906a13fb998422060e3cc55dd5",
    "0017_install.py":
        "bd0f0f03e678285ebda91cf62e2afe3b7f792b82f2a00aed2267a1ae1881d5b6",
    "0018_billing.py":
        "ce27a17531385338c9063541076370c0c41b90145c3c36b8dac69e8f4653baa9",
    "0019_label_printed.py":
        "97e481dfdd05a23304f86803cf63f186686e859d04072e2caae956c0fcd3265b",
    "0020_open_money.py":
        "92b0cf2cd091ed483094baee25cb898cc2aa9e924ad311537b4922cde67cc440",
    "0021_uncounted_deliveries.py":
        "8d7326e635387fdbe1eb3e917cdc80a3146654214906166e66127340e0233a2c",
    "0022_courier_loads.py":
        "5525827eb231f9430c3e79865a10d2febb40e50154c251c48d4d8aa6b265fbae",
}


def test_released_migrations_are_never_edited():
    versions = MIGRATIONS / "versions"
    changed = {name: digest for name, digest in RELEASED.items()
               if hashlib.sha256((versions / name).read_bytes().replace(b"\r\n", b"\n"))
               .hexdigest() != digest}
    assert changed == {}, ("released migrations edited (add a new revision instead): "
                           + ", ".join(changed))


def test_duplicate_open_cash_ups_left_by_the_race_are_cleared_by_0007(db, actor):
    """Two open cash-ups of one courier (what four clerks at once could leave): the extra one,
    with nothing declared, is removed and its parcels are counted again by the next open."""
    from sqlalchemy import text

    from carrier_app.demo.seed import seed
    from carrier_app.finance.cashup import open_cashup
    from carrier_app.store import UnitOfWork

    seed(db, parcels=0)
    _alembic(db, "downgrade", "0006")
    with db.engine.begin() as conn:
        cid = conn.execute(text("select id from couriers where code = 'C5711501'")).scalar()
        for _ in range(2):
            conn.execute(text(
                "insert into cash_ups (courier_id, status, expected_fen, declared_fen, "
                "created_at, created_by, declared_by) values (:c, 'OPEN', 0, 0, "
                "CURRENT_TIMESTAMP, 'fin', '')"), {"c": cid})
    upgrade(db)
    with db.engine.connect() as conn:
        ids = conn.execute(text("select id from cash_ups where courier_id = :c"),
                           {"c": cid}).scalars().all()
    assert len(ids) == 1
    with UnitOfWork(db) as uow:
        assert open_cashup(uow, actor("finance"), "C5711501").id == ids[0]


def test_0019_counts_labels_the_print_queue_or_a_reprint_shows_as_printed(db, actor):
    """A label printed before 0019 (a print-queue job whose ref starts with its waybill, or a
    REPRINT event) counts as printed: printing it again is a reprint."""
    from sqlalchemy import select

    from carrier_app.core.lifecycle import Event
    from carrier_app.demo.seed import seed
    from carrier_app.reports.print_jobs import record_print
    from carrier_app.store import UnitOfWork
    from carrier_app.store.models import Parcel
    from carrier_app.tracking.scans import append_note
    from tests.scan_support import make_parcels

    seed(db, parcels=0)
    alone, batch, reprinted, never = make_parcels(db, 4)
    clerk = actor("clerk")
    with UnitOfWork(db) as uow:
        record_print(uow, clerk, "label", alone, "pdf", "/tmp/a.pdf", b"%PDF")
    with UnitOfWork(db) as uow:
        record_print(uow, clerk, "label", f"{batch}+3", "pdf", "HP-4", b"%PDF")
    with UnitOfWork(db) as uow:
        record_print(uow, clerk, "pod", never, "pdf", "HP-4", b"%PDF")
    with UnitOfWork(db) as uow:
        append_note(uow, clerk, reprinted, Event.REPRINT, "label reprinted")
        uow.commit()
    _alembic(db, "downgrade", "0018")
    _alembic(db, "upgrade", "head")
    with UnitOfWork(db) as uow:
        printed = {wb: at for wb, at in uow.session.execute(
            select(Parcel.waybill_no, Parcel.label_printed_at))}
    assert {wb for wb, at in printed.items() if at is not None} == {alone, batch, reprinted}
    assert printed[never] is None
