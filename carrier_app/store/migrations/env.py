"""Alembic environment. Run programmatically by carrier_app.store.schema (the connection is
handed in), or by `alembic` on the command line with `-x url=...`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from carrier_app.store.base import UTCDateTime
from carrier_app.store.models import Base

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    # Migrations must not depend on app types: UTCDateTime is a plain aware DateTime.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        render_item=_render_item,
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url")
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
