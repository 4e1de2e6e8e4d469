"""交款凭证 Cash-up receipt, A4: who handed over how much by method (expected, handed over,
variance), the parcels whose COD it covers, the approval of a variance, and two signatures.
Drawn by the shared listing (documents/listing.py)."""

from __future__ import annotations

from decimal import Decimal

from carrier_app.documents.inputs import CashUpReceipt
from carrier_app.documents.listing import Listing, local

STATUS_ZH = {"OPEN": "未交款 open", "PENDING": "差异待批 variance pending",
             "CLOSED": "已结清 closed"}


def _yuan(amount: Decimal) -> str:
    return f"¥{amount:,.2f}"


def render_cashup_receipt(r: CashUpReceipt) -> bytes:
    variance = r.declared - r.expected
    info = [("快递员 Courier", f"{r.courier_code} {r.courier_name}"),
            ("状态 Status", STATUS_ZH.get(r.status, r.status)),
            ("应交 Expected", _yuan(r.expected)), ("实交 Handed over", _yuan(r.declared)),
            ("差异 Variance", f"{variance:+,.2f}"), ("经办人 Printed by", r.received_by),
            ("打印时间 Printed", local(r.printed_at))]
    for method, expected, declared in r.lines:
        info.append((method, f"{_yuan(declared)} / {_yuan(expected)}"))
    if r.approval:
        info.append(("差异批准 Variance approved", f"{r.approval[0]}: {r.approval[1]}"))
    doc = Listing("交款凭证 Cash-up receipt", r.number, info,
                  [("#", 12, "r"), ("运单号 Waybill", 52, "l"), ("代收货款 COD", 38, "r"),
                   ("到付运费 Freight", 38, "r"), ("方式 Paid by", 40, "l")])
    for i, (wb, cod, freight, method) in enumerate(r.parcels, 1):
        doc.row([str(i), wb, _yuan(cod), _yuan(freight), method])
    doc.totals(["", f"合计 Total {len(r.parcels)}",
                _yuan(sum((p[1] for p in r.parcels), Decimal("0.00"))),
                _yuan(sum((p[2] for p in r.parcels), Decimal("0.00"))), ""])
    return doc.signatures(["快递员 Courier", "收款人 Received by"])
