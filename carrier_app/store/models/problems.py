"""Problem parcels (问题件, issue 13): a registered problem with its handling and resolution,
and the contact log of the calls made about it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from carrier_app.store.base import Base


class Problem(Base):
    """One problem of one parcel. `open_parcel_id` repeats parcel_id while the problem is
    open and is cleared when it closes: its unique constraint keeps one open problem per
    parcel, and it is the index the scan refusal looks the open problem up by."""

    __tablename__ = "problems"

    id: Mapped[int] = mapped_column(primary_key=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), index=True)
    open_parcel_id: Mapped[int | None] = mapped_column(unique=True)
    reason: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(300), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(8), default="OPEN", index=True)  # OPEN, CLOSED
    opened_at: Mapped[datetime]
    opened_by: Mapped[str] = mapped_column(String(40))
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    opened_location: Mapped[str] = mapped_column(String(16), default="")
    opened_station: Mapped[str] = mapped_column(String(64), default="")
    # An intercept's instruction (拦截/改址): return, or the new address and its sort code.
    instruction: Mapped[str] = mapped_column(String(16), default="")  # "", RETURN, ADDRESS
    new_address: Mapped[str] = mapped_column(String(300), default="")
    new_postcode: Mapped[str] = mapped_column(String(6), default="")
    new_sort_code: Mapped[str | None] = mapped_column(String(16))
    # A resolution waiting for a second person (claim, destroy).
    pending_action: Mapped[str] = mapped_column(String(16), default="")
    pending_by: Mapped[str] = mapped_column(String(40), default="")
    pending_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    pending_at: Mapped[datetime | None]
    claim_fen: Mapped[int | None]
    resolution: Mapped[str] = mapped_column(String(16), default="")
    resolution_note: Mapped[str] = mapped_column(String(300), default="")
    approved_by: Mapped[str] = mapped_column(String(40), default="")
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str] = mapped_column(String(40), default="")


class ProblemContact(Base):
    """A call about a problem: who called whom, and what came of it."""

    __tablename__ = "problem_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problems.id"), index=True)
    at: Mapped[datetime]
    by: Mapped[str] = mapped_column(String(40))
    contact: Mapped[str] = mapped_column(String(80))       # whom: "recipient 138…", "merchant"
    outcome: Mapped[str] = mapped_column(String(200))
