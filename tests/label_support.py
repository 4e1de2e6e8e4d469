"""Helpers for label tests: sample label data, and reading a PDF back the way a scanner and a
text reader would (rasterise at 203 dpi on white, decode with zxing-cpp)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image

from carrier_app.core import s10
from carrier_app.documents.labels import LabelData

DPI = 203


def sample_labels(n: int = 1, *, pieces: int = 1, cod: str = "0", address: str | None = None,
                  serial: int = 15, name: str = "欧阳娜娜") -> list[LabelData]:
    wb = s10.make("AA", serial)
    return [LabelData(
        waybill=wb, piece_no=i, pieces=pieces, barcode=wb if pieces == 1 else f"{wb}-{i}",
        service="express", date=date(2026, 11, 23), sort_code="571-12-07",
        recipient_name=name, recipient_phone="13812345678",
        recipient_address=address or "浙江省杭州市西湖区文三路 90 号东部软件园 3 号楼 502 室",
        sender_name="杭州云杉服饰有限公司", sender_phone="13857112345",
        sender_address="浙江省杭州市西湖区文三路 90 号", weight_kg=Decimal("1.25"),
        cod=Decimal(cod), order_ref="ORD-1", carrier="云途快运 YunTu Express")
        for i in range(1, max(n, pieces) + 1)]


@dataclass(frozen=True)
class PageCodes:
    code128: list[str]
    qr: list[str]


def decode_pages(pdf: bytes) -> list[PageCodes]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    try:
        for page in doc:
            img = page.render(scale=DPI / 72, may_draw_forms=False).to_pil()
            white = Image.new("RGB", img.size, "white")
            white.paste(img.convert("RGB"))
            found = zxingcpp.read_barcodes(white.convert("L"))
            out.append(PageCodes(
                [r.text for r in found if r.format == zxingcpp.BarcodeFormat.Code128],
                [r.text for r in found if r.format == zxingcpp.BarcodeFormat.QRCode]))
    finally:
        doc.close()
    return out


def make_batch(db, waybills: list[str], *, merchant: str = "M001",
               file_name: str = "orders.csv", **parcel_values: object) -> int:
    """An import batch holding `waybills` (as if the order import had created them)."""
    from sqlalchemy import select, update

    from carrier_app.core.clock import utcnow
    from carrier_app.store import UnitOfWork
    from carrier_app.store.models import ImportBatch, Merchant, Parcel

    with UnitOfWork(db) as uow:
        m = uow.session.scalar(select(Merchant).where(Merchant.code == merchant))
        batch = ImportBatch(merchant_id=m.id, file_name=file_name, encoding="utf-8",
                            rows_total=len(waybills), created=len(waybills),
                            created_at=utcnow())
        uow.session.add(batch)
        uow.session.flush()
        uow.session.execute(update(Parcel).where(Parcel.waybill_no.in_(waybills))
                            .values(batch_id=batch.id, **parcel_values))
        uow.commit()
        return batch.id
