"""The carrier's network: hubs, their branches, the branches' courier routes and couriers."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from carrier_app.store.base import Base


class Hub(Base):
    __tablename__ = "hubs"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)  # first segment of the sort code
    name: Mapped[str] = mapped_column(String(80))
    city: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(default=True)

    branches: Mapped[list[Branch]] = relationship(back_populates="hub")


class Branch(Base):
    __tablename__ = "branches"
    __table_args__ = (UniqueConstraint("hub_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hub_id: Mapped[int] = mapped_column(ForeignKey("hubs.id"))
    number: Mapped[str] = mapped_column(String(4))  # second segment of the sort code
    code: Mapped[str] = mapped_column(String(16), unique=True)  # "<hub>-<number>", e.g. 571-12
    name: Mapped[str] = mapped_column(String(80))
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    active: Mapped[bool] = mapped_column(default=True)

    hub: Mapped[Hub] = relationship(back_populates="branches")
    routes: Mapped[list[Route]] = relationship(back_populates="branch")


class Route(Base):
    """A courier route of a branch: the third segment of the sort code."""

    __tablename__ = "routes"
    __table_args__ = (UniqueConstraint("branch_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    number: Mapped[str] = mapped_column(String(4))
    name: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(default=True)

    branch: Mapped[Branch] = relationship(back_populates="routes")


class Courier(Base):
    __tablename__ = "couriers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # printed on the badge barcode
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(32), default="")
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    route_id: Mapped[int | None] = mapped_column(ForeignKey("routes.id"))
    capacity: Mapped[int] = mapped_column(default=80)  # parcels per run
    active: Mapped[bool] = mapped_column(default=True)
