"""Hub operations (issue 5): pickup requests and what was collected, receiving at the origin
depot, bags (集包), linehaul manifests (交接单) and arrival reconciliation sessions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from carrier_app.store.base import Base


class PickupRequest(Base):
    __tablename__ = "pickup_requests"
    __table_args__ = (Index("ix_pickup_requests_date", "pickup_date", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"))
    pickup_date: Mapped[date]
    window_from: Mapped[str] = mapped_column(String(5))   # "09:00", local time
    window_to: Mapped[str] = mapped_column(String(5))
    expected_pieces: Mapped[int]
    note: Mapped[str] = mapped_column(String(200), default="")
    courier_id: Mapped[int | None] = mapped_column(ForeignKey("couriers.id"))
    status: Mapped[str] = mapped_column(String(12))       # OPEN ASSIGNED CLOSED CANCELLED
    collected: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class PickupItem(Base):
    """A parcel the courier scanned at the merchant for a request."""

    __tablename__ = "pickup_items"
    __table_args__ = (UniqueConstraint("request_id", "parcel_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("pickup_requests.id"))
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), index=True)
    scanned_at: Mapped[datetime]


class Receipt(Base):
    """A parcel received at the origin depot, with its measured weight when weighed."""

    __tablename__ = "receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), unique=True)
    location_code: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(index=True)
    declared_weight_g: Mapped[int]
    measured_weight_g: Mapped[int | None]
    weight_flag: Mapped[bool] = mapped_column(default=False)  # beyond the tolerance
    # Re-priced from the measured weight (issue 14): new total - price at creation, in fen.
    price_diff_fen: Mapped[int | None]
    without_pickup: Mapped[bool] = mapped_column(default=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Bag(Base):
    __tablename__ = "bags"

    id: Mapped[int] = mapped_column(primary_key=True)
    bag_no: Mapped[str] = mapped_column(String(12), unique=True)
    destination: Mapped[str] = mapped_column(String(16))   # hub "021" or branch "571-12"
    location_code: Mapped[str] = mapped_column(String(16))  # where it was opened
    status: Mapped[str] = mapped_column(String(12), index=True)  # OPEN SEALED DEPARTED ARRIVED
    pieces: Mapped[int] = mapped_column(default=0)
    weight_g: Mapped[int] = mapped_column(default=0)
    opened_at: Mapped[datetime]
    sealed_at: Mapped[datetime | None]
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class BagItem(Base):
    __tablename__ = "bag_items"
    __table_args__ = (Index("ix_bag_items_parcel", "parcel_id", "removed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bag_id: Mapped[int] = mapped_column(ForeignKey("bags.id"), index=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"))
    added_at: Mapped[datetime]
    removed_at: Mapped[datetime | None]
    remove_reason: Mapped[str] = mapped_column(String(200), default="")


class Manifest(Base):
    __tablename__ = "manifests"

    id: Mapped[int] = mapped_column(primary_key=True)
    manifest_no: Mapped[str] = mapped_column(String(12), unique=True)
    origin: Mapped[str] = mapped_column(String(16))
    destination: Mapped[str] = mapped_column(String(16), index=True)
    vehicle: Mapped[str] = mapped_column(String(20), default="")
    seal_no: Mapped[str] = mapped_column(String(30), default="")
    driver: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[str] = mapped_column(String(12))        # OPEN DEPARTED ARRIVED
    created_at: Mapped[datetime]
    departed_at: Mapped[datetime | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ManifestItem(Base):
    """A bag, or a loose parcel, on a manifest."""

    __tablename__ = "manifest_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    manifest_id: Mapped[int] = mapped_column(ForeignKey("manifests.id"), index=True)
    bag_id: Mapped[int | None] = mapped_column(ForeignKey("bags.id"))
    parcel_id: Mapped[int | None] = mapped_column(ForeignKey("parcels.id"))


class ArrivalSession(Base):
    __tablename__ = "arrival_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    location_code: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(12))        # OPEN CLOSED
    started_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ArrivalScan(Base):
    """One scanned bag or parcel, and on close one row per discrepancy found."""

    __tablename__ = "arrival_items"
    __table_args__ = (Index("ix_arrival_items_session", "session_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("arrival_sessions.id"))
    kind: Mapped[str] = mapped_column(String(12))  # scan, shortage, overage, misroute
    code: Mapped[str] = mapped_column(String(16))
    bag_id: Mapped[int | None] = mapped_column(ForeignKey("bags.id"))
    parcel_id: Mapped[int | None] = mapped_column(ForeignKey("parcels.id"))
    manifest_id: Mapped[int | None] = mapped_column(ForeignKey("manifests.id"))
    at: Mapped[datetime]
