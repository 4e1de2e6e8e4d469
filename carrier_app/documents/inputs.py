"""What the printed documents render from: plain dataclasses, one (or two) per document.

The capabilities build and return these (as waybill/labels_service builds documents/labels'
LabelData), so documents/ never imports a capability package (no import cycles). Kept apart
from the renderers so that a capability returning one of these does not load reportlab.

    BagInfo                 documents/bag_label       sorting/bags
    ManifestInfo, -Line     documents/manifest        sorting/manifests
    PickupInfo              documents/pickup_receipt  pickup/requests
    RunSheet, RunLine       documents/run_sheet       dispatch/runs
    CloseOut                documents/statement       dispatch/runs
    Statement, -Line        documents/statement       finance/settlement
    MonthBill, BillItem     documents/bill            finance/billing
    PodView                 documents/pod             delivery/pod
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class BagInfo:
    bag_no: str
    destination: str
    destination_name: str
    location: str
    status: str
    pieces: int
    weight_g: int
    opened_at: datetime
    sealed_at: datetime | None
    waybills: list[str]


@dataclass(frozen=True)
class ManifestLine:
    kind: str            # "bag" or "parcel"
    number: str          # bag number or waybill number
    pieces: int
    weight_g: int
    destination: str


@dataclass(frozen=True)
class ManifestInfo:
    manifest_no: str
    origin: str
    destination: str
    destination_name: str
    vehicle: str
    seal_no: str
    driver: str
    status: str
    created_at: datetime
    departed_at: datetime | None
    lines: list[ManifestLine] = field(default_factory=list)

    @property
    def bags(self) -> int:
        return sum(1 for line in self.lines if line.kind == "bag")

    @property
    def parcels(self) -> int:
        return sum(line.pieces for line in self.lines)

    @property
    def weight_g(self) -> int:
        return sum(line.weight_g for line in self.lines)


@dataclass(frozen=True)
class PickupInfo:
    id: int
    merchant_code: str
    merchant_name: str
    merchant_address: str
    merchant_contact: str
    pickup_date: date
    window_from: str
    window_to: str
    expected: int
    collected: int
    note: str
    courier_code: str
    courier_name: str
    status: str
    closed_at: datetime | None
    waybills: list[str]


@dataclass(frozen=True)
class RunLine:
    seq: int
    waybill_no: str
    sort_code: str
    recipient_name: str
    phone: str            # masked (138****5678) unless the depot prints full numbers
    address: str
    pieces: int
    cod: Decimal
    status: str
    outcome: str | None
    reason: str
    is_return: bool
    freight: Decimal = Decimal("0.00")   # 到付 freight to collect besides the COD


@dataclass(frozen=True)
class RunSheet:
    id: int
    run_no: str
    run_date: date
    status: str
    courier_code: str
    courier_name: str
    branch_code: str
    branch_name: str
    lines: list[RunLine]
    printed_at: datetime | None
    closed_at: datetime | None

    @property
    def pieces(self) -> int:
        return sum(x.pieces for x in self.lines)

    @property
    def cod_total(self) -> Decimal:
        return sum((x.cod for x in self.lines), Decimal("0.00"))

    @property
    def freight_total(self) -> Decimal:
        return sum((x.freight for x in self.lines), Decimal("0.00"))

    @property
    def unaccounted(self) -> list[str]:
        return [x.waybill_no for x in self.lines if x.outcome is None]


@dataclass(frozen=True)
class CloseOut:
    sheet: RunSheet
    delivered: list[str]
    failed: list[str]
    not_attempted: list[str]
    reattempts: list[tuple[str, date | None]]   # waybill, next attempt date
    returns: list[str]
    cod_collected: Decimal


@dataclass(frozen=True)
class StatementLine:
    waybill_no: str
    order_ref: str
    kind: str             # delivered, returned
    delivered_at: datetime
    cod: Decimal
    fee: Decimal

    @property
    def net(self) -> Decimal:
        return self.cod - self.fee


@dataclass(frozen=True)
class Statement:
    statement_no: str | None   # None: a preview, nothing settled yet
    merchant_code: str
    merchant_name: str
    settlement_account: str
    period_from: date
    period_to: date
    lines: list[StatementLine]
    pending: list[str]         # COD parcels delivered in the period, cash-up not closed
    created_at: datetime | None = None
    #: Freight bills (月结账单) netted off on this statement: (bill number, total).
    bills: tuple[tuple[str, Decimal], ...] = ()

    @property
    def cod_total(self) -> Decimal:
        return sum((x.cod for x in self.lines), Decimal("0.00"))

    @property
    def fee_total(self) -> Decimal:
        return sum((x.fee for x in self.lines), Decimal("0.00"))

    @property
    def bill_total(self) -> Decimal:
        return sum((total for _, total in self.bills), Decimal("0.00"))

    @property
    def net_total(self) -> Decimal:
        """COD less fees less the netted freight bills: below zero the merchant owes."""
        return self.cod_total - self.fee_total - self.bill_total

    @property
    def delivered_count(self) -> int:
        return sum(x.kind == "delivered" for x in self.lines)

    @property
    def returned_count(self) -> int:
        return sum(x.kind == "returned" for x in self.lines)


@dataclass(frozen=True)
class BillItem:
    """One parcel on a monthly bill; amounts in yuan, exact to the fen."""

    waybill_no: str
    order_ref: str
    created_at: datetime
    destination: str
    chargeable_weight_kg: Decimal
    freight: Decimal
    surcharge: Decimal
    insurance: Decimal
    discount: Decimal
    late: bool = False        # created in an earlier month already billed (补计)
    #: a 到付 parcel the receiver did not pay for, back to the merchant: its freight is
    #: charged back on the bill (finance/freight_charges.py, 到付退回)
    charge_back: bool = False

    @property
    def total(self) -> Decimal:
        return self.freight + self.surcharge + self.insurance - self.discount


@dataclass(frozen=True)
class MonthBill:
    """A merchant's freight bill (月结账单) for a month: issued, or a preview (bill_no None)."""

    bill_no: str | None
    merchant_code: str
    merchant_name: str
    month: str                 # YYYY-MM
    lines: list[BillItem]
    #: Waybills of the month not on this bill: not yet priced, or not yet received at origin
    #: (their price is final only then). They go on the next bill issued.
    waiting: list[str] = field(default_factory=list)
    issued_at: datetime | None = None
    issued_by: str = ""
    netted_on: str | None = None   # the statement number it was netted on

    def _sum(self, name: str) -> Decimal:
        return sum((getattr(x, name) for x in self.lines), Decimal("0.00"))

    @property
    def freight_total(self) -> Decimal:
        return self._sum("freight")

    @property
    def surcharge_total(self) -> Decimal:
        return self._sum("surcharge")

    @property
    def insurance_total(self) -> Decimal:
        return self._sum("insurance")

    @property
    def discount_total(self) -> Decimal:
        return self._sum("discount")

    @property
    def total(self) -> Decimal:
        return self._sum("total")


@dataclass(frozen=True)
class PodView:
    id: int
    waybill_no: str
    piece_no: int | None
    pieces: int
    receiver_name: str
    relation: str              # a core.delivery_codes.RELATIONS key
    delivered_at: datetime
    signature_png: bytes | None
    photo: bytes | None
    cod: Decimal
    payment_method: str
    courier_code: str
    recipient_name: str
    address: str
    is_return: bool
    merchant_name: str
    counter_pickup: bool
    username: str
    freight: Decimal = Decimal("0.00")   # 到付 freight collected (issue 14)


@dataclass(frozen=True)
class CashUpReceipt:
    """交款凭证: what a courier (or a branch counter) handed over at a cash-up, as printed
    for the courier to keep. Built by finance/receipt.py from the cash-up as it stands."""
    number: str                                  # CU + the cash-up id, Code 128 on the page
    courier_code: str
    courier_name: str
    status: str                                  # OPEN, PENDING, CLOSED
    lines: list[tuple[str, Decimal, Decimal]]    # method (bilingual), expected, handed over
    #: waybill, COD, 到付 freight, method (bilingual)
    parcels: list[tuple[str, Decimal, Decimal, str]]
    received_by: str                             # the finance user who printed it
    approval: tuple[str, str] | None             # variance approved by, reason
    printed_at: datetime

    @property
    def expected(self) -> Decimal:
        return sum((x[1] for x in self.lines), Decimal("0.00"))

    @property
    def declared(self) -> Decimal:
        return sum((x[2] for x in self.lines), Decimal("0.00"))
