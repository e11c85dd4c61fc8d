"""File → Restore from backup…: pick one of the automatic copies and put it back.

The list shows each copy's date and how many family members it holds. Restoring closes the
household (every connection), moves the current file aside under a timestamped name (never
deleted), swaps the copy in and opens the household again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familycare.i18n.noop import QT_TRANSLATE_NOOP
from familycare.i18n.text import fill, translate, translate_code
from familycare.paths import AppPaths
from familycare.services.auto_backup import (
    BackupInfo,
    RestoreResult,
    list_backups,
    restore_backup,
)
from familycare.storage.errors import StorageError
from familycare.ui.error_text import storage_error_text
from familycare.ui.text_size import fit_window

Index = QModelIndex | QPersistentModelIndex
Confirm = Callable[[QWidget, BackupInfo], bool]

KINDS = {
    "daily": QT_TRANSLATE_NOOP("backup", "Daily copy"),
    "before-migration": QT_TRANSLATE_NOOP("backup", "Before an update"),
}


def when_text(info: BackupInfo) -> str:
    return info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


def kind_text(info: BackupInfo) -> str:
    source = KINDS.get(info.kind)
    return translate_code("backup", source) if source else info.kind


class BackupTableModel(QAbstractTableModel):
    WHEN, KIND, MEMBERS, STATE = range(4)

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("backup", "Saved on"),
            translate("backup", "Kind"),
            translate("backup", "Family members"),
            translate("backup", "State"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        info = self.backups[index.row()]
        column = index.column()
        if column == self.WHEN:
            return when_text(info)
        if column == self.KIND:
            return kind_text(info)
        if column == self.MEMBERS:
            return "" if info.member_count is None else str(info.member_count)
        if info.usable:
            return translate("backup", "Good")
        return translate("backup", "Damaged: cannot be restored")


def confirm_restore(parent: QWidget, info: BackupInfo) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("backup", "Restore this copy?"),
        fill(
            translate(
                "backup",
                "The household will go back to the copy from {when} ({count} family members). "
                "Changes made since then will not be shown.\n\nYour current file is not "
                "deleted: it is kept in the household folder under a name with today's date.",
            ),
            {"when": when_text(info), "count": info.member_count},
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


class RestoreDialog(QDialog):
    """Lists the backups; ``restore_chosen`` hands the chosen one to ``perform``."""

    def __init__(
        self,
        paths: AppPaths,
        perform: Callable[[BackupInfo], RestoreResult | None],
        parent: QWidget | None = None,
        confirm: Confirm = confirm_restore,
    ) -> None:
        super().__init__(parent)
        self._perform = perform
        self._confirm = confirm
        self.result_of_restore: RestoreResult | None = None
        self.setWindowTitle(translate("backup", "Restore from backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "backup",
                "familycare keeps a copy of your household every day and before every "
                "update. Choose the copy to go back to.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupTableModel(list_backups(paths), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(translate("backup", "Backups"))  # for screen readers
        layout.addWidget(self.table)
        self.empty_label = QLabel(translate("backup", "There is no backup yet."))
        self.empty_label.setVisible(not self.model.backups)
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(translate("backup", "Restore this copy"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_chosen)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        first_usable = next((i for i, b in enumerate(self.model.backups) if b.usable), None)
        if first_usable is not None:
            self.table.selectRow(first_usable)
        self._update_button()
        fit_window(self, 640, 360)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        info = self.chosen()
        self.restore_button.setEnabled(info is not None and info.usable)

    def restore_chosen(self) -> None:
        info = self.chosen()
        if info is None or not info.usable or not self._confirm(self, info):
            return
        try:
            result = self._perform(info)
        except (StorageError, OSError) as exc:
            message = storage_error_text(exc) if isinstance(exc, StorageError) else str(exc)
            QMessageBox.warning(self, translate("backup", "Not restored"), message)
            return
        if result is None:
            return  # the person kept their unsaved typing: nothing was restored
        self.result_of_restore = result
        self.accept()


def restore_into_window(window: object, info: BackupInfo) -> RestoreResult | None:
    """Close the window's household, swap the backup in, and open the household again.

    ``window`` is the MainWindow. Typing on the Family tab not saved yet would be lost: it
    is asked about as for File → Open, and None (nothing done) if the person keeps it. The
    household comes back through ``switch_household``, as any household opened in the
    window: its lock (still this window's) and the restored copy's language and text size.
    If the swap fails the current file is untouched and is opened again.
    """
    question = translate("backup", "The Family tab has changes that are not saved yet. "
                                   "Restoring the copy now discards them. Restore anyway?")
    if not window.may_drop_unsaved_typing(question):  # type: ignore[attr-defined]
        return None
    household = window.household  # type: ignore[attr-defined]
    paths = household.paths
    household.close()  # every pooled connection closed before the file is moved
    try:
        result = restore_backup(info.path, paths, datetime.now(UTC))
    finally:
        window.switch_household(paths.data_dir)  # type: ignore[attr-defined]
    return result


def open_restore_dialog(window: QWidget) -> None:
    """File → Restore from backup…"""
    household = window.household  # type: ignore[attr-defined]
    if household.paths.sqlite_file is None:
        QMessageBox.information(
            window,
            translate("backup", "Restore from backup"),
            translate(
                "backup",
                "This household is kept on a database server. Its backups are made there, "
                "not by familycare.",
            ),
        )
        return
    dialog = RestoreDialog(
        household.paths, lambda info: restore_into_window(window, info), window
    )
    if dialog.exec() and dialog.result_of_restore is not None:
        aside = dialog.result_of_restore.kept_aside
        QMessageBox.information(
            window,
            translate("backup", "Restored"),
            fill(
                translate(
                    "backup",
                    "The household was restored. The file you had before is kept as:\n{file}",
                ),
                {"file": str(aside) if aside else "-"},
            ),
        )
