from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from carrier_app.store.base import Base


class Merchant(Base):
    __tablename__ = "merchants"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    contact_name: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    province: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(40), default="")
    district: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(6), default="")
    home_branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    settlement_account: Mapped[str] = mapped_column(String(120), default="")
    fee_per_parcel_fen: Mapped[int] = mapped_column(default=0)
    # Discount on the public rate card's freight (issue 14), in basis points: 1000 = 10 %.
    discount_bp: Mapped[int] = mapped_column(default=0)
    # COD settlement details (issue 5): where collected cash is paid out to.
    settlement_bank: Mapped[str] = mapped_column(String(80), default="")
    settlement_holder: Mapped[str] = mapped_column(String(80), default="")
    settlement_cycle: Mapped[str] = mapped_column(String(10), default="weekly")
    # 协议客户 (issue 14): the day a safety agreement was signed; its parcels need no
    # sender real-name at the counter. None: no agreement.
    safety_agreement_on: Mapped[date | None]
    # Shop exports carry no weight: this one is used and corrected when the parcel is
    # weighed at receiving (issue 12 item 5). 0: none, a row without a weight is refused.
    default_weight_g: Mapped[int] = mapped_column(default=0, server_default="0")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
