"""Persistence: SQLAlchemy models, engine and unit of work, Alembic migrations."""

from carrier_app.store.engine import Database, open_database
from carrier_app.store.uow import UnitOfWork

__all__ = ["Database", "UnitOfWork", "open_database"]
