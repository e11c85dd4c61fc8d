"""Pausing Python's cyclic garbage collector while a refresh builds many small objects.

A refresh of a 2,000-member household creates tens of thousands of frozen dataclasses that
all live on (they are the new overview). CPython 3.11 counts young-generation collections to
decide when to walk every object in the process (a full collection: 50-90 ms here), so such a
burst of allocations triggers one nearly every refresh, in the middle of what the user waits
for. With the collector paused the burst costs nothing during the refresh; only reference
cycles are collected late; reference counting still frees everything else at once.

Afterwards, what the block built goes straight to the oldest generation (``gc.freeze`` then
``gc.unfreeze``: two list splices) instead of being walked by a young collection (5 ms after a
first refresh of 2,000 members) and again by a middle one, which would also count it towards
the next full collection. Garbage cycles among it are found by the next full collection.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (left as it was found: nesting is fine)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:  # never thaw what someone else froze on purpose
            gc.freeze()
            gc.unfreeze()
        gc.enable()
