"""Parcels (one per waybill), their pieces, the append-only scan events, numbering."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger, ForeignKey, Index, String, Text, UniqueConstraint, false, text,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from carrier_app.core.phone import last_four
from carrier_app.store.base import Base


def _phone_last4(context: DefaultExecutionContext) -> str | None:
    """Insert default of parcels.recipient_phone_last4 for Core inserts (bulk creation)."""
    params = context.get_current_parameters()  # type: ignore[no-untyped-call]
    phone = params.get("recipient_phone")
    return last_four(phone) if isinstance(phone, str) else None


#: The parcels a merchant's statement or monthly bill can still take (migration 0020), as
#: each database writes a boolean: a partial index holds only these, so a statement or a bill
#: reads what is still open, not the merchant's whole history (nor a walk-in sender's
#: parcel, which no statement takes). The queries (finance/) say the same with the statuses
#: as literals: a partial index serves a query only when its own WHERE implies the index's,
#: which a bound parameter cannot.
SETTLE_STATUSES = ("DELIVERED", "RETURNED")
# PostgreSQL prints an IN list on a varchar column back in a form it then reads differently
# (a dump and restore would change the index); the OR is printed as it reads, and its planner
# proves it from the query's IN all the same. SQLite needs the query's own terms.
UNSETTLED = {"postgresql": "NOT settled AND (status = 'DELIVERED' OR status = 'RETURNED') "
                           "AND merchant_id IS NOT NULL",
             "sqlite": "settled = 0 AND status IN ('DELIVERED', 'RETURNED') "
                       "AND merchant_id IS NOT NULL"}
UNBILLED = {"postgresql": "NOT billed AND payer = 'MONTHLY' AND status <> 'CANCELLED'",
            "sqlite": "billed = 0 AND payer = 'MONTHLY' AND status <> 'CANCELLED'"}
#: The parcels a courier carries now (his load against his capacity), revision 0022.
CARRIED_STATUSES = ("ASSIGNED", "OUT_FOR_DELIVERY")
CARRIED = {"postgresql": "(status = 'ASSIGNED' OR status = 'OUT_FOR_DELIVERY')",
           "sqlite": "status IN ('ASSIGNED', 'OUT_FOR_DELIVERY')"}


class Parcel(Base):
    __tablename__ = "parcels"
    __table_args__ = (
        UniqueConstraint("merchant_id", "order_ref"),
        Index("ix_parcels_status_dest", "status", "dest_branch_id"),
        # Search (issue 13 item 4): prefix look-ups by LIKE 'x%' on PostgreSQL (pattern ops
        # whatever the database's collation), by GLOB 'x*' on SQLite (its binary index).
        Index("ix_parcels_order_ref_prefix", "order_ref",
              postgresql_ops={"order_ref": "text_pattern_ops"}),
        Index("ix_parcels_recipient_name_prefix", "recipient_name",
              postgresql_ops={"recipient_name": "text_pattern_ops"}),
        Index("ix_parcels_unsettled", "merchant_id",
              postgresql_where=text(UNSETTLED["postgresql"]),
              sqlite_where=text(UNSETTLED["sqlite"])),
        Index("ix_parcels_unbilled", "merchant_id", "created_at",
              postgresql_where=text(UNBILLED["postgresql"]),
              sqlite_where=text(UNBILLED["sqlite"])),
        Index("ix_parcels_carried", "courier_id",
              postgresql_where=text(CARRIED["postgresql"]),
              sqlite_where=text(CARRIED["sqlite"])),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    waybill_no: Mapped[str] = mapped_column(String(13), unique=True)
    merchant_id: Mapped[int | None] = mapped_column(ForeignKey("merchants.id"))
    order_ref: Mapped[str | None] = mapped_column(String(64))
    batch_id: Mapped[int | None] = mapped_column(index=True)  # import batch, if imported
    service: Mapped[str] = mapped_column(String(16), default="standard")
    pieces: Mapped[int] = mapped_column(default=1)
    weight_g: Mapped[int] = mapped_column(default=0)  # grams: kg with 3 decimals, no float
    # the merchant's default weight, not a weighed one: receiving replaces it (issue 12)
    weight_estimated: Mapped[bool] = mapped_column(default=False, server_default=false())
    length_cm: Mapped[int | None]
    width_cm: Mapped[int | None]
    height_cm: Mapped[int | None]
    cod_fen: Mapped[int] = mapped_column(default=0)
    declared_value_fen: Mapped[int] = mapped_column(default=0)
    # Price (issue 14): set at creation from the rate card, re-set from the weight measured
    # at receiving. freight_fen None: not priced (no rate card matched).
    payer: Mapped[str] = mapped_column(String(12), default="SENDER_CASH")  # core.pricing.PAYERS
    chargeable_weight_g: Mapped[int | None]
    freight_fen: Mapped[int | None]
    surcharge_fen: Mapped[int] = mapped_column(default=0)
    discount_fen: Mapped[int] = mapped_column(default=0)
    insurance_fen: Mapped[int] = mapped_column(default=0)
    contents: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(String(200), default="")

    recipient_name: Mapped[str] = mapped_column(String(60))
    recipient_phone: Mapped[str] = mapped_column(String(32))
    #: The phone's last four digits, for the search by them (kept by `_set_phone` and, for
    #: Core inserts, by its default; filled for older rows by revision 0012).
    recipient_phone_last4: Mapped[str | None] = mapped_column(String(4), index=True,
                                                              default=_phone_last4)
    recipient_province: Mapped[str] = mapped_column(String(20), default="")
    recipient_city: Mapped[str] = mapped_column(String(40), default="")
    recipient_district: Mapped[str] = mapped_column(String(40), default="")
    recipient_address: Mapped[str] = mapped_column(String(300))
    recipient_postcode: Mapped[str] = mapped_column(String(6), default="")
    sender_name: Mapped[str] = mapped_column(String(120), default="")
    sender_phone: Mapped[str] = mapped_column(String(32), default="")
    sender_address: Mapped[str] = mapped_column(String(300), default="")
    # Counter acceptance (收寄实名, issue 14): the sender's ID type, its masked number and the
    # keyed hash a returning sender is found by - never the number itself.
    sender_id_type: Mapped[str] = mapped_column(String(16), default="")
    sender_id_masked: Mapped[str] = mapped_column(String(24), default="")
    sender_id_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    # 验视: True when the clerk inspected the contents; else the reason why not.
    inspected: Mapped[bool] = mapped_column(default=False)
    inspection_note: Mapped[str] = mapped_column(String(120), default="")

    origin_branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    dest_branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    route_id: Mapped[int | None] = mapped_column(ForeignKey("routes.id"))
    sort_code: Mapped[str | None] = mapped_column(String(16))  # None: needs manual routing

    status: Mapped[str] = mapped_column(String(20), index=True)
    status_before_hold: Mapped[str | None] = mapped_column(String(20))
    is_return: Mapped[bool] = mapped_column(default=False)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    courier_id: Mapped[int | None] = mapped_column(ForeignKey("couriers.id"))
    last_location: Mapped[str] = mapped_column(String(16), default="")
    # A missorted parcel forwarded from a place off its path: it may be sorted and bagged
    # there towards its destination (core.location; sorting.forward).
    forwarded_at: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: The key of the form session (or other client) that created it: creating again with the
    #: same key returns this waybill instead of a second one (issue 10 item 3).
    client_key: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)
    #: When its label was first printed (a screen or `carrier-app labels`); a later print of
    #: it is a reprint, marked 补打 (waybill.labels_service.print_labels).
    label_printed_at: Mapped[datetime | None]
    #: On a merchant statement (settled_parcels) / on a bill (bill_lines): set with that row,
    #: in its transaction (finance/settlement.py, finance/billing.py).
    settled: Mapped[bool] = mapped_column(default=False, server_default=false())
    billed: Mapped[bool] = mapped_column(default=False, server_default=false())

    piece_rows: Mapped[list[Piece]] = relationship(back_populates="parcel",
                                                   order_by="Piece.piece_no")

    @validates("recipient_phone")
    def _set_phone(self, _key: str, phone: str) -> str:
        self.recipient_phone_last4 = last_four(phone)
        return phone


class Piece(Base):
    __tablename__ = "pieces"
    __table_args__ = (UniqueConstraint("parcel_id", "piece_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"))
    piece_no: Mapped[int]
    status: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[datetime]

    parcel: Mapped[Parcel] = relationship(back_populates="piece_rows")


class ScanEvent(Base):
    """Every state change and every refused scan of a parcel. Appended, never edited."""

    __tablename__ = "scan_events"
    __table_args__ = (Index("ix_scan_events_parcel", "parcel_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"))
    piece_no: Mapped[int | None]  # None: the whole waybill
    event: Mapped[str] = mapped_column(String(20))
    status_before: Mapped[str | None] = mapped_column(String(20))
    status_after: Mapped[str | None] = mapped_column(String(20))  # None: no change (REJECTED…)
    location_code: Mapped[str] = mapped_column(String(16), default="")
    station: Mapped[str] = mapped_column(String(64), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    courier_id: Mapped[int | None] = mapped_column(ForeignKey("couriers.id"))
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    client_event_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    message: Mapped[str] = mapped_column(String(300), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON


class RejectedScan(Base):
    """A scan that matched no parcel: shown to the user and kept for the supervisor."""

    __tablename__ = "rejected_scans"

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_code: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(40))
    event: Mapped[str] = mapped_column(String(20))
    location_code: Mapped[str] = mapped_column(String(16), default="")
    station: Mapped[str] = mapped_column(String(64), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    occurred_at: Mapped[datetime]


class NumberSequence(Base):
    """Next free serial per number series; advanced a whole block at a time."""

    __tablename__ = "number_sequences"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_value: Mapped[int] = mapped_column(BigInteger)


class WaybillBlock(Base):
    """A reserved block of serials: who took it and when (numbers in it are never reissued)."""

    __tablename__ = "number_blocks"

    id: Mapped[int] = mapped_column(primary_key=True)
    sequence: Mapped[str] = mapped_column(String(32))
    first: Mapped[int] = mapped_column(BigInteger)
    last: Mapped[int] = mapped_column(BigInteger)
    station: Mapped[str] = mapped_column(String(64), default="")
    reserved_at: Mapped[datetime]
