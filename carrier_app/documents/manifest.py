"""The linehaul manifest (交接单): bags and loose parcels on a vehicle, with totals and
signature boxes for the dispatcher, the driver and the receiving hub."""

from __future__ import annotations

from carrier_app.documents.inputs import ManifestInfo
from carrier_app.documents.listing import Listing, local


def _kg(grams: int) -> str:
    return f"{grams / 1000:.3f}".rstrip("0").rstrip(".") + " kg" if grams else "—"


def render_manifest(m: ManifestInfo) -> bytes:
    doc = Listing("交接单 Linehaul manifest", m.manifest_no, [
        ("始发 From", m.origin), ("目的 To", f"{m.destination} {m.destination_name}"),
        ("车牌 Vehicle", m.vehicle or "—"), ("封签号 Seal no.", m.seal_no or "—"),
        ("司机 Driver", m.driver or "—"), ("发车 Departed", local(m.departed_at)),
    ], [("#", 12, "r"), ("类型 Type", 28, "l"), ("编号 Number", 55, "l"),
        ("目的 Destination", 35, "l"), ("件数 Pieces", 25, "r"), ("重量 Weight", 25, "r")])
    for i, line in enumerate(m.lines, 1):
        doc.row([str(i), "袋 Bag" if line.kind == "bag" else "散件 Parcel", line.number,
                 line.destination, str(line.pieces), _kg(line.weight_g)])
    doc.totals(["", "合计 Total", f"{m.bags} 袋 bags / {len(m.lines) - m.bags} 散件 loose",
                "", str(m.parcels), _kg(m.weight_g)])
    return doc.signatures(["发出 Dispatched by", "司机 Driver", "接收 Received by"])
