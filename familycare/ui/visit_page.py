"""The Visits tab: plan a member's clinic or pharmacy day, save it, print its visit card, and
see every family visit of the chosen day with a reprint flag."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.validation import ValidationFailed
from familycare.household import Household
from familycare.i18n import catalog_plan as plan_cat
from familycare.i18n import catalog_visits as cat
from familycare.i18n.messages import validation_text
from familycare.i18n.text import fill, translate, translate_code
from familycare.i18n.translator import choose_language
from familycare.printing.visit_card_pdf import paint_visit_cards, write_visit_cards_pdf
from familycare.services.visits import PlannedVisit
from familycare.storage.errors import StorageError
from familycare.ui.error_text import storage_error_text
from familycare.ui.member_form import DateField, colour_icon
from familycare.ui.members_page import Confirm, ask_yes_no
from familycare.ui.text_colours import muted_colour
from familycare.ui.text_size import BASE_POINT_SIZE, keep_titles_whole
from familycare.ui.visit_plan_view import plan_html

ChoosePdf = Callable[[QWidget], Path | None]
RunPrintDialog = Callable[[QWidget, object], bool]


def ask_pdf_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("visits", "Save visit card as PDF"),
        "",
        translate("visits", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def run_print_dialog(parent: QWidget, printer: object) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)  # type: ignore[arg-type]
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


class VisitPage(QWidget):
    DAY_COLUMNS = 4  # member, facility, route, card status

    def __init__(
        self,
        household: Household,
        parent: QWidget | None = None,
        choose_pdf: ChoosePdf = ask_pdf_path,
        print_dialog: RunPrintDialog = run_print_dialog,
        confirm: Confirm = ask_yes_no,
        run_facilities: Callable[[QDialog], object] = QDialog.exec,
    ) -> None:
        super().__init__(parent)
        self._confirm = confirm
        self._run_facilities = run_facilities
        self._choose_pdf = choose_pdf
        self._print_dialog = print_dialog
        self._current: PlannedVisit | None = None
        self._day_visits: list[PlannedVisit] = []

        self.member = QComboBox(self)
        self.date = DateField(self)
        self.facility = QComboBox(self)
        self.facilities_button = QPushButton(translate("visits", "C&linics and pharmacies…"), self)
        self.show_button = QPushButton(translate("visits", "Show &plan"), self)
        self.save_button = QPushButton(translate("visits", "&Save visit"), self)
        self.print_button = QPushButton(translate("visits", "&Print…"), self)
        self.pdf_button = QPushButton(translate("visits", "Save as P&DF…"), self)
        self.plan_view = QTextBrowser(self)
        self.plan_view.setAccessibleName(translate("visits", "Visit plan"))
        self.status = QLabel(self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        self.day_heading = QLabel(self)
        self.day_heading.setObjectName("formHeading")
        self.day_table = QTableWidget(0, self.DAY_COLUMNS, self)
        self.day_table.setHorizontalHeaderLabels(
            [
                translate("visits", "Who"),
                translate("visits", "Where"),
                translate("visits", "How"),
                translate("visits", "Card"),
            ]
        )
        self.day_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.day_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_table.verticalHeader().hide()
        self.day_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        keep_titles_whole(self.day_table.horizontalHeader())
        self.day_table.setAccessibleName(translate("visits", "Family visits on this day"))
        self.delete_button = QPushButton(translate("visits", "&Delete visit"), self)

        form = QFormLayout()
        form.addRow(translate("visits", "&Who"), self.member)
        form.addRow(translate("visits", "&Date"), self.date)
        # The row's buddy is the DateField wrapper; the screen reader lands on its line edit.
        self.date.edit.setAccessibleName(translate("visits", "Date"))
        facility_row = QHBoxLayout()
        facility_row.addWidget(self.facility, 1)
        facility_row.addWidget(self.facilities_button)
        facility_label = QLabel(translate("visits", "&Clinic or pharmacy"), self)
        facility_label.setBuddy(self.facility)  # the row is a layout: no automatic buddy
        form.addRow(facility_label, facility_row)
        # Two rows of two with large text, so the plan beside them keeps its width.
        buttons = QGridLayout()
        per_row = 2 if QApplication.font().pointSizeF() >= BASE_POINT_SIZE * 1.5 else 4
        for index, button in enumerate((self.show_button, self.save_button, self.print_button,
                                        self.pdf_button)):
            buttons.addWidget(button, index // per_row, index % per_row)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.status)
        left.addWidget(self.day_heading)
        left.addWidget(self.day_table, 1)
        left.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.plan_view, 3)

        self.show_button.clicked.connect(self.show_plan)
        self.facilities_button.clicked.connect(self.edit_facilities)
        self.save_button.clicked.connect(self.save_visit)
        self.print_button.clicked.connect(self.print_card)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.delete_button.clicked.connect(self.delete_selected)
        self.date.edit.textChanged.connect(self._date_changed)
        self.day_table.itemSelectionChanged.connect(self._day_row_chosen)
        self.set_household(household)

    # -- household and choices --------------------------------------------------------
    def set_household(self, household: Household) -> None:
        self.household = household
        self.language = choose_language(household.settings.language(), QLocale.system().name())
        self._current = None
        self.plan_view.clear()
        self.reload_choices()
        self.date.set_value(household.visits.today())
        self.reload_day()

    def reload_choices(self) -> None:
        """Refill the member and facility lists, keeping the current choices."""
        member_id, facility_id = self.member.currentData(), self.facility.currentData()
        self.member.clear()
        for m in self.household.members.list_members():
            self.member.addItem(colour_icon(m.colour), m.display_name, m.id)
        self.facility.clear()
        self.facility.addItem(translate("visits", "(not chosen: the plan assumes the worst)"), None)
        for f in self.household.facilities.list_facilities():
            kind = cat.facility_kind_text(f.kind.value)
            label = f"{f.name} ({translate_code(cat.CONTEXT, kind)})" if kind else f.name
            self.facility.addItem(label, f.id)
        for combo, wanted in ((self.member, member_id), (self.facility, facility_id)):
            index = combo.findData(wanted)
            if index >= 0:
                combo.setCurrentIndex(index)

    def edit_facilities(self) -> None:
        """Clinics and pharmacies are saved in their own dialog; the list follows its edits."""
        from familycare.ui.facilities_dialog import FacilitiesDialog

        dialog = FacilitiesDialog(self.household.facilities, self, self._confirm)
        self._run_facilities(dialog)
        self.reload_choices()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        # Members and facilities are edited on other tabs: refresh on the way in.
        self.reload_choices()
        self.reload_day()
        super().showEvent(event)  # type: ignore[arg-type]

    # -- reading the form -------------------------------------------------------------
    def _chosen(self) -> tuple[int, date, int | None] | None:
        member_id = self.member.currentData()
        if member_id is None:
            self._say(translate("visits", "Add a family member on the Family tab first."))
            return None
        try:
            day = self.date.value()
        except ValueError as exc:
            self._say(
                validation_text(
                    str(getattr(exc, "code", "date_invalid")), getattr(exc, "params", {})
                )
            )
            return None
        if day is None:
            self._say(
                translate("visits", "Enter the day of the visit, e.g. 2026-12-01 or R8.12.1.")
            )
            return None
        return member_id, day, self.facility.currentData()

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _show(self, visit: PlannedVisit) -> None:
        self._current = visit
        self.plan_view.setHtml(
            plan_html(visit.card, self.language, self.household.visits.today(), visit.plan,
                      muted=muted_colour(self.plan_view.palette()))
        )

    # -- actions ----------------------------------------------------------------------
    def show_plan(self) -> PlannedVisit | None:
        chosen = self._chosen()
        if chosen is None:
            return None
        try:
            visit = self.household.visits.preview(*chosen)
        except StorageError as exc:
            self._say(storage_error_text(exc))
            return None
        self._show(visit)
        self._say(translate("visits", "This plan is not saved yet."))
        return visit

    def save_visit(self) -> PlannedVisit | None:
        chosen = self._chosen()
        if chosen is None:
            return None
        try:
            visit = self.household.visits.plan_visit(*chosen)
        except ValidationFailed as failed:
            issue = failed.issues[0]
            self._say(translate_code(cat.CONTEXT, cat.validation_text(issue.code), issue.params))
            return None
        except StorageError as exc:
            self._say(storage_error_text(exc))
            return None
        self._show(visit)
        self.reload_day(select_id=visit.id)
        self._say(
            fill(translate("visits", "Visit of {name} saved."), {"name": visit.member.display_name})
        )
        return visit

    def save_pdf(self) -> Path | None:
        visit = self.save_visit()
        if visit is None or visit.id is None:
            return None
        path = self._choose_pdf(self)
        if path is None:
            return None
        fd, temp_name = tempfile.mkstemp(prefix=".visit-card-", suffix=".pdf", dir=path.parent)
        os.close(fd)
        temp = Path(temp_name)
        try:
            write_visit_cards_pdf([visit.card], temp, self.language, self.household.visits.today())
            os.replace(temp, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                translate("visits", "Visit card not saved"),
                fill(
                    translate("visits", "Cannot write {path}: {reason}"),
                    {"path": str(path), "reason": exc.strerror or str(exc)},
                ),
            )
            return None
        finally:
            temp.unlink(missing_ok=True)
        self._printed(visit)
        self._say(fill(translate("visits", "Visit card saved to {path}."), {"path": str(path)}))
        return path

    def print_card(self) -> bool:
        visit = self.save_visit()
        if visit is None or visit.id is None:
            return False
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(translate_code(cat.CONTEXT, cat.card_text("title")))
        if not self._print_dialog(self, printer):
            return False
        paint_visit_cards(printer, [visit.card], self.language, self.household.visits.today())
        self._printed(visit)
        self._say(
            fill(
                translate("visits", "Visit card of {name} sent to the printer."),
                {"name": visit.member.display_name},
            )
        )
        return True

    def _printed(self, visit: PlannedVisit) -> None:
        assert visit.id is not None
        self.household.visits.mark_printed(visit.id, visit.fingerprint)
        self.reload_day(select_id=visit.id)

    def delete_selected(self) -> None:
        visit = self._selected_visit()
        if visit is None or visit.id is None:
            return
        from familycare.printing.visit_card_words import format_visit_date

        question = fill(
            translate("visits", "Delete the visit of {name} on {date}?"),
            {
                "name": visit.member.display_name,
                "date": format_visit_date(visit.visit_on, self.language),
            },
        )
        if not self._confirm(self, translate("visits", "Delete visit"), question):
            return
        self.household.visits.delete_visit(visit.id)
        self.reload_day()

    # -- the day view -----------------------------------------------------------------
    def _date_changed(self) -> None:
        try:
            day = self.date.value()
        except ValueError:
            return
        if day is not None:
            self.reload_day()

    def reload_day(self, select_id: int | None = None) -> None:
        """Every family visit on the chosen day, with its card status."""
        try:
            day = self.date.value() or self.household.visits.today()
        except ValueError:
            return
        from familycare.printing.visit_card_words import format_visit_date

        self.day_heading.setText(
            fill(
                translate("visits", "Family visits on {date}"),
                {"date": format_visit_date(day, self.language)},
            )
        )
        self._day_visits = self.household.visits.visits_on(day)
        table = self.day_table
        table.blockSignals(True)
        table.setRowCount(len(self._day_visits))
        for row, visit in enumerate(self._day_visits):
            who = QTableWidgetItem(colour_icon(visit.member.colour), visit.member.display_name)
            where = visit.facility.name if visit.facility else translate("visits", "(not chosen)")
            how = translate_code(plan_cat.CONTEXT, plan_cat.route_text(visit.plan.route.value))
            for column, item in enumerate(
                (
                    who,
                    QTableWidgetItem(where),
                    QTableWidgetItem(how),
                    QTableWidgetItem(self._status_text(visit)),
                )
            ):
                item.setData(Qt.ItemDataRole.UserRole, visit.id)
                table.setItem(row, column, item)
            if visit.id == select_id:
                table.selectRow(row)
        table.resizeRowsToContents()
        table.blockSignals(False)
        self.delete_button.setEnabled(bool(self._day_visits))

    @staticmethod
    def _status_text(visit: PlannedVisit) -> str:
        if visit.needs_reprint:
            return translate("visits", "⚠ Reprint: the plan changed")
        if visit.printed:
            return translate("visits", "✓ Printed")
        return translate("visits", "Not printed")

    def _selected_visit(self) -> PlannedVisit | None:
        rows = self.day_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._day_visits[rows[0].row()]

    def _day_row_chosen(self) -> None:
        visit = self._selected_visit()
        if visit is None:
            return
        for combo, wanted in (
            (self.member, visit.member.id),
            (self.facility, visit.facility.id if visit.facility else None),
        ):
            index = combo.findData(wanted)
            if index >= 0:
                combo.setCurrentIndex(index)
        self._show(visit)
