"""The Home table as a Qt model: one row per member, worst news first.

Columns: member (colour chip + name, and under the name who in the family helps them:
付き添い:美咲, 連絡先:健), age, status (badges in words, an icon for the worst one: never colour
alone), next deadline with a countdown ("あと23日"), the next planned visit and its route, and
the next thing to do. Texts are built when a row is first shown and kept, so filling the
model for 2,000 members stays cheap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from familycare.domain.role import MemberRoles
from familycare.domain.todo_inputs import Severity, VisitDigest
from familycare.i18n import catalog_roles
from familycare.i18n.catalog_plan import ROUTES
from familycare.i18n.catalog_todo import ROUTE_LABELS
from familycare.i18n.text import translate, translate_code
from familycare.i18n.todo_text import (
    badge_text,
    countdown_text,
    date_text,
    item_action,
    item_title,
    severity_text,
)
from familycare.services.todo import MemberOverview
from familycare.ui.text_colours import TEXT_ON_TINT

Index = QModelIndex | QPersistentModelIndex

# Qt's item data roles by the numbers Qt defines (Qt::ItemDataRole), not through PySide6's
# ``Qt`` namespace: its first use builds all its ~100 enum classes (~19 ms and 1.4 MB), and
# this is the first screen's model. Qt hands ``data`` the role as a plain int anyway.
DISPLAY_ROLE, DECORATION_ROLE, TOOLTIP_ROLE = 0, 1, 3
TEXT_ALIGNMENT_ROLE, BACKGROUND_ROLE, FOREGROUND_ROLE = 7, 8, 9
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 0x0100
ALIGN_RIGHT_VCENTER = 0x0002 | 0x0080  # Qt::AlignRight | Qt::AlignVCenter

MEMBER_ID_ROLE = USER_ROLE + 1
SEVERITY_ROLE = USER_ROLE + 2

# Light tints behind the status words (the words and icon carry the meaning).
_TINTS = {
    Severity.URGENT: QColor("#FBE3DC"),
    Severity.ATTENTION: QColor("#FFF3CC"),
}
_TEXT_ON_TINT = QColor(TEXT_ON_TINT)
_ICONS = {
    Severity.URGENT: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.ATTENTION: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Severity.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
}


class DashboardTableModel(QAbstractTableModel):
    MEMBER, AGE, STATUS, ACTION, DEADLINE, VISIT = range(6)
    COLUMNS = 6

    def __init__(self, today: date, parent: object = None) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[MemberOverview] = []
        self._visits: dict[int, VisitDigest] = {}
        self._roles: Mapping[int, MemberRoles] = {}
        self._shared_names: frozenset[str] = frozenset()
        self._texts: dict[int, tuple[str, ...]] = {}
        self._icons: dict[Severity, QIcon] = {}

    # -- filling -------------------------------------------------------------------------
    def set_overview(
        self,
        rows: list[MemberOverview] | tuple[MemberOverview, ...],
        today: date,
        visits: dict[int, VisitDigest] | None = None,
        roles: Mapping[int, MemberRoles] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self._visits = dict(visits or {})
        self._roles = roles or {}
        # A given name alone (健) is how a family says it, unless two members share it.
        counts = Counter(catalog_roles.short_name(o.member.display_name) for o in self._rows)
        self._shared_names = frozenset(name for name, n in counts.items() if n > 1)
        self._texts.clear()
        self.endResetModel()

    def overview_at(self, row: int) -> MemberOverview | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, member_id: int) -> int:
        for row, overview in enumerate(self._rows):
            if overview.member.id == member_id:
                return row
        return -1

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    # No ``headerData`` here: a Python one is handed a Qt orientation, which builds the
    # ``Qt`` namespace (see the roles above). The Home page shows ``titles`` through a plain
    # Qt model (dashboard_page.with_titles).
    @staticmethod
    def titles() -> list[str]:
        """The column titles, in column order."""
        return [
            translate("dashboard", "Member"),
            translate("dashboard", "Age"),
            translate("dashboard", "Status"),
            translate("dashboard", "What to do next"),
            translate("dashboard", "Next deadline"),
            translate("dashboard", "Next visit"),
        ]

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        overview = self._rows[row]
        if role in (DISPLAY_ROLE, TOOLTIP_ROLE, ACCESSIBLE_TEXT_ROLE):
            texts = self._row_texts(row)
            if role == TOOLTIP_ROLE:
                return texts[self.COLUMNS + column] or None
            return texts[column]
        if role == MEMBER_ID_ROLE:
            return overview.member.id
        severity = overview.status.severity
        if role == SEVERITY_ROLE:
            return int(severity)
        if role == DECORATION_ROLE:
            if column == self.MEMBER:
                return QColor(overview.member.colour or "#999999")
            if column == self.STATUS:
                return self._icon(severity)
        if role == BACKGROUND_ROLE and column == self.STATUS:
            tint = _TINTS.get(severity)
            return tint  # a colour: Qt paints it as a brush (QBrush() would build ``Qt``)
        if role == FOREGROUND_ROLE and column == self.STATUS and severity in _TINTS:
            # Dark words on the light tint, also when the desktop palette is dark.
            return _TEXT_ON_TINT
        if role == TEXT_ALIGNMENT_ROLE and column == self.AGE:
            return ALIGN_RIGHT_VCENTER
        return None

    # -- texts ---------------------------------------------------------------------------
    def _icon(self, severity: Severity) -> QIcon:
        icon = self._icons.get(severity)
        if icon is None:
            icon = self._icons[severity] = QApplication.style().standardIcon(_ICONS[severity])
        return icon

    def _holder_name(self, full: str) -> str:
        short = catalog_roles.short_name(full)
        return full if short in self._shared_names else short

    def _roles_texts(self, member_id: int) -> tuple[str, str]:
        """One line per role held for the member (付き添い: 美咲), and the tooltip in full."""
        found = self._roles.get(member_id)
        if found is None or not found.roles:
            return "", ""
        lines, tips = [], []
        for role in found.in_order():
            kind = role.kind.value
            lines.append(translate_code(catalog_roles.CONTEXT, catalog_roles.SHORT[kind],
                                        {"name": self._holder_name(role.holder_name)}))
            tips.append(f"{translate_code(catalog_roles.CONTEXT, catalog_roles.KINDS[kind])}: "
                        f"{role.holder_name}")
        return "\n".join(lines), "\n".join(tips)

    def _row_texts(self, row: int) -> tuple[str, ...]:
        """Display texts of the six columns, then their tooltips (built once per row)."""
        found = self._texts.get(row)
        if found is not None:
            return found
        overview = self._rows[row]
        status = overview.status
        today = self._today
        badges = "\n".join(badge_text(b) for b in status.badges)
        severity = severity_text(status.severity)
        deadline = deadline_tip = ""
        if status.next_deadline is not None:
            item = status.next_deadline
            deadline = f"{countdown_text(item, today)}\n{date_text(item.due)}"
            deadline_tip = item_title(item)
        visit = visit_tip = ""
        planned = self._visits.get(overview.member.id)
        if planned is not None:
            visit = f"{date_text(planned.on)}\n{planned.facility_name}".strip()
            route = ROUTES.get(planned.route)
            visit_tip = translate_code("plan", route) if route else ""
            short = ROUTE_LABELS.get(planned.route)
            if short:
                visit = f"{visit}\n{translate_code('todo', short)}"
        action = action_tip = ""
        if status.next_action is not None:
            action = item_title(status.next_action)
            action_tip = item_action(status.next_action)
            action = f"{action}\n→ {action_tip}"
        # Who helps goes under the name (up to three short lines, the rows are four high):
        # a column of its own would push what to do next off a 1,100-pixel window.
        roles, roles_tip = self._roles_texts(overview.member.id)
        name, kana = overview.member.display_name, overview.member.kana
        found = (
            f"{name}\n{roles}" if roles else name,
            str(overview.age),
            f"{severity}\n{badges}" if badges and status.severity > Severity.OK
            else badges or severity,
            action,
            deadline,
            visit,
            f"{kana}\n{roles_tip}".strip() if roles_tip else kana,
            "",
            severity,
            action_tip,
            deadline_tip,
            visit_tip,
        )
        self._texts[row] = found
        return found
