"""The day report (日报, issue 13 item 6): the dashboard's figures of one local day as a PDF
or an XLSX. Built from the same queries as the dashboard (reports/figures.py)."""

from __future__ import annotations

from datetime import date

from carrier_app.core.clock import utcnow, zone_name
from carrier_app.core.problems import REASON_ZH, Reason
from carrier_app.core.roles import Actor
from carrier_app.documents.day_report import DayReport as DayReport
from carrier_app.reports.figures import AGE_BANDS, DayFigures, WeekFigures, day_figures, \
    week_figures
from carrier_app.store.uow import UnitOfWork
from carrier_app.store.reads import read_only

#: Stage key -> bilingual heading (journey order).
STAGE_HEADS: dict[str, str] = {
    "received": "收件 Received", "sorted": "分拣 Sorted", "bagged": "装袋 Bagged",
    "departed": "发车 Departed", "arrived": "到件 Arrived", "out_for_delivery": "派件 Out",
    "delivered": "签收 Delivered", "failed": "失败 Failed", "returned": "退回 Returned",
}
FORMATS = ("pdf", "xlsx")


def reason_text(reason: str) -> str:
    """Bilingual like the rest of the report: "地址不详 Address", never the bare code."""
    zh = REASON_ZH.get(Reason(reason), "") if reason in Reason.__members__ else ""
    return f"{zh} {reason.replace('_', ' ').capitalize()}".strip()


def build(f: DayFigures, w: WeekFigures) -> DayReport:
    """The report's input from the figures (no query of its own)."""
    return DayReport(
        day=f.day, location=f.location, zone=zone_name(), generated_at=utcnow(),
        stage_heads=list(STAGE_HEADS.items()), stages=dict(f.stages),
        stations=list(f.by_station.items()),
        couriers=[(c.code, c.name, c.delivered, c.failed, c.cod_collected)
                  for c in f.by_courier],
        problems=[(reason_text(reason), [bands.get(b, 0) for b, _ in AGE_BANDS])
                  for reason, bands in f.problems.items()],
        age_bands=[b for b, _ in AGE_BANDS],
        pending_cashups=[(c.id, c.who, c.expected, c.declared, c.variance)
                         for c in f.pending_cashups],
        stranded=f.stranded, cod_collected=f.cod_collected, cod_handed_over=f.cod_handed_over,
        week=[(d.day, d.volume, d.first_attempt_rate) for d in w.days])


def day_report(uow: UnitOfWork, actor: Actor, location: str = "",
               day: date | None = None) -> DayReport:
    """The report's content for `location` on the local `day` (default today); a future day
    is refused. Read-only."""
    f = day_figures(uow, actor, location, day)
    return build(f, week_figures(uow, actor, location, f.day))


@read_only
def day_report_file(uow: UnitOfWork, actor: Actor, fmt: str, location: str = "",
                    day: date | None = None) -> bytes:
    """The report as PDF or XLSX bytes. Read-only."""
    from carrier_app.core.errors import ValidationError

    if fmt not in FORMATS:
        raise ValidationError(f"A day report is a PDF or an XLSX, not {fmt!r}", field="format",
                              reason="report_format", value=fmt)
    report = day_report(uow, actor, location, day)
    from carrier_app.documents import day_report as doc

    return doc.render_pdf(report) if fmt == "pdf" else doc.render_xlsx(report)
