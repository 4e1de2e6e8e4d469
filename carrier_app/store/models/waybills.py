from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from carrier_app.store.base import Base


class ImportBatch(Base):
    """One merchant order file taken in: what it held and what became of its rows."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"))
    file_name: Mapped[str] = mapped_column(String(255))
    encoding: Mapped[str] = mapped_column(String(20))
    rows_total: Mapped[int] = mapped_column(default=0)
    created: Mapped[int] = mapped_column(default=0)
    already_present: Mapped[int] = mapped_column(default=0)
    rejected: Mapped[int] = mapped_column(default=0)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
