from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from carrier_app.store.base import Base


class RoutingRule(Base):
    """Maps an address to a destination: by postcode prefix, else by province/city/district."""

    __tablename__ = "routing_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    postcode_prefix: Mapped[str] = mapped_column(String(6), default="", index=True)
    province: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(40), default="")
    district: Mapped[str] = mapped_column(String(40), default="")
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    route_id: Mapped[int | None] = mapped_column(ForeignKey("routes.id"))
    active: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime]
