"""Screenshots for the README: the demo family, in Japanese (and English for Home).

    .venv/bin/python resources/screenshots/make_screenshots.py ja resources/screenshots
    .venv/bin/python resources/screenshots/make_screenshots.py en resources/screenshots
    (a third argument, e.g. timeline, makes only that screenshot)
"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from datetime import timedelta
from PySide6.QtWidgets import QApplication
from familycare.app import open_with_demo, demo_paths
from familycare.ui.text_size import apply_font
from familycare.i18n.translator import install_translators
from familycare.services.recent_households import RecentHouseholds
from familycare.ui.main_window import MainWindow
from familycare.household import open_household
lang = sys.argv[1]; out = sys.argv[2]; only = sys.argv[3] if len(sys.argv) > 3 else None
app = QApplication([])
paths = demo_paths()
h = open_with_demo(paths, True)
install_translators(app, lang)
apply_font(app, 100)
w = MainWindow(h, RecentHouseholds(paths.data_dir), lambda p: open_household(p))
w.members_page.reload()
w.show(); app.processEvents()
def shot(name):
    if only and name != only: return
    app.processEvents(); w.grab().save(f"{out}/{name}_{lang}.png")
def tab_named(i): w.tabs.setCurrentIndex(i); app.processEvents()
tab_named(0); shot("home")
# The timeline (both languages), tall enough for every lane of the demo family.
w.resize(1280, 880); w.tabs.setCurrentWidget(w.timeline_tab); shot("timeline")
w.resize(1100, 720)
if lang == "ja":
    tab_named(1)
    mp = w.members_page
    row = mp.model.row_of(next(m.id for m in h.members.list_members() if m.display_name == "山田 太郎"))
    mp.table.selectRow(row); app.processEvents()
    from familycare.ui.member_detail import MemberDetail
    d = w.findChild(MemberDetail)
    d.show_panel(d.pin_panel); shot("member_pins")
    tab_named(2); shot("todo")
    tab_named(3)
    from familycare.ui.visit_page import VisitPage
    vp = w.findChild(VisitPage)
    vp.member.setCurrentIndex(vp.member.findText("山田 太郎"))
    vp.date.edit.setText((h.clock.today() + timedelta(days=2)).isoformat())
    vp.facility.setCurrentIndex(next(i for i in range(vp.facility.count()) if "さくら" in vp.facility.itemText(i)))
    vp.show_plan(); vp.reload_day(); shot("visit")
h.close()
