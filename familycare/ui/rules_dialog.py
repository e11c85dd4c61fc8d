"""Settings → Rules and sources: every rule in force today with its dates and source, and the
household's choice for the rules RULES.md marks as disputed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.rules import (
    GRACE_COUNTING,
    SWITCH_LAG_DAYS,
    GraceCounting,
    RuleEntry,
    RuleSet,
)
from familycare.i18n.catalog_plan import RULE_NAMES
from familycare.i18n.date_text import date_text
from familycare.i18n.noop import QT_TRANSLATE_NOOP
from familycare.i18n.rule_source_text import note_text, source_text
from familycare.i18n.text import fill, translate, translate_code
from familycare.services.household_rules import (
    MAX_SWITCH_LAG_DAYS,
    HouseholdRules,
    RuleOverrides,
)
from familycare.ui.plan_basis import value_text
from familycare.ui.text_size import fit_window
from familycare.ui.wrapping_delegate import WrappedColumns

MARKS = {
    "official": QT_TRANSLATE_NOOP("rules", "Official"),
    "secondary": QT_TRANSLATE_NOOP("rules", "Secondary source only"),
    "disputed": QT_TRANSLATE_NOOP("rules", "Sources disagree"),
}

Index = QModelIndex | QPersistentModelIndex


class RulesTableModel(QAbstractTableModel):
    NAME, VALUE, SINCE, MARK, SOURCE = range(5)

    def __init__(self, rules: RuleSet, today: date, parent: QWidget | None = None,
                 chosen: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self._chosen = chosen  # rule ids whose value is the household's own choice
        self._rows: list[tuple[str, RuleEntry, object]] = [
            (rule_id, rules.rule(rule_id, on=today), rules.value(rule_id, today))
            for rule_id in rules.rule_ids()
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole:  # a tall row reads from its top line
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
        ):
            return None
        rule_id, entry, value = self._rows[index.row()]
        column = index.column()
        if column == self.NAME:
            name = RULE_NAMES.get(rule_id)
            return translate_code("plan", name) if name else rule_id
        if column == self.VALUE:
            text = value_text(value)  # same words as the plan's basis lines
            if rule_id in self._chosen:  # not the shipped value the source next to it gives
                text = fill(translate("rules", "{value} (your household's choice)"),
                            {"value": text})
            return text
        if column == self.SINCE:
            return date_text(entry.effective_from)
        if column == self.MARK:
            return translate_code("rules", MARKS.get(entry.mark.value, entry.mark.value))
        if column == self.SOURCE:
            # The note under the source, in the cell itself: the row grows to hold both.
            text = source_text(entry)
            if entry.note:
                text += "\n" + note_text(entry)
            return text
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("rules", "Rule"),
            translate("rules", "Value"),
            translate("rules", "In force since"),
            translate("rules", "Confidence"),
            translate("rules", "Source"),
        )[section]


class RulesDialog(QDialog):
    def __init__(self, rules: HouseholdRules, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        self.setWindowTitle(translate("rules", "Rules and sources"))
        base = rules.base()
        heading = QLabel(
            fill(
                translate(
                    "rules",
                    "Rule set {version}. Dates shown are those in force on {today}.",
                ),
                {"version": base.version, "today": date_text(today)},
            ),
            self,
        )
        heading.setWordWrap(True)
        self.table = QTableView(self)
        current = rules.overrides()
        chosen = frozenset(
            rule_id for rule_id, value in ((GRACE_COUNTING, current.grace_counting),
                                           (SWITCH_LAG_DAYS, current.switch_lag_days))
            if value is not None)
        self.table.setModel(RulesTableModel(rules.rule_set(), today, self, chosen))
        self.table.verticalHeader().hide()
        # Whole sentences, wrapped inside the window: the rule's name, its value, the date
        # and the confidence as wide as their text up to a share of the width; the source
        # (what the reader came for) the rest, never less than about a third. A source cut
        # to one line with "…", or pushed off to the right, is the answer a reader came for
        # and did not get.
        m = RulesTableModel
        self.columns = WrappedColumns(
            self.table, {m.NAME: 0.24, m.VALUE: 0.12, m.SINCE: 0.14, m.MARK: 0.12}, 0.36)
        self.table.setAccessibleName(translate("rules", "Rules in force"))

        self.grace = QComboBox(self)
        self.grace.addItem(translate("rules", "Shipped rule (to the end of the month)"), "")
        self.grace.addItem(
            translate("rules", "To the end of the third month after the month of expiry"),
            GraceCounting.MONTH_END.value,
        )
        self.grace.addItem(
            translate("rules", "Three months from the exact expiry date (one insurer's reading)"),
            GraceCounting.EXACT_DATE.value,
        )
        self.grace.setCurrentIndex(
            max(0, self.grace.findData(current.grace_counting.value if current.grace_counting
                                       else ""))
        )
        self.grace.setAccessibleName(translate("rules", "Grace period counting"))
        self.lag = QSpinBox(self)
        self.lag.setRange(0, MAX_SWITCH_LAG_DAYS)
        self.lag.setSpecialValueText(
            fill(translate("rules", "Shipped rule ({days} days)"),
                 {"days": base.value(SWITCH_LAG_DAYS, today)})
        )
        self.lag.setSuffix(translate("rules", " days"))
        self.lag.setValue(current.switch_lag_days or 0)
        self.lag.setAccessibleName(translate("rules", "Switch-lag days"))
        box = QGroupBox(translate("rules", "Your household's choice where sources disagree"), self)
        form = QFormLayout(box)
        form.addRow(translate_code("plan", RULE_NAMES[GRACE_COUNTING]), self.grace)
        form.addRow(translate_code("plan", RULE_NAMES[SWITCH_LAG_DAYS]), self.lag)
        note = QLabel(
            translate(
                "rules",
                "Every plan and to-do that your choice changes says so next to the result.",
            ),
            box,
        )
        note.setWordWrap(True)
        form.addRow(note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(buttons)
        fit_window(self, 1000, 640)

    def chosen(self) -> RuleOverrides:
        grace = self.grace.currentData()
        return RuleOverrides(
            grace_counting=GraceCounting(grace) if grace else None,
            switch_lag_days=self.lag.value() or None,
        )

    def accept(self) -> None:
        self._rules.set_overrides(self.chosen())
        super().accept()
