"""Bag label, manifest and pickup receipt PDFs: rasterised at 203 dpi, barcodes decoded,
text extracted."""

from __future__ import annotations

from datetime import date

import pypdfium2 as pdfium
import zxingcpp

from carrier_app.core.lifecycle import Event
from carrier_app.documents.bag_label import render_bag_label
from carrier_app.documents.manifest import render_manifest
from carrier_app.documents.pickup_receipt import render_pickup_receipt
from carrier_app.pickup import requests
from carrier_app.sorting import bags, manifests
from carrier_app.sorting.common import HubSerials
from carrier_app.store import UnitOfWork
from hub_support import SUP, TO_021_03, make_parcels


def pages(pdf: bytes) -> list[tuple[set[tuple[str, str]], str]]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for page in doc:
        img = page.render(scale=203 / 72).to_pil()
        codes = {(r.format.name, r.text) for r in zxingcpp.read_barcodes(img)}
        out.append((codes, page.get_textpage().get_text_range()))
    doc.close()
    return out


def _bag_and_manifest(db, n_loose: int = 0):
    wbs = make_parcels(db, 3 + n_loose, postcode=TO_021_03, steps=(Event.RECEIVE, Event.SORT))
    bs, ms = HubSerials(db, "BG"), HubSerials(db, "MF")
    bs.ensure(1)
    ms.ensure(1)
    with UnitOfWork(db) as uow:
        bag = bags.open_bag(uow, SUP, bs, "021-03")
        uow.commit()
    for wb in wbs[:3]:
        with UnitOfWork(db) as uow:
            bags.add_to_bag(uow, SUP, bag.bag_no, wb)
    with UnitOfWork(db) as uow:
        info = bags.seal_bag(uow, SUP, bag.bag_no)
        uow.commit()
    with UnitOfWork(db) as uow:
        m = manifests.create_manifest(uow, SUP, ms, "021", vehicle="浙A·12345", seal_no="S778",
                                      driver="王师傅")
        manifests.add_to_manifest(uow, SUP, m.manifest_no, bag.bag_no)
        for wb in wbs[3:]:
            manifests.add_to_manifest(uow, SUP, m.manifest_no, wb)
        uow.commit()
    with UnitOfWork(db) as uow:
        manifests.depart(uow, SUP, m.manifest_no)
    with UnitOfWork(db) as uow:
        return info, manifests.manifest_info(uow, SUP, m.manifest_no), wbs


def test_bag_label_decodes(demo_sqlite, tmp_path):
    bag, _, _ = _bag_and_manifest(demo_sqlite)
    pdf = render_bag_label(bag)
    (tmp_path / "bag.pdf").write_bytes(pdf)
    [(codes, text)] = pages(pdf)
    assert ("Code128", bag.bag_no) in codes and ("QRCode", bag.bag_no) in codes
    assert "021-03" in text and "浦东营业部" in text and "3" in text and "集包" in text


def test_manifest_pdf_lists_everything_with_totals_over_pages(demo_sqlite, tmp_path):
    _, m, wbs = _bag_and_manifest(demo_sqlite, n_loose=40)
    pdf = render_manifest(m)
    (tmp_path / "manifest.pdf").write_bytes(pdf)
    got = pages(pdf)
    assert len(got) >= 2
    assert all(("Code128", m.manifest_no) in codes for codes, _ in got)
    text = "".join(t for _, t in got)
    assert "交接单" in text and "Linehaul manifest" in text and "S778" in text
    assert all(wb in text for wb in wbs[3:]) and m.lines[0].number in text
    assert "43" in got[-1][1]  # total pieces on the last page


def test_pickup_receipt(demo_sqlite):
    wbs = make_parcels(demo_sqlite, 2)
    with UnitOfWork(demo_sqlite) as uow:
        r = requests.create_request(uow, SUP, "M001", date.today(), "09:00", "11:00", 3)
        requests.assign_courier(uow, SUP, r.id, "C5711201")
        uow.commit()
    for wb in wbs:
        with UnitOfWork(demo_sqlite) as uow:
            requests.collect(uow, SUP, r.id, wb)
    with UnitOfWork(demo_sqlite) as uow:
        info = requests.close_request(uow, SUP, r.id)
        uow.commit()
    [(codes, text)] = pages(render_pickup_receipt(info))
    assert ("Code128", f"PU{r.id:08d}") in codes
    assert all(wb in text for wb in wbs) and "揽收单" in text and "-1" in text
