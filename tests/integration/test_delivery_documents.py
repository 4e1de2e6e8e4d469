"""Run sheet and close-out PDFs rasterised: barcodes decode, Chinese text extracts, totals."""

from __future__ import annotations

from pathlib import Path

import pytest

from carrier_app.delivery import attempts as F
from carrier_app.delivery import pod as D
from carrier_app.dispatch import runs as R
from carrier_app.documents.statement import render_close_out
from carrier_app.store import UnitOfWork
from delivery_support import dispatcher, out_for_delivery, pdf_text_and_codes, strokes

pytestmark = pytest.mark.slow
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def test_run_sheet_pages_barcodes_and_totals(demo_sqlite):
    d = dispatcher("571-15")
    wbs, run_id = out_for_delivery(demo_sqlite, 12, cod="12.34", name="欧阳娜娜")
    with UnitOfWork(demo_sqlite) as uow:
        sheet = R.run_sheet(uow, d, run_id)
        pdf = R.print_run(uow, d, run_id)   # a reprint: parcels are already out
    text, codes = pdf_text_and_codes(pdf)
    import pypdfium2 as pdfium
    page = pdfium.PdfDocument(pdf)[0]
    page.render(scale=100 / 72).to_pil().save(SCREENSHOTS / "run_sheet_page1.png")
    assert set(wbs) <= set(codes)
    assert codes.count(sheet.run_no) >= 2            # on every page
    assert "派件单 Run sheet" in text and "欧阳娜娜" in text and "138****5678" in text
    assert "571-15-01" in text
    assert "¥148.08" in text and "12 票" in text    # 12 x 12.34
    assert "13812345678" not in text                 # the phone is masked


def test_close_out_summary(demo_sqlite):
    d = dispatcher("571-15")
    wbs, run_id = out_for_delivery(demo_sqlite, 3, cod="5.00")
    with UnitOfWork(demo_sqlite) as uow:
        D.deliver(uow, d, D.DeliveryInput(wbs[0], "张三", "SELF", strokes(),
                                          payment_method="cash"))
    with UnitOfWork(demo_sqlite) as uow:
        F.fail(uow, d, wbs[1], "NOBODY_HOME")
    with UnitOfWork(demo_sqlite) as uow:
        F.fail(uow, d, wbs[2], "REFUSED")
    with UnitOfWork(demo_sqlite) as uow:
        out = R.close_run(uow, d, run_id)
    assert out.delivered == [wbs[0]] and out.returns == [wbs[2]]
    assert [w for w, _ in out.reattempts] == [wbs[1]]
    text, _ = pdf_text_and_codes(render_close_out(out))
    assert "派件单结算" in text and "¥5.00" in text and "无人在家 nobody_home" in text
    assert "拒收 refused → 退回 return" in text


def test_run_sheet_with_full_phones_when_the_depot_sets_it(demo_sqlite, monkeypatch):
    from sqlalchemy import select

    from carrier_app.config import Settings
    from carrier_app.store.models import AuditLog

    assert Settings(db_url="").run_sheet_full_phones is False      # default: masked
    monkeypatch.setenv("CARRIER_RUN_SHEET_PHONES", "full")
    full = Settings(db_url="").run_sheet_full_phones
    assert full is True
    d = dispatcher("571-15")
    _wbs, run_id = out_for_delivery(demo_sqlite, 2, name="欧阳娜娜")
    with UnitOfWork(demo_sqlite) as uow:
        pdf = R.print_run(uow, d, run_id, full_phones=full)
    text, _ = pdf_text_and_codes(pdf)
    assert "13812345678" in text and "138****5678" not in text
    with UnitOfWork(demo_sqlite) as uow:
        assert uow.session.scalars(select(AuditLog.action).where(
            AuditLog.action == "run_printed_full_phones")).all() == ["run_printed_full_phones"]
