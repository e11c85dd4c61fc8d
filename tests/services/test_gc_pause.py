"""The to-do refresh pauses the cyclic garbage collector: afterwards it runs as before, what
the refresh built waits in the oldest generation instead of being walked by a young
collection, cyclic garbage made during the pause is still freed, and objects someone froze
on purpose stay frozen."""

from __future__ import annotations

import gc
import weakref

from familycare.services.gc_pause import collector_paused


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_the_collector_runs_again_afterwards_and_only_if_it_ran_before() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_the_block_built_skips_the_young_generations() -> None:
    with collector_paused():
        kept = [Node() for _ in range(20_000)]
    young, middle, _ = gc.get_count()
    assert young < 1_000 and middle == 0  # no young collection is due for the burst
    assert any(obj is kept[-1] for obj in gc.get_objects(generation=2))


def test_cyclic_garbage_made_during_the_pause_is_still_freed() -> None:
    with collector_paused():
        first, second = Node(), Node()
        first.other, second.other = second, first
        gone = weakref.ref(first)
        del first, second
    assert gone() is not None  # a cycle: reference counting alone cannot free it
    gc.collect()
    assert gone() is None


def test_objects_frozen_on_purpose_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            kept = [Node() for _ in range(100)]
        assert gc.get_freeze_count() == frozen
        assert kept
    finally:
        gc.unfreeze()
