"""Root test configuration.

Qt runs offscreen unless the caller chose a platform (setdefault), so tests never need a
display; a missing platform would abort the interpreter with SIGABRT.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
