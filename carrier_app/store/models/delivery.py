"""Dispatch, delivery and finance tables (issue 6): courier runs, delivery attempts, proofs of
delivery, courier cash-ups and merchant settlements. Money in integer fen."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint, false, text,
)
from sqlalchemy.orm import Mapped, mapped_column

from carrier_app.store.base import Base


class DeliveryRun(Base):
    """One courier's run (派件单): the parcels he takes out on `run_date`."""

    __tablename__ = "delivery_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_no: Mapped[str] = mapped_column(String(24), unique=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("couriers.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    run_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="OPEN")  # OPEN, OUT, CLOSED
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(40), default="")
    printed_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str] = mapped_column(String(40), default="")


class RunItem(Base):
    """A parcel on a run. `open_parcel_id` repeats parcel_id while the run is open and is
    cleared at close: its unique constraint keeps a parcel on one open run at a time."""

    __tablename__ = "run_items"
    __table_args__ = (UniqueConstraint("run_id", "parcel_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("delivery_runs.id"), index=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), index=True)
    open_parcel_id: Mapped[int | None] = mapped_column(unique=True)
    seq: Mapped[int]
    # None while out; DELIVERED, FAILED, NOT_ATTEMPTED after the close-out scan.
    outcome: Mapped[str | None] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(40), default="")


class DeliveryAttempt(Base):
    """A failed delivery attempt: why, and when to try again."""

    __tablename__ = "delivery_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("delivery_runs.id"))
    courier_id: Mapped[int | None] = mapped_column(ForeignKey("couriers.id"))
    attempt_no: Mapped[int]
    reason: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(String(200), default="")
    next_attempt: Mapped[date | None] = mapped_column(Date)
    at: Mapped[datetime]
    username: Mapped[str] = mapped_column(String(40), default="")


#: Deliveries with money a cash-up has still to count (migration 0021), as each database
#: writes it; the cash-up's query says the same, its zeros as literals (finance/cashup.py).
_MONEY = "(cod_fen > 0 OR freight_fen > 0)"
UNCOUNTED = {"postgresql": f"NOT counted AND {_MONEY}", "sqlite": f"counted = 0 AND {_MONEY}"}


class ProofOfDelivery(Base):
    """Who received a parcel (or piece), their signature (vector strokes and PNG), a photo."""

    __tablename__ = "proofs_of_delivery"
    # A cash-up reads only these, not every delivery ever made.
    __table_args__ = (Index("ix_proofs_of_delivery_uncounted", "counter_pickup", "courier_id",
                            postgresql_where=text(UNCOUNTED["postgresql"]),
                            sqlite_where=text(UNCOUNTED["sqlite"])),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), index=True)
    piece_no: Mapped[int | None]
    run_id: Mapped[int | None] = mapped_column(ForeignKey("delivery_runs.id"))
    courier_id: Mapped[int | None] = mapped_column(ForeignKey("couriers.id"))
    receiver_name: Mapped[str] = mapped_column(String(60))
    relation: Mapped[str] = mapped_column(String(16))
    strokes: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[[x, y], ...], ...]
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    photo_name: Mapped[str] = mapped_column(String(120), default="")
    counter_pickup: Mapped[bool] = mapped_column(default=False)
    cod_fen: Mapped[int] = mapped_column(default=0)
    freight_fen: Mapped[int] = mapped_column(default=0)   # 到付 freight collected (0014)
    payment_method: Mapped[str] = mapped_column(String(12), default="")
    delivered_at: Mapped[datetime] = mapped_column(index=True)
    username: Mapped[str] = mapped_column(String(40), default="")
    #: Its money is in a cash-up (cash_up_parcels): set with that row (finance/cashup.py).
    counted: Mapped[bool] = mapped_column(default=False, server_default=false())


OPEN_CASH_UP = "status <> 'CLOSED'"


class CashUp(Base):
    """A courier hands over the COD he collected — or, with no courier, a branch counter
    hands over what it took at counter pickups. CLOSED cash-ups are never changed."""

    __tablename__ = "cash_ups"
    # One cash-up not yet CLOSED per courier, and per branch counter: two finance clerks
    # opening one at the same moment get one cash-up, not two halves of the COD.
    __table_args__ = (
        Index("uq_cash_ups_open_courier", "courier_id", unique=True,
              sqlite_where=text(OPEN_CASH_UP), postgresql_where=text(OPEN_CASH_UP)),
        Index("uq_cash_ups_open_branch", "branch_id", unique=True,
              sqlite_where=text(f"courier_id IS NULL AND {OPEN_CASH_UP}"),
              postgresql_where=text(f"courier_id IS NULL AND {OPEN_CASH_UP}")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    courier_id: Mapped[int | None] = mapped_column(ForeignKey("couriers.id"), index=True)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))  # counter
    status: Mapped[str] = mapped_column(String(16), default="OPEN")  # OPEN, PENDING, CLOSED
    expected_fen: Mapped[int] = mapped_column(default=0)
    declared_fen: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(40), default="")
    declared_by: Mapped[str] = mapped_column(String(40), default="")
    closed_at: Mapped[datetime | None]


class CashUpLine(Base):
    __tablename__ = "cash_up_lines"
    __table_args__ = (UniqueConstraint("cash_up_id", "method"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cash_up_id: Mapped[int] = mapped_column(ForeignKey("cash_ups.id"))
    method: Mapped[str] = mapped_column(String(12))
    expected_fen: Mapped[int] = mapped_column(default=0)
    declared_fen: Mapped[int] = mapped_column(default=0)


class CashUpParcel(Base):
    """A delivered COD parcel counted in a cash-up; unique, so it is counted once."""

    __tablename__ = "cash_up_parcels"

    id: Mapped[int] = mapped_column(primary_key=True)
    cash_up_id: Mapped[int] = mapped_column(ForeignKey("cash_ups.id"), index=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), unique=True)
    cod_fen: Mapped[int]
    freight_fen: Mapped[int] = mapped_column(default=0)   # 到付 freight (0014)
    method: Mapped[str] = mapped_column(String(12))


class CashUpApproval(Base):
    __tablename__ = "cash_up_approvals"

    id: Mapped[int] = mapped_column(primary_key=True)
    cash_up_id: Mapped[int] = mapped_column(ForeignKey("cash_ups.id"), unique=True)
    variance_fen: Mapped[int]
    reason: Mapped[str] = mapped_column(String(200))
    approved_by: Mapped[str] = mapped_column(String(40))
    approved_at: Mapped[datetime]


class Settlement(Base):
    """A merchant statement (结算单) for a period: COD collected less fees."""

    __tablename__ = "settlements"

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_no: Mapped[str] = mapped_column(String(32), unique=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    cod_fen: Mapped[int]
    fee_fen: Mapped[int]
    net_fen: Mapped[int]  # cod - fee - bill: negative when the merchant owes the carrier
    bill_fen: Mapped[int] = mapped_column(default=0)  # freight bills netted (issue 14)
    delivered_count: Mapped[int]
    returned_count: Mapped[int]
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(40), default="")


class SettledParcel(Base):
    """A parcel on a statement; unique on parcel_id: a parcel is never settled twice."""

    __tablename__ = "settled_parcels"

    id: Mapped[int] = mapped_column(primary_key=True)
    settlement_id: Mapped[int] = mapped_column(ForeignKey("settlements.id"), index=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcels.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(12))  # delivered, returned
    cod_fen: Mapped[int]
    fee_fen: Mapped[int]
