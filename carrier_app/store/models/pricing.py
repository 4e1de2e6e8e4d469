"""Rate cards (运费价格表, issue 14): one row per service and origin/destination zone, public
(merchant_id NULL) or a merchant's contract price. Weights in grams, money in fen."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from carrier_app.store.base import Base


class RateCardRow(Base):
    __tablename__ = "rate_cards"
    __table_args__ = (Index("ix_rate_cards_service", "service", "merchant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(String(40))        # province or city name, or *
    destination: Mapped[str] = mapped_column(String(40))
    merchant_id: Mapped[int | None] = mapped_column(ForeignKey("merchants.id"))
    first_g: Mapped[int]
    first_fen: Mapped[int]
    step_g: Mapped[int]
    step_fen: Mapped[int]
    volumetric_divisor: Mapped[int]                         # cm³ per kg, e.g. 6000 / 8000
    min_charge_fen: Mapped[int] = mapped_column(default=0)
    remote_fen: Mapped[int] = mapped_column(default=0)      # remote-area surcharge
    updated_at: Mapped[datetime]
