"""The main window: menus, the household on screen, and its pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from familycare import __version__
from familycare.household import Household
from familycare.i18n.text import fill, translate
from familycare.services.recent_households import RecentHouseholds
from familycare.services.settings import LANGUAGE, USER_NAME
from familycare.storage.errors import StorageError
from familycare.ui.error_text import storage_error_text
from familycare.ui.members_page import MembersPage
from familycare.ui.visit_page import VisitPage

OpenHousehold = Callable[[Path], Household]


class MainWindow(QMainWindow):
    household_changed = Signal()
    language_change_requested = Signal(str)

    def __init__(
        self,
        household: Household,
        recent: RecentHouseholds,
        open_household: OpenHousehold,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.household = household
        self._recent = recent
        self._open_household = open_household
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.members_page = MembersPage(household.members, self)
        self.tabs.addTab(self.members_page, translate("main", "Family"))
        self.visit_page = VisitPage(household, self)
        self.tabs.addTab(self.visit_page, translate("main", "Visits"))
        self.household_changed.connect(lambda: self.visit_page.set_household(self.household))
        self._build_menus()
        self.resize(1100, 720)
        self._update_title()

    # -- menus -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("main", "&File"))
        new_action = QAction(translate("main", "&New household…"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(lambda: self._choose_household(new=True))
        open_action = QAction(translate("main", "&Open household…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(lambda: self._choose_household(new=False))
        self.recent_menu = file_menu.addMenu(translate("main", "&Recent households"))
        file_menu.insertAction(self.recent_menu.menuAction(), new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), open_action)
        file_menu.addSeparator()
        quit_action = QAction(translate("main", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
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
        language_menu = settings_menu.addMenu(translate("main", "&Language"))
        for code, label in (("ja", "日本語"), ("en", "English")):
            action = QAction(label, self)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            language_menu.addAction(action)

        help_menu = bar.addMenu(translate("main", "&Help"))
        logs_action = QAction(translate("main", "Where are the &logs?"), self)
        logs_action.triggered.connect(self.show_log_location)
        help_menu.addAction(logs_action)
        about_action = QAction(translate("main", "&About familycare"), self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for folder in self._recent.list():
            action = QAction(str(folder), self)
            action.triggered.connect(lambda _=False, f=folder: self.switch_household(f))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- household ---------------------------------------------------------------------
    def _update_title(self) -> None:
        folder = self.household.paths.data_dir
        self.setWindowTitle(fill(translate("main", "familycare — {household}"),
                                 {"household": folder.name or str(folder)}))

    def _choose_household(self, new: bool) -> None:
        caption = (
            translate("main", "Choose an empty folder for the new household")
            if new
            else translate("main", "Choose the folder of a household")
        )
        folder = QFileDialog.getExistingDirectory(self, caption)
        if not folder:
            return
        path = Path(folder)
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
                return
        self.switch_household(path)

    def switch_household(self, folder: Path) -> bool:
        try:
            household = self._open_household(folder)
        except StorageError as exc:
            QMessageBox.warning(
                self, translate("main", "Household not opened"), storage_error_text(exc)
            )
            return False
        old = self.household
        self.household = household
        old.close()
        self._recent.remember(household.paths.data_dir)
        self._fill_recent_menu()
        self.members_page.deleteLater()
        self.members_page = MembersPage(household.members, self)
        self.tabs.removeTab(0)
        self.tabs.insertTab(0, self.members_page, translate("main", "Family"))
        self.tabs.setCurrentIndex(0)
        self.members_page.reload()
        self._update_title()
        self.household_changed.emit()
        return True

    # -- settings and help -------------------------------------------------------------
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

    def _set_language(self, code: str) -> None:
        self.household.settings.set(LANGUAGE, code)
        self.language_change_requested.emit(code)

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
        open_button = box.addButton(translate("main", "Open folder"), QMessageBox.ButtonRole.ActionRole)
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
