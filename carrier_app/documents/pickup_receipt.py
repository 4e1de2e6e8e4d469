"""The pickup receipt (揽收单) the merchant signs: pieces expected and collected, the
waybill list and the time."""

from __future__ import annotations

from carrier_app.documents.inputs import PickupInfo
from carrier_app.documents.listing import Listing, local


def render_pickup_receipt(p: PickupInfo) -> bytes:
    number = f"PU{p.id:08d}"
    doc = Listing("揽收单 Pickup receipt", number, [
        ("商户 Merchant", f"{p.merchant_code} {p.merchant_name}"),
        ("联系人 Contact", p.merchant_contact or "—"),
        ("地址 Address", p.merchant_address or "—"),
        ("日期 Date", f"{p.pickup_date:%Y-%m-%d} {p.window_from}-{p.window_to}"),
        ("快递员 Courier", f"{p.courier_code} {p.courier_name}".strip() or "—"),
        ("完成 Closed", local(p.closed_at)),
        ("预计件数 Expected", str(p.expected)), ("实收件数 Collected", str(p.collected)),
    ], [("#", 15, "r"), ("运单号 Waybill", 80, "l"), ("备注 Note", 85, "l")])
    for i, wb in enumerate(p.waybills, 1):
        doc.row([str(i), wb, ""])
    diff = p.collected - p.expected
    doc.totals(["", f"合计 Total {p.collected}",
                "" if diff == 0 else f"差异 Difference {diff:+d}"])
    return doc.signatures(["商户签字 Merchant", "快递员 Courier"])
