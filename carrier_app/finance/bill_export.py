"""A monthly bill (finance/billing) as XLSX or CSV: one row per parcel, then the totals.
Dates are the depot's local dates, amounts numbers (Decimal, two places), text cells
neutralised (core/cells.py) as in every file the app writes."""

from __future__ import annotations

from carrier_app.core.cells import safe_row
from carrier_app.core.clock import local_text, zone_name
from carrier_app.core.money import CENT
from carrier_app.finance.billing import MonthBill
from carrier_app.finance.export import csv_bytes, xlsx_bytes

HEADER = ["运单号 Waybill", "订单号 Order ref", "日期 Date", "目的地 Destination",
          "计费重量 Chargeable kg", "运费 Freight", "附加费 Surcharges", "保价费 Insurance",
          "折扣 Discount", "合计 Total", "补计 Late"]


def rows(bill: MonthBill) -> list[list[object]]:
    """Body and total row, neutralised; amounts as Decimal (discount as a positive amount,
    deducted in the total)."""
    out: list[list[object]] = [
        safe_row([x.waybill_no, x.order_ref, local_text(x.created_at, "%Y-%m-%d"),
                  x.destination, x.chargeable_weight_kg,
                  *(v.quantize(CENT) for v in (x.freight, x.surcharge, x.insurance,
                                               x.discount, x.total)),
                  "补 late" if x.late else "到付退回 charge-back" if x.charge_back else ""])
                 for x in bill.lines]
    out.append(safe_row(["合计 Total", "", len(bill.lines), "", "",
                         *(v.quantize(CENT) for v in (
                             bill.freight_total, bill.surcharge_total, bill.insurance_total,
                             bill.discount_total, bill.total)), ""]))
    return out


def title(bill: MonthBill) -> list[object]:
    return safe_row([f"月结账单 Monthly bill {bill.bill_no or '(preview)'}", bill.merchant_code,
                     bill.merchant_name, bill.month, f"时区 Time zone {zone_name()}"])


def to_csv(bill: MonthBill) -> bytes:
    return csv_bytes(title(bill), HEADER, rows(bill))


def to_xlsx(bill: MonthBill) -> bytes:
    return xlsx_bytes("Bill", title(bill), HEADER, rows(bill), 5,
                      (16, 18, 12, 18, 12, 10, 10, 10, 10, 10, 8))
