"""The main window: navigation by step of the flow, the pages, and a status bar that says
who is logged in, where, on which database, and the time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QTreeWidget, QTreeWidgetItem,
)

from carrier_app import __version__
from carrier_app.ui import i18n, messages, screen_fit, user_settings
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages import discover
from carrier_app.ui.pages.base import Page, Section, section_title
from carrier_app.ui.timefmt import now_text
from carrier_app.ui.widgets.scan_input import ScanInput

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The navigation's width: enough for the longest page title in Chinese or English.
NAV_WIDTH = 190


class MainWindow(QMainWindow):
    #: Ctrl+L: the user logs out; the shift (ui/shift.py) shows the log-in again.
    switch_user = Signal()

    def __init__(self, ctx: AppContext, location_name: str = "", *, demo: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.demo = demo
        self.location_name = location_name
        self.pages: list[Page] = []
        self._fitted = False
        self.nav = QTreeWidget()
        self.nav.setObjectName("navigation")
        self.nav.setHeaderHidden(True)
        self.nav.setMinimumWidth(NAV_WIDTH)
        self.stack = QStackedWidget()
        self.section_items: dict[Section, QTreeWidgetItem] = {}
        self._build_pages()
        self.nav.currentItemChanged.connect(self._nav_changed)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([NAV_WIDTH, 10 * NAV_WIDTH])  # the pages get the width
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
        # A section the role cannot open is not shown at all (not a "not available" page).
        for section in (s for s in Section if by_section[s]):
            item = QTreeWidgetItem(self.nav)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.section_items[section] = item
            for page in by_section[section]:
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
        self.switch_action = QAction(self)
        self.switch_action.setObjectName("switchUser")
        self.switch_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.switch_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.switch_action.triggered.connect(self.log_out)
        self.addAction(self.switch_action)
        self.file_menu.addAction(self.problem_action)
        self.file_menu.addAction(self.switch_action)
        self.file_menu.addAction(self.quit_action)
        self._build_view_menu()

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

    def _build_view_menu(self) -> None:
        """Ctrl+1…9: the sections in flow order; F11 full screen, Esc leaves it."""
        self.view_menu = self.menuBar().addMenu("")
        self.section_actions: list[QAction] = []
        for n, section in enumerate(list(self.section_items)[:9], start=1):
            act = QAction(self)
            act.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key(Qt.Key.Key_0 + n)))
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            act.triggered.connect(lambda _=False, s=section: self.show_section(s))
            act.setData(section)
            self.addAction(act)
            self.view_menu.addAction(act)
            self.section_actions.append(act)
        self.view_menu.addSeparator()
        self.full_screen_action = QAction(self)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        self.leave_full_screen_action = QAction(self)
        self.leave_full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_full_screen_action.setEnabled(False)  # Esc stays the dialogs' otherwise
        self.leave_full_screen_action.triggered.connect(self.toggle_full_screen)
        for act in (self.full_screen_action, self.leave_full_screen_action):
            self.addAction(act)
            self.view_menu.addAction(act)

    # --- behaviour ----------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        i18n.set_language(code)
        QSettings().setValue("language", code)
        user_settings.set_value(self.ctx.actor.username, "language", code)
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

    def show_section(self, section: Section) -> None:
        item = self.section_items.get(section)
        first = item.child(0) if item is not None else None
        if first is not None:
            self.nav.setCurrentItem(first)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def log_out(self) -> None:
        """Ctrl+L: keep where this user was, close, and let the next user log in — not
        while a background task (a departure, a print run, an import) is still working
        for this user: it would finish for nobody."""
        if not QThreadPool.globalInstance().waitForDone(2000):
            self.statusBar().showMessage(self.tr(
                "A task is still running: log out when it has finished."), 8000)
            return
        for page in self.pages:
            stop = getattr(page, "shutdown", None)  # the sort station's own scan threads
            if callable(stop):
                stop()
        self.close()
        self.switch_user.emit()

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
        user_settings.set_value(self.ctx.actor.username, "last_page", page.key)
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
        self.switch_action.setText(self.tr("Log out / switch user"))
        self.view_menu.setTitle(self.tr("&View"))
        for act in self.section_actions:
            act.setText(section_title(act.data()))
        self.full_screen_action.setText(self.tr("Full screen"))
        self.leave_full_screen_action.setText(self.tr("Leave full screen"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif e.type() == QEvent.Type.WindowStateChange:
            self.leave_full_screen_action.setEnabled(self.isFullScreen())
            if not self.isFullScreen() and self.pages:
                self.current_page().full_screen_left()
        super().changeEvent(e)

    def _restore(self) -> None:
        screen_fit.restore(self, QSettings().value("geometry"))
        last = user_settings.value(self.ctx.actor.username, "last_page")
        if not (isinstance(last, str) and self.show_page(last)) and not self.show_page("tracking"):
            self._select(0)

    def showEvent(self, e: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(e)
        if not self._fitted:  # the frame's size is known once shown: fit it in again
            self._fitted = True
            if self.windowState() == Qt.WindowState.WindowNoState:
                screen_fit.clamp(self, self.screen().availableGeometry())

    def closeEvent(self, e: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QSettings().setValue("geometry", self.saveGeometry())
        super().closeEvent(e)
