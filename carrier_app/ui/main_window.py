"""The main window: navigation by step of the flow, the pages, and a status bar that says
who is logged in, where, on which database, and the time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QTreeWidget, QTreeWidgetItem,
)

from carrier_app import __version__
from carrier_app.ui import i18n, messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages import discover
from carrier_app.ui.pages.base import Page, Section, section_title
from carrier_app.ui.pages.placeholder import PlaceholderPage
from carrier_app.ui.timefmt import now_text
from carrier_app.ui.widgets.scan_input import ScanInput

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, location_name: str = "", *, demo: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.demo = demo
        self.location_name = location_name
        self.pages: list[Page] = []
        self.nav = QTreeWidget()
        self.nav.setObjectName("navigation")
        self.nav.setHeaderHidden(True)
        self.nav.setMinimumWidth(190)
        self.stack = QStackedWidget()
        self.section_items: dict[Section, QTreeWidgetItem] = {}
        self._build_pages()
        self.nav.currentItemChanged.connect(self._nav_changed)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.user_label = QLabel()
        self.location_label = QLabel()
        self.db_label = QLabel()
        self.clock_label = QLabel()
        # A database made by `demo` says so: its accounts' passwords are published.
        self.demo_label = QLabel()
        self.demo_label.setObjectName("demoDatabase")
        self.demo_label.setStyleSheet("color: white; background: #c62828; font-weight: bold; "
                                      "padding: 0 6px;")
        self.demo_label.setVisible(demo)
        for w in (self.demo_label, self.user_label, self.location_label, self.db_label):
            self.statusBar().addWidget(w)
        self.statusBar().addPermanentWidget(self.clock_label)
        self.clock = QTimer(self)
        self.clock.timeout.connect(self._tick)
        self.clock.start(1000)

        self._build_menus()
        self.retranslate()
        self._tick()
        self._restore()

    # --- construction -------------------------------------------------------------------
    def _build_pages(self) -> None:
        by_section: dict[Section, list[Page]] = {s: [] for s in Section}
        for cls in discover():
            if cls.permission is not None and not self.ctx.actor.can(cls.permission):
                continue
            by_section[cls.section].append(cls(self.ctx))
        for section in Section:
            item = QTreeWidgetItem(self.nav)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.section_items[section] = item
            pages = by_section[section] or [PlaceholderPage(self.ctx, section)]
            for page in pages:
                child = QTreeWidgetItem(item)
                child.setData(0, PAGE_ROLE, len(self.pages))
                self.pages.append(page)
                self.stack.addWidget(page)
            item.setExpanded(True)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        # One key from any scan screen: the exceptions desk with the last scanned parcel
        # ready to register (the clerk picks the reason and presses Enter).
        self.problem_action = QAction(self)
        self.problem_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.problem_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.problem_action.triggered.connect(self.register_problem)
        self.problem_action.setEnabled(any(p.key == "problems_desk" for p in self.pages))
        self.addAction(self.problem_action)
        self.file_menu.addAction(self.problem_action)
        self.file_menu.addAction(self.quit_action)

        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            act = QAction(name, self, checkable=True)
            act.setData(code)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[code] = act
        self.language_actions[i18n.current_language()].setChecked(True)

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    # --- behaviour ----------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        i18n.set_language(code)
        QSettings().setValue("language", code)
        self.language_actions[i18n.current_language()].setChecked(True)

    def register_problem(self) -> None:
        """F9: to the exceptions desk, the last scanned parcel filled in (or selected, when
        it already has an open problem)."""
        if not self.show_page("problems_desk"):
            return
        code = ScanInput.last_code
        take = getattr(self.current_page(), "scanned", None)
        if code and take is not None:
            take(code)

    def show_page(self, key: str) -> bool:
        for i, page in enumerate(self.pages):
            if page.key == key:
                self._select(i)
                return True
        return False

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def _select(self, index: int) -> None:
        for item in self._page_items():
            if item.data(0, PAGE_ROLE) == index:
                self.nav.setCurrentItem(item)
                return

    def _page_items(self) -> list[QTreeWidgetItem]:
        sections = [self.nav.topLevelItem(i) for i in range(self.nav.topLevelItemCount())]
        items = (s.child(j) for s in sections if s is not None for j in range(s.childCount()))
        return [item for item in items if item is not None]

    def _nav_changed(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        if current is None:
            return
        index = current.data(0, PAGE_ROLE)
        if index is None:  # a section header: go to its first page
            first = current.child(0)
            if first is not None:
                self.nav.setCurrentItem(first)
            return
        self.stack.setCurrentIndex(int(index))
        page = self.pages[int(index)]
        QSettings().setValue("last_page", page.key)
        page.activated()

    def _tick(self) -> None:
        self.clock_label.setText(now_text())

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About carrier_app"), self.tr(
            "carrier_app {version} — depot software from pickup to signed delivery."
        ).format(version=__version__))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("carrier_app — depot operations"))
        for section, item in self.section_items.items():
            item.setText(0, section_title(section))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        for item in self._page_items():
            item.setText(0, self.pages[item.data(0, PAGE_ROLE)].title())
        a = self.ctx.actor
        self.user_label.setText(self.tr("User: {name} ({role})").format(
            name=a.username, role=messages.role_name(a.role)))
        where = f"{a.location} {self.location_name}".strip()
        self.location_label.setText(self.tr("Location: {where}").format(where=where))
        self.db_label.setText(self.tr("Database: {db}").format(db=self.ctx.db.describe()))
        self.demo_label.setText(self.tr("DEMO DATABASE"))
        self.file_menu.setTitle(self.tr("&File"))
        self.problem_action.setText(self.tr("Register a problem parcel (last scan)"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        last = settings.value("last_page")
        if not (isinstance(last, str) and self.show_page(last)) and not self.show_page("tracking"):
            self._select(0)

    def closeEvent(self, e: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QSettings().setValue("geometry", self.saveGeometry())
        super().closeEvent(e)
