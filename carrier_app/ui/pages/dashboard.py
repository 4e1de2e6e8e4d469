"""Tracking → Dashboard (看板, issue 13 item 5): the supervisor's figures of a local day at a
location: a bar chart of today's stages, the last 7 days' volume with the first-attempt
delivery rate, per-station and per-courier counts, open problems by reason and age, cash-ups
awaiting approval, 留仓 at close and COD collected against handed over.

The figures come from reports.figures (the same queries as the day report), always off the GUI
thread (on a million parcels they take longer than 100 ms), again every `interval` seconds
(default 30; CARRIER_DASHBOARD_REFRESH_S) and after a change at another workstation, but then
no sooner than LIVE_SPACING times the last query's time after it ended. A figure with a
list opens it: open problems → the exceptions desk, cash-ups awaiting approval → the cash-up
page, 留仓 → the gap lists; a stage bar, a per-station or a per-courier row → the parcels
behind it (ui/widgets/parcel_list_dialog.py), each opening the Tracking screen."""

from __future__ import annotations

import os
import time
from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis,
)
from PySide6.QtCore import QMargins, QModelIndex, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
    QVBoxLayout,
)

from carrier_app.core.problems import REASON_ZH, Reason
from carrier_app.core import live
from carrier_app.core.roles import Permission
from carrier_app.reports.lists import GapListName
from carrier_app.reports.figures import AGE_BANDS, STAGE_NAMES, DayFigures, WeekFigures, \
    day_figures, week_figures
from carrier_app.ui.context import AppContext
from carrier_app.ui import i18n
from carrier_app.ui.i18n import QT_TRANSLATE_NOOP
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.timefmt import today_qdate
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.parcel_list_dialog import ParcelListDialog
from carrier_app.ui.widgets.page_kit import rows_table, scrolling
from carrier_app.ui.widgets.task_bar import TaskBar
from carrier_app.ui.worker import Cancelled, Progress

DEFAULT_INTERVAL_S = 30
#: A change elsewhere refreshes the figures no sooner than this many times the last query's time
#: after it ended: the screen spends at most a third of its time querying.
LIVE_SPACING = 2
STAGE_TITLES = {
    "received": QT_TRANSLATE_NOOP("DashboardPage", "Received"),
    "sorted": QT_TRANSLATE_NOOP("DashboardPage", "Sorted"),
    "bagged": QT_TRANSLATE_NOOP("DashboardPage", "Bagged"),
    "departed": QT_TRANSLATE_NOOP("DashboardPage", "Departed"),
    "arrived": QT_TRANSLATE_NOOP("DashboardPage", "Arrived"),
    "out_for_delivery": QT_TRANSLATE_NOOP("DashboardPage", "Out for delivery"),
    "delivered": QT_TRANSLATE_NOOP("DashboardPage", "Delivered"),
    "failed": QT_TRANSLATE_NOOP("DashboardPage", "Failed"),
    "returned": QT_TRANSLATE_NOOP("DashboardPage", "Returned"),
}


def default_interval() -> int:
    try:
        return max(5, int(os.environ.get("CARRIER_DASHBOARD_REFRESH_S", DEFAULT_INTERVAL_S)))
    except ValueError:
        return DEFAULT_INTERVAL_S


class DashboardPage(Page):
    section = Section.TRACKING
    order = 5
    key = "dashboard"
    permission = Permission.TRACK

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.figures: DayFigures | None = None
        self.week: WeekFigures | None = None
        self.refreshes = 0  # figures received (for people and tests)
        self.drilldown: ParcelListDialog | None = None  # the last list opened
        ctx.live.subscribe(self, {live.ALL}, self.refresh_when_due)
        self.date_edit = QDateEdit(today_qdate())
        self.date_edit.setObjectName("dashDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(today_qdate())
        self.date_edit.dateChanged.connect(self.refresh)
        self.location = QLineEdit(ctx.actor.location)
        self.location.setObjectName("dashLocation")
        self.location.setMaximumWidth(120)
        self.location.editingFinished.connect(self.refresh)
        self.interval = QSpinBox()
        self.interval.setObjectName("dashInterval")
        self.interval.setRange(5, 3600)
        self.interval.setValue(default_interval())
        self.interval.valueChanged.connect(self._set_interval)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("dashRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.updated = QLabel()
        self.updated.setObjectName("dashUpdated")
        self.banner = FeedbackBanner(point_size=11)
        self.tasks = TaskBar()
        self.timer = QTimer(self)
        self.timer.setInterval(self.interval.value() * 1000)
        self.timer.timeout.connect(self.refresh)
        # A change elsewhere refreshes the figures again no sooner than LIVE_SPACING times the
        # last query's time after it ended: a day's figures on a million parcels take seconds,
        # and a busy depot changes something every second; back to back those queries would
        # keep a core (on PostgreSQL, the shared server) busy for this one screen.
        self.took_s = 0.0
        self._started = self._ended = 0.0  # time.monotonic()
        self._waiting = False  # a change came while the figures were being queried
        self.due = QTimer(self)
        self.due.setSingleShot(True)
        self.due.timeout.connect(self.refresh_when_due)

        # Cards: a figure and, where there is one, the button that opens its list.
        self.card_values: dict[str, QLabel] = {}
        self.card_titles: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        for name in ("problems", "cashups", "stranded", "cod"):
            box = QVBoxLayout()
            title, value = QLabel(), QLabel("—")
            value.setObjectName(f"card_{name}")
            value.setStyleSheet("font-size: 20pt; font-weight: bold;")
            box.addWidget(title)
            box.addWidget(value)
            self.card_titles[name], self.card_values[name] = title, value
            if name == "problems":
                self.open_problems_button = QPushButton()
                self.open_problems_button.setObjectName("openProblems")
                self.open_problems_button.clicked.connect(self.open_problems)
                box.addWidget(self.open_problems_button)
            if name == "cashups":
                self.open_cashups_button = QPushButton()
                self.open_cashups_button.setObjectName("openCashups")
                self.open_cashups_button.clicked.connect(self.open_cashups)
                box.addWidget(self.open_cashups_button)
            if name == "stranded":
                self.open_stranded_button = QPushButton()
                self.open_stranded_button.setObjectName("openStranded")
                self.open_stranded_button.clicked.connect(self.open_stranded)
                box.addWidget(self.open_stranded_button)
            box.addStretch()
            cards.addLayout(box)

        self.stage_set = QBarSet("")
        self.stage_chart = QChart()
        self.stage_chart.legend().hide()
        self.stage_series = QBarSeries()
        self.stage_series.append(self.stage_set)
        self.stage_series.setLabelsVisible(True)
        self.stage_series.clicked.connect(lambda index, _set: self.open_stage(index))
        self.stage_chart.addSeries(self.stage_series)
        self.stage_axis_x, self.stage_axis_y = QBarCategoryAxis(), QValueAxis()
        self.stage_axis_y.setLabelFormat("%d")
        self.stage_chart.addAxis(self.stage_axis_x, Qt.AlignmentFlag.AlignBottom)
        self.stage_chart.addAxis(self.stage_axis_y, Qt.AlignmentFlag.AlignLeft)
        self.stage_series.attachAxis(self.stage_axis_x)
        self.stage_series.attachAxis(self.stage_axis_y)
        self.stage_chart.setMargins(QMargins(2, 2, 2, 2))
        self.stage_view = QChartView(self.stage_chart)
        self.stage_view.setObjectName("stageChart")
        self.stage_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.stage_view.setMinimumHeight(230)

        self.volume_set = QBarSet("")
        self.week_chart = QChart()
        self.week_bars = QBarSeries()
        self.week_bars.append(self.volume_set)
        self.rate_line = QLineSeries()
        self.rate_line.setPointsVisible(True)
        self.rate_line.setPointLabelsVisible(True)
        self.rate_line.setPointLabelsFormat("@yPoint%")
        self.week_chart.addSeries(self.week_bars)
        self.week_chart.addSeries(self.rate_line)
        self.week_axis_x, self.week_axis_y, self.rate_axis = (QBarCategoryAxis(), QValueAxis(),
                                                              QValueAxis())
        self.week_axis_y.setLabelFormat("%d")
        self.rate_axis.setRange(0, 100)
        self.rate_axis.setLabelFormat("%d%%")
        self.week_chart.addAxis(self.week_axis_x, Qt.AlignmentFlag.AlignBottom)
        self.week_chart.addAxis(self.week_axis_y, Qt.AlignmentFlag.AlignLeft)
        self.week_chart.addAxis(self.rate_axis, Qt.AlignmentFlag.AlignRight)
        self.week_bars.attachAxis(self.week_axis_x)
        self.week_bars.attachAxis(self.week_axis_y)
        self.rate_line.attachAxis(self.week_axis_x)
        self.rate_line.attachAxis(self.rate_axis)
        self.week_chart.setMargins(QMargins(2, 2, 2, 2))
        self.week_view = QChartView(self.week_chart)
        self.week_view.setObjectName("weekChart")
        self.week_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.week_view.setMinimumHeight(230)

        stage_cols = [(lambda s=s: self.stage_title(s), lambda r, s=s: r[1].get(s, 0))
                      for s in STAGE_NAMES]
        self.stations = RowsModel[tuple[str, dict[str, int]]](
            [(lambda: self.tr("Station"), lambda r: r[0]), *stage_cols])
        self.couriers = RowsModel[Any]([
            (lambda: self.tr("Courier"), lambda c: c.code),
            (lambda: self.tr("Name"), lambda c: c.name),
            (lambda: self.stage_title("out_for_delivery"),
             lambda c: c.stages.get("out_for_delivery", 0)),
            (lambda: self.stage_title("delivered"), lambda c: c.delivered),
            (lambda: self.stage_title("failed"), lambda c: c.failed),
            (lambda: self.tr("COD collected"), lambda c: f"{c.cod_collected:,.2f}"),
        ])
        self.problems = RowsModel[tuple[str, dict[str, int]]](
            [(lambda: self.tr("Reason"), lambda r: self.reason_text(r[0])),
             *[(lambda b=b: b, lambda r, b=b: r[1].get(b, 0)) for b, _ in AGE_BANDS]])
        self.cashups = RowsModel[Any]([
            (lambda: self.tr("Cash-up"), lambda c: c.id),
            (lambda: self.tr("Courier / counter"), lambda c: c.who),
            (lambda: self.tr("Expected"), lambda c: f"{c.expected:,.2f}"),
            (lambda: self.tr("Declared"), lambda c: f"{c.declared:,.2f}"),
            (lambda: self.tr("Variance"), lambda c: f"{c.variance:,.2f}"),
        ])
        self.station_table = rows_table(self.stations, "dashStations", fit=True)
        self.courier_table = rows_table(self.couriers, "dashCouriers", fit=True)
        self.station_table.doubleClicked.connect(self.open_station_cell)
        self.courier_table.doubleClicked.connect(self.open_courier_cell)
        self.problem_table = rows_table(self.problems, "dashProblems")
        self.problem_table.doubleClicked.connect(lambda _i: self.open_problems())
        self.cashup_table = rows_table(self.cashups, "dashCashups")
        self.cashup_table.doubleClicked.connect(lambda _i: self.open_cashups())

        top = QHBoxLayout()
        self.date_label, self.location_label, self.interval_label = QLabel(), QLabel(), QLabel()
        for w in (self.date_label, self.date_edit, self.location_label, self.location,
                  self.interval_label, self.interval, self.refresh_button):
            top.addWidget(w)
        top.addWidget(self.updated, 1)
        self.stage_box, self.week_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.stage_box).addWidget(self.stage_view)
        QVBoxLayout(self.week_box).addWidget(self.week_view)
        self.station_box, self.courier_box = QGroupBox(), QGroupBox()
        self.problem_box, self.cashup_box = QGroupBox(), QGroupBox()
        for group, table in ((self.station_box, self.station_table),
                             (self.courier_box, self.courier_table),
                             (self.problem_box, self.problem_table),
                             (self.cashup_box, self.cashup_table)):
            table.setMinimumHeight(110)
            QVBoxLayout(group).addWidget(table)
        grid = QGridLayout()
        grid.addWidget(self.stage_box, 0, 0)
        grid.addWidget(self.week_box, 0, 1)
        grid.addWidget(self.station_box, 1, 0)
        grid.addWidget(self.courier_box, 1, 1)
        grid.addWidget(self.problem_box, 2, 0)
        grid.addWidget(self.cashup_box, 2, 1)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.banner)
        body.addWidget(self.tasks)
        body.addLayout(cards)
        body.addLayout(grid)
        scrolling(self, body)
        self.banner.hide()
        enter_clicks(self.refresh_button, self.location, self.interval)
        self.retranslate()

    # --- text -------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Dashboard")

    def stage_title(self, stage: str) -> str:
        return self.tr(STAGE_TITLES[stage])

    def reason_text(self, reason: str) -> str:
        if reason in Reason.__members__ and i18n.current_language() != "en":
            return REASON_ZH[Reason(reason)]
        if reason in Reason.__members__:
            return f"{REASON_ZH[Reason(reason)]} {reason}"
        return reason

    def retranslate(self) -> None:
        self.date_label.setText(self.tr("Day:"))
        self.location_label.setText(self.tr("Location:"))
        self.location.setPlaceholderText(self.tr("all"))
        self.interval_label.setText(self.tr("Refresh every (s):"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.card_titles["problems"].setText(self.tr("Open problems"))
        self.card_titles["cashups"].setText(self.tr("Cash-ups awaiting approval"))
        self.card_titles["stranded"].setText(self.tr("Stranded at close (留仓)"))
        self.card_titles["cod"].setText(self.tr("COD collected / handed over"))
        self.open_problems_button.setText(self.tr("Open the exceptions desk"))
        self.open_cashups_button.setText(self.tr("Open cash-ups"))
        self.open_stranded_button.setText(self.tr("Open the 留仓 list"))
        self.stage_box.setTitle(self.tr("Parcels by stage"))
        self.week_box.setTitle(self.tr("Last 7 days: volume and first-attempt rate"))
        self.station_box.setTitle(self.tr("By station"))
        self.courier_box.setTitle(self.tr("By courier"))
        self.problem_box.setTitle(self.tr("Open problems by age"))
        self.cashup_box.setTitle(self.tr("Cash-ups awaiting approval"))
        self.stage_set.setLabel(self.tr("Parcels"))
        self.volume_set.setLabel(self.tr("Received"))
        self.rate_line.setName(self.tr("First-attempt rate %"))
        for model in (self.stations, self.couriers, self.problems, self.cashups):
            model.retranslate()
        self._show()

    # --- behaviour --------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()
        self.timer.start()

    def hideEvent(self, e: Any) -> None:  # noqa: N802 - Qt override
        self.timer.stop()
        super().hideEvent(e)

    def _set_interval(self, seconds: int) -> None:
        self.timer.setInterval(seconds * 1000)

    def chosen_day(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self) -> bool:
        """Query the figures off the GUI thread; False when a query is still running."""
        day, where = self.chosen_day(), self.location.text().strip()
        ctx = self.ctx

        def work(_p: Progress, _c: Cancelled) -> tuple[DayFigures, WeekFigures]:
            f = ctx.run(day_figures, where, day)
            return f, ctx.run(week_figures, where, f.day)

        started = self.tasks.start(work, self._received, self._failed)
        if started:
            self._started = time.monotonic()
        return started

    def refresh_when_due(self) -> None:
        """A change elsewhere: refresh now, or once LIVE_SPACING times the last query's time
        has passed since it ended (changes meanwhile are folded into that one)."""
        if self.tasks.busy:
            self._waiting = True
            return
        wait_s = self._ended + LIVE_SPACING * self.took_s - time.monotonic()
        if wait_s > 0:
            if not self.due.isActive():
                self.due.start(int(wait_s * 1000) + 1)
            return
        self.refresh()

    def _queried(self) -> None:
        self._ended = time.monotonic()
        self.took_s = self._ended - self._started
        if self._waiting:
            self._waiting = False
            self.refresh_when_due()

    def _received(self, result: tuple[DayFigures, WeekFigures]) -> None:
        self._queried()
        self.figures, self.week = result
        self.refreshes += 1
        self.banner.hide()
        self._show()

    def _failed(self, message: str) -> None:
        self._queried()
        self.banner.show_message(Kind.ERROR, message)
        self.banner.show()

    def _show(self) -> None:
        f, w = self.figures, self.week
        if f is None or w is None:
            return
        self.card_values["problems"].setText(str(f.open_problems))
        self.card_values["cashups"].setText(str(len(f.pending_cashups)))
        self.card_values["stranded"].setText(str(f.stranded))
        self.card_values["cod"].setText(f"¥{f.cod_collected:,.2f} / ¥{f.cod_handed_over:,.2f}")
        self.updated.setText(self.tr("{day} at {where}").format(
            day=f.day.isoformat(), where=f.location or self.tr("all")))
        self.stage_set.remove(0, self.stage_set.count())
        self.stage_set.append([float(f.stages[s]) for s in STAGE_NAMES])
        self.stage_axis_x.clear()
        self.stage_axis_x.append([self.stage_title(s) for s in STAGE_NAMES])
        self.stage_axis_y.setRange(0, max(4, *f.stages.values()) * 1.1)
        self.stage_axis_y.applyNiceNumbers()
        self.volume_set.remove(0, self.volume_set.count())
        self.volume_set.append([float(d.volume) for d in w.days])
        self.rate_line.clear()
        for i, d in enumerate(w.days):
            if d.first_attempt_rate is not None:
                self.rate_line.append(i, round(d.first_attempt_rate * 100, 1))
        self.week_axis_x.clear()
        self.week_axis_x.append([d.day.strftime("%m-%d") for d in w.days])
        self.week_axis_y.setRange(0, max(4, *(d.volume for d in w.days)) * 1.1)
        self.week_axis_y.applyNiceNumbers()
        self.stations.set_rows(list(f.by_station.items()))
        self.couriers.set_rows(f.by_courier)
        self.problems.set_rows(list(f.problems.items()))
        self.cashups.set_rows(f.pending_cashups)

    def _open(self, key: str) -> bool:
        show = getattr(self.window(), "show_page", None)
        return bool(show(key)) if callable(show) else False

    def open_problems(self) -> bool:
        """The open problems' list: the exceptions desk (showing open problems)."""
        return self._open("problems_desk")

    def open_cashups(self) -> bool:
        return self._open("finance_cashup")

    def open_stranded(self) -> bool:
        """The parcels behind the 留仓 figure: the gap lists screen on its overnight list."""
        if not self._open("gap_lists"):
            return False
        current = getattr(self.window(), "current_page", None)
        select = getattr(current(), "select_list", None) if callable(current) else None
        if callable(select):
            select(GapListName.OVERNIGHT)
        return True

    # --- the parcels behind a figure --------------------------------------------------
    def open_stage(self, index: int, *, station: str | None = None,
                   courier: str | None = None) -> ParcelListDialog | None:
        """The parcels of the `index`th stage (STAGE_NAMES) of the figures shown, at a
        station or of a courier when given: a dialog listing them."""
        f = self.figures
        if f is None or not 0 <= index < len(STAGE_NAMES):
            return None
        stage = STAGE_NAMES[index]
        what = self.stage_title(stage)
        if station is not None:
            what = self.tr("{stage} at station {station}").format(stage=what, station=station)
        if courier is not None:
            what = self.tr("{stage} by courier {courier}").format(stage=what, courier=courier)
        if self.drilldown is not None:
            self.drilldown.close()
        self.drilldown = ParcelListDialog(
            self.ctx, what, f.location, f.day, stage, station=station, courier=courier,
            open_parcel=self.track, parent=self)
        self.drilldown.show()
        return self.drilldown

    def open_station_cell(self, index: QModelIndex) -> ParcelListDialog | None:
        """A per-station cell: that stage at that station (the station column: its first
        stage with parcels)."""
        if not index.isValid():
            return None
        station, counts = self.stations.rows[index.row()]
        col = index.column() - 1
        if col < 0:
            col = next((i for i, s in enumerate(STAGE_NAMES) if counts.get(s)), 0)
        return self.open_stage(col, station=station)

    def open_courier_cell(self, index: QModelIndex) -> ParcelListDialog | None:
        """A per-courier cell: failed, delivered or (any other column) out for delivery."""
        if not index.isValid():
            return None
        c = self.couriers.rows[index.row()]
        stage = COURIER_COLUMNS.get(index.column(), "out_for_delivery")
        return self.open_stage(STAGE_NAMES.index(stage), courier=c.code)

    def track(self, waybill: str) -> bool:
        """The Tracking screen on `waybill`."""
        if not self._open("tracking"):
            return False
        current = getattr(self.window(), "current_page", None)
        show = getattr(current(), "show_parcel", None) if callable(current) else None
        if callable(show):
            show(waybill)
        return True


#: Per-courier table column -> the stage its parcels are listed for.
COURIER_COLUMNS = {2: "out_for_delivery", 3: "delivered", 4: "failed"}

PAGES = [DashboardPage]
