"""Order files for the reader's tests: a workbook as bytes."""

from __future__ import annotations

import io

import openpyxl


def workbook_bytes(header: list[str], rows: list[list[object]]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [header, *rows]:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
