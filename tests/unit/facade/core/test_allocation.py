"""Automatic garbage collection is paused inside ``collector_paused`` and restored after it,
also when the block raises, and left off when it was off before."""

from __future__ import annotations

import gc

import pytest

from facade._core.allocation import collector_paused


def test_collection_is_paused_and_restored() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collection_is_restored_when_the_block_raises() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("page failed")
    assert gc.isenabled()


def test_collection_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
