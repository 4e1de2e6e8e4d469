"""Money owed outside the courier's cash-up (issue 14 item 5)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from carrier_app.store.base import Base


class FreightCharge(Base):
    """A 到付 parcel the receiver did not pay for (refused, failed and returned): its freight
    is charged to the sender - the merchant (merchant_id set; billed with the month, issue 14
    item 6) or the walk-in sender named in `party` - so no freight is lost. One per parcel
    (unique): a parcel is never charged back twice. Money in integer fen."""

    __tablename__ = "freight_charges"

    id: Mapped[int] = mapped_column(primary_key=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), unique=True)
    merchant_id: Mapped[int | None] = mapped_column(ForeignKey("merchants.id"), index=True)
    party: Mapped[str] = mapped_column(String(120))   # merchant code, or the sender's name
    amount_fen: Mapped[int]
    reason: Mapped[str] = mapped_column(String(40))    # REFUSED, the fail reason, MERCHANT_…
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(40), default="")
