"""日报 Day report (issue 13 item 6): the dashboard's figures of one local day on A4 (PDF, the
CJK font embedded) and as a workbook (XLSX, every cell through core/cells.py). Rendered from
its own input dataclass, `DayReport`, which reports/day_report.py builds from the figures."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from carrier_app.core.cells import safe_row
from carrier_app.core.clock import local_text


@dataclass(frozen=True)
class DayReport:
    day: date
    location: str                                   # "" = the whole network
    zone: str
    generated_at: datetime
    stage_heads: list[tuple[str, str]]              # (key, bilingual heading), journey order
    stages: dict[str, int]
    stations: list[tuple[str, dict[str, int]]]      # station, stage -> parcels
    couriers: list[tuple[str, str, int, int, Decimal]]  # code, name, delivered, failed, COD
    problems: list[tuple[str, list[int]]]           # reason (bilingual), counts per age band
    age_bands: list[str]
    pending_cashups: list[tuple[int, str, Decimal, Decimal, Decimal]]  # id, who, exp, dec, var
    stranded: int
    cod_collected: Decimal
    cod_handed_over: Decimal
    week: list[tuple[date, int, float | None]]      # day, volume, first-attempt rate

    @property
    def where(self) -> str:
        return self.location or "全网 all"


def _rate(r: float | None) -> str:
    return "—" if r is None else f"{r * 100:.1f}%"


def _sections(r: DayReport) -> list[tuple[str, list[str], list[list[object]]]]:
    """The report's tables: (title, headings, rows), the same for the PDF and the XLSX."""
    short = [h for _, h in r.stage_heads]
    keys = [k for k, _ in r.stage_heads]
    out: list[tuple[str, list[str], list[list[object]]]] = [
        ("各环节 Stages", ["环节 Stage", "件数 Parcels"],
         [[h, r.stages.get(k, 0)] for k, h in r.stage_heads]),
        ("按工位 By station", ["工位 Station", *short],
         [[s, *[c.get(k, 0) for k in keys]] for s, c in r.stations]),
        ("按快递员 By courier", ["快递员 Courier", "姓名 Name", "签收 Delivered",
                                 "失败 Failed", "代收 COD"],
         [[code, name, d, f, cod] for code, name, d, f, cod in r.couriers]),
        ("未结问题件 Open problems", ["原因 Reason", *r.age_bands],
         [[reason, *counts] for reason, counts in r.problems]),
        ("待审批交款 Cash-ups awaiting approval", ["编号 No.", "交款人 Who", "应交 Expected",
                                                  "实交 Declared", "差额 Variance"],
         [[i, who, e, d, v] for i, who, e, d, v in r.pending_cashups]),
        ("近7天 Last 7 days", ["日期 Day", "收件 Volume", "首次派送成功率 First-attempt"],
         [[f"{d:%Y-%m-%d}", n, _rate(rate)] for d, n, rate in r.week]),
    ]
    return out


def _summary(r: DayReport) -> list[str]:
    return [f"日期 Day: {r.day:%Y-%m-%d}    网点 Location: {r.where}    时区 Time zone: {r.zone}",
            f"留仓 Stranded at close: {r.stranded}    "
            f"未结问题件 Open problems: {sum(sum(c) for _, c in r.problems)}",
            f"代收货款 COD collected: ¥{r.cod_collected:,.2f}    "
            f"已交款 Handed over: ¥{r.cod_handed_over:,.2f}",
            f"生成 Generated: {local_text(r.generated_at, offset=True)}"]


def _cell(value: object) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return str(value)


def render_pdf(r: DayReport) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from carrier_app.documents.pdfkit import register_fonts

    font = register_fonts()
    margin, line = 15 * mm, 5.5 * mm
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1)
    c.setTitle(f"日报 Day report {r.day:%Y-%m-%d} {r.where}")
    width = A4[0] - 2 * margin
    y = A4[1] - margin

    def need(h: float) -> None:
        nonlocal y
        if y - h < margin:
            c.showPage()
            y = A4[1] - margin

    def row(cells: Sequence[object], xs: list[float], rest: float, size: float,
            bold: bool = False) -> None:
        nonlocal y
        need(line)
        c.setFont(font, size)
        for i, (x, v) in enumerate(zip(xs, cells, strict=True)):
            text = _cell(v)
            if i == 0:
                c.drawString(x + 1 * mm, y - 4 * mm, text)
            else:
                c.drawRightString(x + rest - 1 * mm, y - 4 * mm, text)
        if bold:
            c.setLineWidth(0.6)
            c.line(margin, y - line, margin + width, y - line)
        y -= line

    c.setFont(font, 18)
    c.drawString(margin, y - 8 * mm, "日报 Day report")
    y -= 14 * mm
    c.setFont(font, 10)
    for text in _summary(r):
        c.drawString(margin, y - 4 * mm, text)
        y -= line
    for title, heads, rows in _sections(r):
        need(3 * line)
        y -= 3 * mm
        c.setFont(font, 12)
        c.drawString(margin, y - 5 * mm, title)
        y -= 7 * mm
        first = min(40 * mm, width / 2) if len(heads) > 2 else width / 2
        rest = (width - first) / max(1, len(heads) - 1)
        xs = [margin] + [margin + first + i * rest for i in range(len(heads) - 1)]
        size = 8 if len(heads) > 6 else 9

        if len(heads) > 6:  # many stage columns: short headings, two lines
            need(2 * line)
            c.setFont(font, 7)
            for i, (x, h) in enumerate(zip(xs, heads, strict=True)):
                zh, _, en = h.partition(" ")
                draw = c.drawString if i == 0 else c.drawRightString
                pos = x + 1 * mm if i == 0 else x + rest - 1 * mm
                draw(pos, y - 3.5 * mm, zh)
                draw(pos, y - 7 * mm, en)
            y -= 2 * line - 2 * mm
            c.setLineWidth(0.6)
            c.line(margin, y, margin + width, y)
        else:
            row(heads, xs, rest, size, bold=True)
        for cells in rows or [["—", *[""] * (len(heads) - 1)]]:
            row(cells, xs, rest, size)
    c.showPage()
    c.save()
    return buf.getvalue()


def render_xlsx(r: DayReport) -> bytes:
    """One sheet: the summary lines, then each table under its title. Counts and amounts are
    numbers (amounts written from Decimal with two decimals); text through cells.safe."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = f"{r.day:%Y-%m-%d}"
    ws.append(safe_row([f"日报 Day report {r.day:%Y-%m-%d}", r.where, r.zone]))
    ws["A1"].font = Font(bold=True, size=14)
    for text in _summary(r)[1:]:
        ws.append(safe_row([text]))
    for title, heads, rows in _sections(r):
        ws.append([])
        ws.append(safe_row([title]))
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.append(safe_row(heads))
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
        for cells in rows:
            ws.append(safe_row(cells))
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, Decimal):
                    cell.number_format = "#,##0.00"
    ws.column_dimensions["A"].width = 24
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
