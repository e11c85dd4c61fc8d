"""Child process for the crash tests: opens a household in the given data folder, adds a
member with a card, starts and activates a guarded session, prints "active" and waits to be
killed (SIGKILL: no cleanup of any kind runs).

    python -m tests.services.proxy_crash_child DATA_DIR
"""

from __future__ import annotations

import sys
import time
from datetime import date

from familycare.domain.member import Relationship
from familycare.household import open_household
from familycare.paths import resolve_paths
from familycare.services.clock import FixedClock
from tests.services.proxy_helpers import active_session, member_with_card

CHILD_MEMBER = "山田 太郎"


def main(data_dir: str) -> None:
    household = open_household(resolve_paths(data_dir=data_dir, environ={}),
                               FixedClock(date(2026, 11, 25)))
    taro = member_with_card(household, CHILD_MEMBER, date(1946, 7, 1),
                            relation=Relationship.PARENT)
    active_session(household, taro.id)
    print("active", flush=True)
    while True:  # the household stays open, as in a frozen or killed app
        time.sleep(1)


if __name__ == "__main__":
    main(sys.argv[1])
