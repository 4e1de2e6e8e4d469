"""Sort station (Sorting → Sort station): a full-screen mode for a sorter with a scanner.

Each scan shows, within a glance, where the parcel goes (sort code, branch, open bag) in
very large type on a colour, with a sound, per outcome. A parcel at the wrong place shows red
with its right destination ("错分: 应发 571-15 滨江营业部") and a Forward button; a refused
scan shows why and what to do, never a sort code. Scans are queued to one worker
thread in order (FIFO: none lost, the screen never waits for the database); results come
back as signals and update the display and the session counters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from carrier_app.core.errors import DomainError
from carrier_app.core import live
from carrier_app.core.roles import Permission
from carrier_app.sorting.sort_station import SortOutcome, SortScan, SortStation
from carrier_app.tracking.offline import Journaled
from carrier_app.ui.context import AppContext, Checkpointer
from carrier_app.ui.messages import describe, status_name
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.refused_scans import RefusedScansView
from carrier_app.ui.widgets.feedback import COLOURS, Kind, Sounds
from carrier_app.ui.widgets.page_kit import scroll_layout
from carrier_app.ui.widgets.offline_banner import OfflineBanner, journaled_text
from carrier_app.ui.widgets.scan_input import ScanInput
from carrier_app.ui.worker import Cancelled, Progress, Task

KIND: dict[SortOutcome, Kind] = {
    SortOutcome.OK: Kind.OK,
    SortOutcome.UNKNOWN: Kind.ERROR,
    SortOutcome.CHECK_DIGIT: Kind.MISREAD,
    SortOutcome.DUPLICATE: Kind.DUPLICATE,
    SortOutcome.HELD: Kind.HOLD,
    SortOutcome.CANCELLED: Kind.CANCELLED,
    SortOutcome.MISSORT: Kind.MISSORT,
    SortOutcome.WRONG_PLACE: Kind.ERROR,
    SortOutcome.MANUAL: Kind.MANUAL,
    SortOutcome.REFUSED: Kind.WARNING,
}
COUNTED = (SortOutcome.OK, SortOutcome.DUPLICATE, SortOutcome.MISSORT,
           SortOutcome.WRONG_PLACE, SortOutcome.MANUAL, SortOutcome.HELD,
           SortOutcome.CANCELLED, SortOutcome.UNKNOWN, SortOutcome.CHECK_DIGIT,
           SortOutcome.REFUSED)
#: Scans that left the parcel unsorted: kept in the session's refused-scans list.
NOT_SORTED = (SortOutcome.UNKNOWN, SortOutcome.CHECK_DIGIT, SortOutcome.HELD,
              SortOutcome.CANCELLED, SortOutcome.REFUSED)


class SortStationPage(Page):
    section = Section.SORTING
    order = 20
    key = "sorting-station"
    permission = Permission.SCAN

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.station: SortStation | None = None  # made on the worker thread at first scan
        self.counts: Counter[SortOutcome] = Counter()
        self.last: SortScan | None = None
        self.journaled: Journaled | None = None  # the last scan, when kept offline
        self.kind = Kind.IDLE
        self.sounds = Sounds()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one worker: scans are handled in scan order
        self._tasks: set[Task] = set()
        self.checkpointer: Checkpointer | None = None
        # Bags opened or closed at another station change where parcels go.
        ctx.live.subscribe(self, {live.BAGS}, lambda: self._run(SortStation.refresh))

        self.scan = ScanInput(prefixes=ctx.settings.scan_prefixes,
                              suffixes=ctx.settings.scan_suffixes)
        self.scan.setObjectName("sortScan")
        self.scan.setMinimumHeight(40)
        self.scan.scanned.connect(self.submit)
        self.scan.rejected.connect(self._rejected)
        # The box's own refusals come back as CHECK_DIGIT scans: recorded in _done.
        self.refused = RefusedScansView(ctx.refused, self.key)
        self.fullscreen = QPushButton()
        self.fullscreen.setCheckable(True)
        self.fullscreen.toggled.connect(self.set_fullscreen)
        self.forward_button = QPushButton()   # shown for a parcel at the wrong place
        self.forward_button.setObjectName("sortForward")
        self.forward_button.clicked.connect(self.forward)
        self.forward_button.hide()

        self.panel = QWidget()
        self.panel.setObjectName("sortPanel")
        self.panel.setAutoFillBackground(True)
        self.code_label = QLabel()          # the sort code: the biggest thing on screen
        self.code_label.setObjectName("sortCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dest_label = QLabel()
        self.dest_label.setWordWrap(True)
        self.dest_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label = QLabel()
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.addStretch(1)
        panel_layout.addWidget(self.code_label)
        panel_layout.addWidget(self.dest_label)
        panel_layout.addWidget(self.message_label)
        panel_layout.addWidget(self.forward_button, 0, Qt.AlignmentFlag.AlignCenter)
        panel_layout.addStretch(1)

        self.counter_labels: dict[SortOutcome, QLabel] = {}
        counters = QGridLayout()  # two rows: fits a 1024-pixel screen beside the navigation
        for i, outcome in enumerate(COUNTED):
            label = QLabel()
            bg, fg = COLOURS[KIND[outcome]]
            label.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; padding: 4px 8px; "
                                "border-radius: 4px; font-size: 12pt; font-weight: bold; }")
            self.counter_labels[outcome] = label
            counters.addWidget(label, i // 5, i % 5)
        self.total_label = QLabel()
        self.total_label.setStyleSheet("font-size: 12pt; font-weight: bold;")
        counters.addWidget(self.total_label, 2, 0, 1, 5)

        self.model: RowsModel[SortScan] = RowsModel([
            (lambda: self.tr("Code"), lambda r: r.code),
            (lambda: self.tr("Result"), lambda r: self.outcome_name(r.outcome)),
            (lambda: self.tr("Sort code"), lambda r: r.sort_code or ""),
            (lambda: self.tr("Destination"), lambda r: r.branch),
            (lambda: self.tr("Bag"), lambda r: r.bag_no or ""),
        ])
        self.recent: list[SortScan] = []
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(180)

        self.scan_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.scan_label)
        top.addWidget(self.scan, 1)
        top.addWidget(self.fullscreen)
        layout = scroll_layout(self)
        layout.addLayout(top)
        layout.addWidget(OfflineBanner(ctx.offline))
        layout.addWidget(self.panel, 1)
        layout.addLayout(counters)
        # The refused scans beside the recent ones: the station is seen whole at 1366×768.
        recent = QHBoxLayout()
        recent.addWidget(self.table, 3)
        recent.addWidget(self.refused, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(recent)
        self._paint(Kind.IDLE)
        self.retranslate()

    # --- text ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Sort station")

    def outcome_name(self, outcome: SortOutcome) -> str:
        return {
            SortOutcome.OK: self.tr("OK"),
            SortOutcome.UNKNOWN: self.tr("Unknown waybill"),
            SortOutcome.CHECK_DIGIT: self.tr("Wrong check digit"),
            SortOutcome.DUPLICATE: self.tr("Already scanned"),
            SortOutcome.HELD: self.tr("On hold"),
            SortOutcome.CANCELLED: self.tr("Cancelled"),
            SortOutcome.MISSORT: self.tr("Missort"),
            SortOutcome.WRONG_PLACE: self.tr("Wrong place"),
            SortOutcome.MANUAL: self.tr("Manual routing"),
            SortOutcome.REFUSED: self.tr("Refused"),
        }[outcome]

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Scan:"))
        self.fullscreen.setText(self.tr("Exit full screen") if self.fullscreen.isChecked()
                                else self.tr("Full screen"))
        self.forward_button.setText(self.tr("Forward from here"))
        self.model.retranslate()
        self._counters()
        if self.journaled is not None:
            self._show_journaled(self.journaled)
        elif self.last is not None:
            self._show(self.last)
        else:
            self.code_label.setText("—")
            self.dest_label.setText(self.tr("Ready: scan a parcel"))

    def activated(self) -> None:
        self.scan.setFocus()
        if self.checkpointer is None and self.ctx.db.is_sqlite:
            # Keeps WAL checkpoints off the scan path (the p99 of a scan; store/checkpoint.py).
            self.checkpointer = self.ctx.start_checkpointer()
        if self.station is not None:
            self._run(SortStation.refresh)

    # --- scanning -----------------------------------------------------------------------
    def submit(self, code: str) -> None:
        # Through an outage the scan is kept on this workstation (ctx.offline).
        self._start(lambda: self.ctx.offline.attempt(
            "sorting", "sort", code, {}, lambda: self._station().scan(code)))

    def forward(self) -> None:
        """Forward the parcel last shown at the wrong place (sortable here towards its
        destination); a refusal comes back as the error it is."""
        if self.last is None or self.last.outcome is not SortOutcome.WRONG_PLACE:
            return
        code = self.last.code

        def work(st: SortStation) -> SortScan | DomainError:
            try:
                return st.forward(code)
            except DomainError as exc:
                return exc

        self.forward_button.hide()
        self._run(work)
        self.scan.setFocus()

    def _rejected(self, raw: str, reason: str, _message: str) -> None:
        if reason != "empty":
            self._run(lambda st: st.rejected(raw, reason))

    def _station(self) -> SortStation:
        if self.station is None:
            self.station = SortStation(self.ctx.db, self.ctx.actor)
        return self.station

    def _run(self, fn: Callable[[SortStation], SortScan | DomainError | None]) -> None:
        self._start(lambda: fn(self._station()))

    def _start(self, fn: Callable[[], object]) -> None:
        """`fn()` on the page's one worker thread (scans are handled in scan order)."""
        def work(_progress: Progress, _cancelled: Cancelled) -> object:
            return fn()

        task = Task(work)
        self._tasks.add(task)
        task.signals.done.connect(lambda result, t=task: self._done(t, result))
        task.signals.failed.connect(lambda message, t=task: self._failed(t, message))
        self.pool.start(task)

    def pending(self) -> int:
        return len(self._tasks)

    def _done(self, task: Task, result: object) -> None:
        self._tasks.discard(task)
        if isinstance(result, SortScan):
            self.journaled = None
            self.counts[result.outcome] += 1
            self.last = result
            self.recent.insert(0, result)
            del self.recent[50:]
            self.model.set_rows(self.recent)
            self._counters()
            self._show(result)
            self.sounds.play(self.kind)
            if result.outcome in NOT_SORTED:
                self.refused.record(result.code, self.dest_label.text())
        elif isinstance(result, DomainError):
            self._failed(task, describe(result))
        elif isinstance(result, Journaled):
            self.journaled = result
            self._show_journaled(result)
            self.sounds.play(Kind.WARNING)

    def _show_journaled(self, r: Journaled) -> None:
        """Kept on this workstation: no destination can be looked up, the label has it."""
        self._paint(Kind.WARNING)
        self.code_label.setText(self.tr("OFFLINE"))
        self.dest_label.setText(self.tr("Sort by the code printed on the label"))
        self.message_label.setText(journaled_text(r))
        self.forward_button.hide()

    def _failed(self, task: Task, message: str) -> None:
        self._tasks.discard(task)
        self._paint(Kind.ERROR)
        self.code_label.setText("!")
        self.dest_label.setText(message)
        self.message_label.clear()
        self.forward_button.hide()
        self.sounds.play(Kind.ERROR)

    # --- display ------------------------------------------------------------------------
    def _show(self, r: SortScan) -> None:
        kind = Kind.ERROR if r.alert == "intercept" else KIND[r.outcome]
        self._paint(kind)
        self.forward_button.setVisible(r.outcome is SortOutcome.WRONG_PLACE)
        if r.outcome is SortOutcome.WRONG_PLACE:
            self.code_label.setText(self.tr("WRONG PLACE"))
            self.dest_label.setText(self.tr("Missort: send to {dest}").format(dest=r.branch))
            self.message_label.setText(self._where(r) + " — "
                                       + self.tr("put it aside and forward it"))
            return
        if r.outcome is SortOutcome.REFUSED:
            # The reason and what to do instead; no sort code (it would send the parcel to
            # that cage).
            refusal, instead = self._refusal(r.reason)
            self.code_label.setText(refusal)
            self.dest_label.setText(instead)
            self.message_label.setText(self._where(r))
            return
        big = {SortOutcome.UNKNOWN: "?", SortOutcome.CHECK_DIGIT: self.tr("RESCAN"),
               SortOutcome.MANUAL: self.tr("MANUAL"), SortOutcome.HELD: self.tr("HOLD"),
               SortOutcome.CANCELLED: self.tr("CANCELLED")}.get(r.outcome)
        self.code_label.setText(big or r.sort_code or "—")
        where = r.branch
        if r.reason == "forwarded":
            where = self.tr("Forwarded: send to {dest}").format(dest=r.branch)
        if r.bag_no:
            where += "   " + self.tr("Bag {bag}").format(bag=r.bag_no)
        if r.outcome is SortOutcome.MISSORT:
            where = self.tr("MISSORT — was {old}, move to {new}").format(
                old=r.previous_sort_code, new=r.branch)
        advice = {
            SortOutcome.UNKNOWN: self.tr("Unknown waybill — put it aside for the supervisor"),
            SortOutcome.CHECK_DIGIT: self.tr("Misread — scan it again"),
            SortOutcome.MANUAL: self.tr("No routing rule — to the manual-routing table"),
            SortOutcome.HELD: self.tr("On hold — put it aside, do not sort"),
            SortOutcome.CANCELLED: self.tr("Cancelled — do not ship, put it aside"),
        }.get(r.outcome)
        self.dest_label.setText(advice or where or self.outcome_name(r.outcome))
        if r.alert:  # an open problem or intercept: its name, where, the instruction
            self.dest_label.setText(r.message)
        self.message_label.setText(f"{r.code} — {self.outcome_name(r.outcome)}")

    def _where(self, r: SortScan) -> str:
        """"WB…: Sorted at 571" — the parcel, its status and where it was last scanned."""
        at = r.at or "—"
        if self.station is not None:
            at = self.station.network.label(r.at) or "—"
        return self.tr("{code}: {status} at {at}").format(
            code=r.code, status=status_name(r.status), at=at)

    def _refusal(self, reason: str) -> tuple[str, str]:
        return {
            "not_received": (self.tr("NOT RECEIVED"),
                             self.tr("Not received yet — take it to receiving first")),
            "not_arrived": (self.tr("NOT ARRIVED"),
                            self.tr("Not scanned in on arrival — scan it at arrival first")),
            "with_dispatch": (self.tr("DISPATCH"),
                              self.tr("With dispatch — take it to the dispatcher")),
        }.get(reason, (self.tr("STOP"),
                       self.tr("Cannot be sorted — put it aside for the supervisor")))

    def _paint(self, kind: Kind) -> None:
        self.kind = kind
        bg, fg = COLOURS[kind]
        self.panel.setStyleSheet(f"#sortPanel {{ background: {bg}; border-radius: 8px; }}"
                                 f"#sortPanel QLabel {{ color: {fg}; }}"
                                 "#sortCode { font-size: 120pt; font-weight: bold; }")
        self.dest_label.setStyleSheet("font-size: 28pt; font-weight: bold;")
        self.message_label.setStyleSheet("font-size: 16pt;")

    def _counters(self) -> None:
        for outcome, label in self.counter_labels.items():
            label.setText(f"{self.outcome_name(outcome)}: {self.counts[outcome]}")
        self.total_label.setText(self.tr("Total: {n}").format(n=sum(self.counts.values())))

    def set_fullscreen(self, on: bool) -> None:
        """Hide everything but the station (navigation, menus, status bar) and fill the
        screen; the sorter reads the sort code from a distance."""
        win = self.window()
        for name in ("nav",):
            widget = getattr(win, name, None)
            if isinstance(widget, QWidget):
                widget.setVisible(not on)
        if win is not self:
            for bar in (getattr(win, "menuBar", None), getattr(win, "statusBar", None)):
                if callable(bar):
                    bar().setVisible(not on)
        self.table.setVisible(not on)
        if on:
            win.showFullScreen()
        else:
            win.showNormal()
        self.retranslate()
        self.scan.setFocus()

    def full_screen_left(self) -> None:
        self.fullscreen.setChecked(False)

    def shutdown(self) -> None:
        self.pool.waitForDone()
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None


PAGES = [SortStationPage]
