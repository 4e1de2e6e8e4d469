from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from carrier_app.store.base import Base


class PrintJob(Base):
    """A document printed (or written to the documents folder): who, when, where, and its
    bytes (PDF or ZPL) so it can be printed again from the queue."""

    __tablename__ = "print_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(40))
    station: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(24))
    ref: Mapped[str] = mapped_column(String(80), default="")
    format: Mapped[str] = mapped_column(String(8))
    target: Mapped[str] = mapped_column(String(400))
    reprint_of: Mapped[int | None] = mapped_column(ForeignKey("print_jobs.id"))
    reprint: Mapped[bool] = mapped_column(default=False)
    document: Mapped[bytes] = mapped_column(LargeBinary)
