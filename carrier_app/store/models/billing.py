"""The merchant's monthly freight bill (月结账单, issue 14 item 6). Money in integer fen.

A month is issued once per merchant (unique merchant_id, month); a parcel is billed once
(unique bill_lines.parcel_id); the amounts are copied onto the line when issued, so a reprint
shows what was billed. settlement_id: the COD statement the bill was netted on, once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from carrier_app.store.base import Base


class Bill(Base):
    __tablename__ = "bills"
    __table_args__ = (UniqueConstraint("merchant_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bill_no: Mapped[str] = mapped_column(String(32), unique=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"))
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM, the carrier's time zone
    parcel_count: Mapped[int]
    freight_fen: Mapped[int]
    surcharge_fen: Mapped[int]
    insurance_fen: Mapped[int]
    discount_fen: Mapped[int]
    total_fen: Mapped[int]
    issued_at: Mapped[datetime]
    issued_by: Mapped[str] = mapped_column(String(40))
    settlement_id: Mapped[int | None] = mapped_column(ForeignKey("settlements.id"), index=True)


class BillLine(Base):
    __tablename__ = "bill_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id"), index=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), unique=True)
    destination: Mapped[str] = mapped_column(String(64))
    chargeable_weight_g: Mapped[int]
    freight_fen: Mapped[int]
    surcharge_fen: Mapped[int]
    insurance_fen: Mapped[int]
    discount_fen: Mapped[int]
    total_fen: Mapped[int]
