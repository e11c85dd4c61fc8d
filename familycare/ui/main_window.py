"""The main window: menus, the household on screen, and its pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from familycare import __version__
from familycare.household import Household
from familycare.i18n.text import fill, translate
from familycare.services.recent_households import RecentHouseholds
from familycare.services.settings import LANGUAGE, TEXT_SCALE, TEXT_SCALES, USER_NAME
from familycare.storage.errors import StorageError
from familycare.ui.dashboard_page import DashboardPage, next_visits_from
from familycare.ui.error_text import storage_error_text
from familycare.ui.keyboard import set_keys
from familycare.ui.lazy_tabs import LazyTabs
from familycare.ui.text_colours import is_dark
from familycare.ui.text_size import apply_font

if TYPE_CHECKING:
    from familycare.i18n.translator import UiLanguage
    from familycare.ui.members_page import MembersPage
    from familycare.ui.todo_page import TodoPage
    from familycare.ui.transfer_dialogs import TransferActions
    from familycare.ui.visit_page import VisitPage

OpenHousehold = Callable[[Path], Household]
Confirm = Callable[[QWidget, str, str], bool]
# A household's stored language ("ja", "en" or "": follow the system) -> the one to show.
PickLanguage = Callable[[str], str]

# Keys of the tabs built on first show (ui/lazy_tabs.py); Home is built at once.
FAMILY_TAB = "family"
TODO_TAB = "todo"
VISITS_TAB = "visits"


class MainWindow(QMainWindow):
    # The pages must be built again: another household was opened, or the language or the
    # text size changed (rebuild_pages). Pages that depend on the household follow it.
    household_changed = Signal()
    language_change_requested = Signal(str)
    members_changed = Signal()  # a member was added, edited or deleted on the Family tab

    def __init__(
        self,
        household: Household,
        recent: RecentHouseholds,
        open_household: OpenHousehold,
        parent: QWidget | None = None,
        ui_language: UiLanguage | None = None,
        confirm: Confirm | None = None,
        pick_language: PickLanguage | None = None,
    ) -> None:
        super().__init__(parent)
        self.household = household
        # Installs the translators of a language chosen in Settings or stored by a household
        # opened later; None (tests that do not switch) keeps whatever the application has.
        self.ui_language = ui_language
        # How start-up chose the language (app.py): the same choice for a household opened
        # later. None: the stored language, else the system's (choose_language).
        self._pick_language = pick_language or _system_choice
        self._confirm = confirm  # None: a Yes/No message box (tests pass their own)
        self._dark = is_dark(self.palette())  # a theme switch rebuilds the pages (changeEvent)
        self._retired: list[QObject] = []
        self._recent = recent
        self._open_household = open_household
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # Only Home is on screen at start-up: the other pages are built when first shown.
        self.pages = LazyTabs(self.tabs)
        # The guarded-session banner sits above the tabs: whose data is on screen is always
        # visible (UX.md, shared devices).
        central = QWidget(self)
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.home_page: DashboardPage | None = None
        self._install_pages()
        self.members_changed.connect(self.refresh_todo_pages)
        self.household_changed.connect(self._refresh_visit_page)
        self.tabs.currentChanged.connect(self._refresh_if_todo_tab)
        from familycare.ui.proxy_session_ui import ProxyUi

        self.proxy_ui = ProxyUi(self, self.central_layout, self.pages)
        # The timeline is the sixth tab; it is built the first time it is shown.
        from familycare.ui.timeline_tab import TimelineTab

        self.timeline_tab = TimelineTab(household, self)
        self.tabs.addTab(self.timeline_tab, translate("main", "Timeline"))
        self.household_changed.connect(self._renew_timeline_tab)
        self._build_menus()
        self.resize(1100, 720)
        self._update_title()

    # -- menus -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self._retire_menus()
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("main", "&File"))
        new_action = QAction(translate("main", "&New household…"), self)
        set_keys(new_action, QKeySequence(QKeySequence.StandardKey.New))
        new_action.triggered.connect(lambda: self._choose_household(new=True))
        open_action = QAction(translate("main", "&Open household…"), self)
        set_keys(open_action, QKeySequence(QKeySequence.StandardKey.Open))
        open_action.triggered.connect(lambda: self._choose_household(new=False))
        self.recent_menu = file_menu.addMenu(translate("main", "&Recent households"))
        file_menu.insertAction(self.recent_menu.menuAction(), new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), open_action)
        restore_action = QAction(translate("main", "Restore from &backup…"), self)
        restore_action.triggered.connect(self._restore_from_backup)
        file_menu.addAction(restore_action)
        self._add_transfer_actions(file_menu)
        file_menu.addSeparator()
        quit_action = QAction(translate("main", "&Quit"), self)
        set_keys(quit_action, QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._fill_recent_menu()

        settings_menu = bar.addMenu(translate("main", "&Settings"))
        name_action = QAction(translate("main", "Your &name…"), self)
        name_action.triggered.connect(self._ask_user_name)
        settings_menu.addAction(name_action)
        rules_action = QAction(translate("main", "&Rules and sources…"), self)
        rules_action.triggered.connect(self._show_rules)
        settings_menu.addAction(rules_action)
        facilities_action = QAction(translate("main", "&Clinics and pharmacies…"), self)
        # The Visits tab owns the dialog and refreshes its facility list afterwards.
        facilities_action.triggered.connect(lambda: self.visit_page.edit_facilities())
        settings_menu.addAction(facilities_action)
        shared_action = QAction(translate("main", "Shared &database…"), self)
        shared_action.triggered.connect(self._shared_database)
        settings_menu.addAction(shared_action)
        language_menu = settings_menu.addMenu(translate("main", "&Language"))
        languages = QActionGroup(self)
        for code, label in (("ja", "日本語"), ("en", "English")):
            action = QAction(label, languages)
            action.setCheckable(True)
            action.setChecked(code == self.language())
            # After the menu has closed: the rebuild replaces the menu itself.
            action.triggered.connect(
                lambda _=False, c=code: QTimer.singleShot(0, lambda: self.set_language(c)))
            language_menu.addAction(action)
        self.text_size_menu = settings_menu.addMenu(translate("main", "&Text size"))
        sizes = QActionGroup(self)
        current = self.household.settings.text_scale()
        for percent, label in zip(TEXT_SCALES, (
                translate("main", "&Normal (100 %)"), translate("main", "&Large (150 %)"),
                translate("main", "&Very large (200 %)")), strict=True):
            action = QAction(label, sizes)
            action.setCheckable(True)
            action.setChecked(percent == current)
            action.triggered.connect(
                lambda _=False, p=percent: QTimer.singleShot(0, lambda: self.set_text_scale(p)))
            self.text_size_menu.addAction(action)

        help_menu = bar.addMenu(translate("main", "&Help"))
        logs_action = QAction(translate("main", "Where are the &logs?"), self)
        logs_action.triggered.connect(self.show_log_location)
        help_menu.addAction(logs_action)
        about_action = QAction(translate("main", "&About familycare"), self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)
        # Shortcuts for tabs, new member and save, and Help → Keyboard shortcuts (F1).
        from familycare.ui.keyboard import install_keyboard

        install_keyboard(self, help_menu)

    def _retire_menus(self) -> None:
        """Before the menus are built again: the old menus and window actions leave the
        window (so their shortcuts neither clash nor appear twice in the shortcuts list) and
        are deleted once the event that rebuilt them (a menu click) has finished."""
        bar = self.menuBar()
        if not bar.actions():
            return  # the first build: nothing to replace
        from PySide6.QtCore import Qt  # not at import: see dashboard_model's roles

        direct = Qt.FindChildOption.FindDirectChildrenOnly
        old: list[QObject] = [*self.findChildren(QAction, options=direct),
                              *self.findChildren(QActionGroup, options=direct)]
        for menu in bar.findChildren(QMenu, options=direct):
            menu.deleteLater()  # holds no shortcut: the window owns the menus' actions
        bar.clear()
        retired = QObject()
        for item in old:
            if isinstance(item, QAction):
                self.removeAction(item)
            item.setParent(retired)
        self._retired = [retired]  # kept alive until deleteLater has run
        retired.deleteLater()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for folder in self._recent.list():
            action = QAction(str(folder), self)
            action.triggered.connect(lambda _=False, f=folder: self.open_household_folder(f))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- household ---------------------------------------------------------------------
    def _update_title(self) -> None:
        paths = self.household.paths
        folder = paths.data_dir
        name = folder.name or str(folder)
        if paths.sqlite_file is None:  # a shared household: its database and server
            from familycare.services.server_settings import location_text

            name = location_text(paths.db_url)
        self.setWindowTitle(fill(translate("main", "familycare — {household}"),
                                 {"household": name}))

    def _choose_household(self, new: bool) -> None:
        caption = (
            translate("main", "Choose an empty folder for the new household")
            if new
            else translate("main", "Choose the folder of a household")
        )
        folder = QFileDialog.getExistingDirectory(self, caption)
        if folder:
            self.open_chosen_folder(Path(folder), new)

    def open_chosen_folder(self, path: Path, new: bool) -> bool:
        """File → New household / Open household… once the folder is chosen. A household
        started here is offered the first-start questions (language, text size), once, as
        a household made at start-up is."""
        has_db = (path / "familycare.sqlite3").exists()
        if new and has_db:
            QMessageBox.information(
                self,
                translate("main", "Household already there"),
                translate("main", "This folder already holds a household. It will be opened."),
            )
        if not new and not has_db:
            answer = QMessageBox.question(
                self,
                translate("main", "No household here"),
                translate("main", "This folder holds no household yet. Start a new one here?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not self.open_household_folder(path):
            return False
        if not has_db:
            from familycare.ui.first_start import offer_first_start

            offer_first_start(self)  # window-modal; not again once asked (needs_welcome)
        return True

    def open_household_folder(self, folder: Path) -> bool:
        """Every way another household comes on screen (File → New / Open, Recent
        households, "Open this household now?" after an import or a restore from a file):
        the household in ``folder`` replaces this one, after asking when the Family tab
        holds typing not saved yet (it would be lost)."""
        question = translate("main", "The Family tab has changes that are not saved yet. "
                                     "Opening another household now discards them. "
                                     "Open it anyway?")
        if not self.may_drop_unsaved_typing(question):
            return False
        return self.switch_household(folder)

    def switch_household(self, folder: Path) -> bool:
        """Open the household in ``folder`` and show it; if it cannot be opened, say why and
        change nothing (this household, its language and text size stay)."""
        from familycare.ui.household_opener import HouseholdOpenElsewhere

        try:
            household = self._open_household(folder)
        except HouseholdOpenElsewhere as exc:
            self._refuse_open_elsewhere(exc.data_dir)
            return False
        except StorageError as exc:
            QMessageBox.warning(
                self, translate("main", "Household not opened"), storage_error_text(exc)
            )
            return False
        self.use_household(household)
        return True

    def _refuse_open_elsewhere(self, data_dir: Path) -> None:
        # As a second start is refused: that window comes forward, and this one says why.
        from familycare.services.instance_lock import ask_running_window_to_activate
        from familycare.ui.startup_recovery import already_open_text

        ask_running_window_to_activate(data_dir)
        QMessageBox.information(self, translate("recovery", "Already open"),
                                already_open_text())

    def use_household(self, household: Household) -> None:
        """Show ``household`` (already open) instead of the current one, which is closed.

        Its own language and text size (a care worker keeps one household per client, each
        in the client's language and size) are put in place before its pages are built."""
        old = self.household
        self.household = household
        old.close()
        self._recent.remember(household.paths.data_dir)
        self._apply_language_and_text_size()
        self._build_pages_and_menus()

    def _apply_language_and_text_size(self) -> None:
        """The household's language and text size on the application, as the Settings menu
        would set them (UiLanguage.switch, apply_font); only what differs is changed."""
        from PySide6.QtWidgets import QApplication

        from familycare.ui.text_size import BASE_POINT_SIZE

        settings = self.household.settings
        if self.ui_language is not None:
            self.ui_language.switch(self._pick_language(settings.language()))
        app = QApplication.instance()
        scale = settings.text_scale()
        if app.font().pointSizeF() != BASE_POINT_SIZE * scale / 100:
            apply_font(app, scale)

    def rebuild_pages(self) -> None:
        """Every page and menu built again for the same household, so a new language or
        text size reaches every text, font and row height, without a restart; the tab, the
        member and what the Visits tab was planning stay on screen."""
        from familycare.ui.window_view import WindowView

        view = WindowView.of(self)
        self._build_pages_and_menus()
        view.restore(self)

    def _build_pages_and_menus(self) -> None:
        # Pages, menus (texts, the checked language and size, recent households) and title,
        # in the application's current language and font.
        self._install_pages()
        self.household_changed.emit()
        self._build_menus()
        self._update_title()

    def changeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        # The desktop switched between a light and a dark theme: error, warning and muted
        # colours are chosen for the palette when a page is built (ui/text_colours.py).
        super().changeEvent(event)  # type: ignore[arg-type]
        if event.type() == QEvent.Type.PaletteChange:  # type: ignore[attr-defined]
            dark, before = is_dark(self.palette()), getattr(self, "_dark", None)
            if before is not None and dark != before:
                QTimer.singleShot(0, self._rebuild_for_palette)
            self._dark = dark

    def _rebuild_for_palette(self) -> None:
        if not self.isVisible():
            return  # a closed window: its household may be closed (or its server gone) too
        members = self.built_members_page()
        if members is not None and members.has_unsaved_changes():
            return  # never drop edits for colours: the next rebuild picks the theme up
        self.rebuild_pages()

    def _renew_timeline_tab(self) -> None:
        # Another household, or the same one in a new language or text size: the tab's page
        # is built again when shown, and its label follows the language.
        self.timeline_tab.set_household(self.household)
        self.tabs.setTabText(self.tabs.indexOf(self.timeline_tab),
                             translate("main", "Timeline"))

    def _restore_from_backup(self) -> None:
        from familycare.ui.restore_dialog import open_restore_dialog

        open_restore_dialog(self)

    def _add_transfer_actions(self, file_menu: QMenu) -> None:
        # Moving to a new PC and data for other programs (ui/transfer_dialogs.py); unlike
        # "Restore from backup…" above, these use files the person chooses.
        file_menu.addSeparator()
        for label, flow in (
            (translate("main", "Back up to a &file for a new PC…"), "back_up"),
            (translate("main", "Restore from a backup fi&le…"), "restore"),
            (translate("main", "&Export…"), "export"),
            (translate("main", "&Import from JSON…"), "import_json"),
        ):
            action = QAction(label, self)
            action.triggered.connect(lambda _=False, f=flow: getattr(self.transfer_actions(), f)())
            file_menu.addAction(action)

    def transfer_actions(self) -> TransferActions:
        # Imported on first use: a fast first paint.
        actions = getattr(self, "_transfer_actions", None)
        if actions is None:
            from familycare.ui.transfer_dialogs import TransferActions

            actions = self._transfer_actions = TransferActions(self, self)
        return actions

    # -- pages: Home at once (it answers "is anyone in trouble?"), the rest on first show --
    def _install_pages(self) -> None:
        """This household's pages: at start-up, after switching households and to rebuild
        them all (rebuild_pages). Pages built before are dropped and built again when shown."""
        # Tabs come and go here: no page may be built or reloaded for the passing states.
        blocker = QSignalBlocker(self.tabs)
        for key in (FAMILY_TAB, TODO_TAB, VISITS_TAB):
            self.pages.remove(key)
        if self.home_page is not None:
            self.tabs.removeTab(self.tabs.indexOf(self.home_page))
            self.home_page.deleteLater()
        household = self.household
        self.home_page = DashboardPage(household.todo, next_visits_from(household.db), self,
                                       roles=household.roles.all_roles)
        self.tabs.insertTab(0, self.home_page, translate("main", "Home"))
        self.pages.add(FAMILY_TAB, translate("main", "Family"), self._build_members_page, 1)
        self.pages.add(TODO_TAB, translate("main", "To-do"), self._build_todo_page, 2)
        self.pages.add(VISITS_TAB, translate("main", "Visits"), self._build_visit_page, 3)
        self.tabs.setCurrentIndex(0)
        blocker.unblock()
        self.home_page.open_member.connect(self._open_member)
        self.home_page.show_todo.connect(lambda: self.tabs.setCurrentWidget(self.todo_page))
        self.refresh_todo_pages()

    def _build_members_page(self) -> MembersPage:
        from familycare.ui.member_detail import MemberDetail
        from familycare.ui.members_page import MembersPage

        household = self.household
        page = MembersPage(household.members, self, notes=household.notes,
                           details=MemberDetail(household))
        page.members_changed.connect(self.members_changed)
        page.reload()
        return page

    def _build_todo_page(self) -> TodoPage:
        from familycare.ui.todo_page import TodoPage

        # Loaded when shown (_refresh_if_todo_tab).
        return TodoPage(self.household.todo, self, roles=self.household.roles.all_roles)

    def _build_visit_page(self) -> VisitPage:
        from familycare.ui.visit_page import VisitPage

        return VisitPage(self.household, self)

    @property
    def members_page(self) -> MembersPage:
        return self.pages.page(FAMILY_TAB)  # type: ignore[return-value]

    @property
    def todo_page(self) -> TodoPage:
        return self.pages.page(TODO_TAB)  # type: ignore[return-value]

    @property
    def visit_page(self) -> VisitPage:
        return self.pages.page(VISITS_TAB)  # type: ignore[return-value]

    def built_members_page(self) -> MembersPage | None:
        """The Family tab's page if it was built, without building it."""
        return self.pages.built(FAMILY_TAB)  # type: ignore[return-value]

    def built_visit_page(self) -> VisitPage | None:
        """The Visits tab's page if it was built, without building it."""
        return self.pages.built(VISITS_TAB)  # type: ignore[return-value]

    def _refresh_visit_page(self) -> None:
        # The rules changed (or another household): a page not built yet loads fresh anyway.
        page = self.pages.built(VISITS_TAB)
        if page is not None:
            page.set_household(self.household)  # type: ignore[attr-defined]

    def refresh_todo_pages(self) -> None:
        # Only the page on screen: the other reloads when its tab is chosen
        # (_refresh_if_todo_tab), so a refresh derives the family's to-do once, not twice.
        self._reload_if_todo_page(self.tabs.currentWidget())

    def _refresh_if_todo_tab(self, index: int) -> None:
        # Cards, PINs and visits change on other tabs: show fresh news when coming back.
        self._reload_if_todo_page(self.tabs.widget(index))

    def _reload_if_todo_page(self, page: QWidget | None) -> None:
        if page is not None and page in (self.home_page, self.pages.built(TODO_TAB)):
            page.reload()  # type: ignore[attr-defined]

    def _open_member(self, member_id: int) -> None:
        self.members_page.reload(select_id=member_id)
        self.tabs.setCurrentWidget(self.members_page)

    # -- settings and help -------------------------------------------------------------
    def _shared_database(self) -> None:
        # Imported on first use: psycopg and the dialog stay out of start-up.
        from familycare.ui.shared_database_dialog import open_shared_database_dialog

        open_shared_database_dialog(self)

    def _ask_user_name(self) -> None:
        current = self.household.settings.get(USER_NAME)
        name, ok = QInputDialog.getText(
            self,
            translate("main", "Your name"),
            translate("main", "Your name is written next to every change you make:"),
            text=current,
        )
        if ok:
            self.household.settings.set(USER_NAME, name.strip())

    def _show_rules(self) -> None:
        from familycare.ui.rules_dialog import RulesDialog

        dialog = RulesDialog(self.household.rules, self.household.clock.today(), self)
        if dialog.exec():
            self.household_changed.emit()

    def language(self) -> str:
        if self.ui_language is not None:
            return self.ui_language.language
        return self.household.settings.language()

    def may_drop_unsaved_typing(self, question: str | None = None) -> bool:
        """Rebuilding the pages (another household, a restored copy, a new language or text
        size) drops edits not saved yet: ask first; on "no" the menus go back to showing
        what is in use. ``question`` says what would discard them (by default a language or
        text-size change)."""
        members = self.built_members_page()
        if members is None or not members.has_unsaved_changes():
            return True
        title = translate("main", "Changes not saved")
        if question is None:
            question = translate("main", "The Family tab has changes that are not saved yet. "
                                         "Changing the language or text size now discards "
                                         "them. Change anyway?")
        if self._confirm is not None:
            agreed = self._confirm(self, title, question)
        else:
            agreed = QMessageBox.question(
                self, title, question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        if not agreed:
            self._build_menus()
        return agreed

    def set_language(self, code: str) -> None:
        """Saved for the household and applied at once: the pages are built again."""
        if code != self.language() and not self.may_drop_unsaved_typing():
            return
        self.household.settings.set(LANGUAGE, code)
        self.language_change_requested.emit(code)
        if self.ui_language is not None and self.ui_language.switch(code):
            self.rebuild_pages()

    def set_text_scale(self, percent: int) -> None:
        """Saved for the household and applied at once (UX.md: large-text mode)."""
        from PySide6.QtWidgets import QApplication

        if not self.may_drop_unsaved_typing():
            return
        self.household.settings.set(TEXT_SCALE, str(percent))
        apply_font(QApplication.instance(), percent)
        self.rebuild_pages()

    def show_log_location(self) -> None:
        log_dir = self.household.paths.log_dir
        box = QMessageBox(self)
        box.setWindowTitle(translate("main", "Logs"))
        box.setText(
            fill(
                translate(
                    "main",
                    "The log and any crash reports are in:\n{folder}\n\nThey never contain "
                    "PINs, My Numbers or note texts.",
                ),
                {"folder": str(log_dir)},
            )
        )
        open_button = box.addButton(
            translate("main", "Open folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir)))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            translate("main", "About familycare"),
            fill(
                translate(
                    "main",
                    "familycare {version}\nHelps you look after the My Number insurance "
                    "cards of your whole family.",
                ),
                {"version": __version__},
            ),
        )


def _system_choice(stored: str) -> str:
    # The stored language, else the system's, as at start-up without --language.
    from PySide6.QtCore import QLocale

    from familycare.i18n.translator import choose_language

    return choose_language(stored, QLocale.system().name())
