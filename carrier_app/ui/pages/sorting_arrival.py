"""Arrival reconciliation: scan the bags and parcels coming off the vehicles against the
manifests departed to this location; expected vs scanned live; on close the shortages,
overages and misroutes are listed (and recorded as events by the service)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from carrier_app.core import live
from carrier_app.core.roles import Permission
from carrier_app.sorting import arrival
from carrier_app.ui.confirm import confirm
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.refused_scans import RefusedScansView
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind, Sounds
from carrier_app.ui.widgets.page_kit import act, scan_act, scroll_layout
from carrier_app.ui.widgets.offline_banner import OfflineBanner
from carrier_app.ui.widgets.scan_input import ScanInput


class ArrivalPage(Page):
    section = Section.SORTING
    order = 50
    key = "sorting-arrival"
    permission = Permission.SCAN

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.session_id: int | None = None
        self.result: arrival.Reconciliation | None = None
        self.sounds = Sounds()
        ctx.live.subscribe(self, {live.PARCELS, live.BAGS}, self._refresh)
        self.banner = FeedbackBanner(point_size=14)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_session)
        self.scan = ScanInput(prefixes=ctx.settings.scan_prefixes, validate=False)
        self.scan.scanned.connect(self.scanned)
        self.refused = RefusedScansView(ctx.refused, self.key)
        self.refused.watch(self.scan)
        self.scan.setEnabled(False)
        self.counts = QLabel()
        self.counts.setObjectName("arrivalCounts")
        self.counts.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.manifests = QLabel()
        self.lists: dict[str, QListWidget] = {}
        self.list_titles: dict[str, QLabel] = {}
        columns = QHBoxLayout()
        for kind in ("missing", arrival.SHORTAGE, arrival.OVERAGE, arrival.MISROUTE):
            box = QVBoxLayout()
            title = QLabel()
            title.setStyleSheet("font-weight: bold;")
            self.list_titles[kind] = title
            self.lists[kind] = QListWidget()
            box.addWidget(title)
            box.addWidget(self.lists[kind])
            columns.addLayout(box)
        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addWidget(self.scan, 1)
        top.addWidget(self.close_button)
        layout = scroll_layout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.refused)
        layout.addWidget(OfflineBanner(ctx.offline))
        layout.addWidget(self.counts)
        layout.addWidget(self.manifests)
        layout.addLayout(columns, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Arrival reconciliation")

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start unloading"))
        self.close_button.setText(self.tr("Close and reconcile"))
        self.list_titles["missing"].setText(self.tr("Expected, not scanned yet"))
        self.list_titles[arrival.SHORTAGE].setText(self.tr("Shortages"))
        self.list_titles[arrival.OVERAGE].setText(self.tr("Overages"))
        self.list_titles[arrival.MISROUTE].setText(self.tr("Misroutes (re-routed)"))
        self._refresh()

    def activated(self) -> None:
        self.scan.setFocus()
        self._refresh()

    def start(self) -> None:
        sid = act(self.ctx, self.banner, arrival.start)
        if sid is not None:
            self.session_id, self.result = sid, None
            for kind in (arrival.SHORTAGE, arrival.OVERAGE, arrival.MISROUTE):
                self.lists[kind].clear()
            self.scan.setEnabled(True)
            self.scan.setFocus()
            self.banner.show_message(Kind.IDLE, self.tr("Scan bags and parcels as they come "
                                                        "off the vehicle"))
            self._refresh()

    def scanned(self, code: str) -> None:
        if self.session_id is None:
            return
        sid = self.session_id
        r = scan_act(self.ctx, self.banner, "arrival", "arrive", code, {"session_id": sid},
                     arrival.scan, sid, code)
        if not isinstance(r, arrival.ArrivalScanResult):
            self.sounds.play(Kind.ERROR if r is None else Kind.WARNING)
            if r is None:
                self.refused.record(code, self.banner.text())
            return
        if r.misrouted:  # red, with where it must go: it is forwarded, not unpacked here
            kind, text = Kind.ERROR, self.tr(
                "{code}: not for this location. Missort: send to {dest} — put it aside and "
                "forward it")
        elif not r.expected:
            kind, text = Kind.WARNING, self.tr("{code}: not on any incoming manifest (overage)")
        else:
            kind, text = Kind.OK, self.tr("{code}: expected — {n} parcel(s)")
        self.banner.show_message(kind, text.format(code=r.code, n=r.parcels,
                                                   dest=r.destination))
        self.sounds.play(kind)
        self._refresh()

    def _refresh(self) -> None:
        if self.session_id is None:
            self.counts.setText(self.tr("No unloading in progress"))
            self.manifests.clear()
            return
        sid = self.session_id
        st = act(self.ctx, self.banner, arrival.state, sid)
        if st is None:
            return
        self.state = st
        self.counts.setText(self.tr("Expected {exp} · scanned {done} · not expected {extra}")
                            .format(exp=st.expected, done=st.scanned_expected,
                                    extra=st.scanned_unexpected))
        self.manifests.setText(self.tr("Manifests: {list}").format(
            list=", ".join(st.manifests) or "—"))
        self.lists["missing"].clear()
        self.lists["missing"].addItems(st.missing)

    def close_session(self) -> None:
        if self.session_id is None:
            return
        sid = self.session_id
        missing = self.lists["missing"].count()
        if missing and not confirm(self, self.tr("Close arrival"), self.tr(
                "{n} expected parcel(s) were not scanned. Closing records them as shortages "
                "and the unloading cannot be resumed.").format(n=missing),
                self.tr("Close with shortages")):
            return
        rec = act(self.ctx, self.banner, arrival.close, sid)
        if rec is None:
            return
        self.result = rec
        self.session_id = None
        self.scan.setEnabled(False)
        for kind, items in ((arrival.SHORTAGE, rec.shortages), (arrival.OVERAGE, rec.overages),
                            (arrival.MISROUTE, rec.misroutes)):
            self.lists[kind].clear()
            self.lists[kind].addItems(items)
        self.lists["missing"].clear()
        clean = not (rec.shortages or rec.overages or rec.misroutes)
        self.banner.show_message(Kind.OK if clean else Kind.WARNING, self.tr(
            "Closed: {s} shortage(s), {o} overage(s), {m} misroute(s)").format(
            s=len(rec.shortages), o=len(rec.overages), m=len(rec.misroutes)))
        self.counts.setText(self.tr("No unloading in progress"))


PAGES = [ArrivalPage]
