"""Server sessions: absolute lifetime across refreshes, and children that die with a parent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from server._db import open_database
from server.auth import SessionStore

TTL = 100
MAX = 250


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock) -> Iterator[SessionStore]:
    db = open_database(":memory:")
    yield SessionStore(db, TTL, max_lifetime_seconds=MAX, clock=clock)
    db.close()


def test_refreshes_never_carry_a_session_past_its_absolute_end(
    store: SessionStore, clock: Clock
) -> None:
    session = store.create("writer", "basic")
    assert session.expires_at == clock.now + TTL
    end = clock.now + MAX
    for _ in range(5):
        clock.now += TTL - 1
        refreshed = store.refresh(session.id)
        if refreshed is None:
            break
        assert refreshed.expires_at <= end
    assert clock.now > end or store.refresh(session.id) is None
    clock.now = end
    assert store.active(session.id) is None
    assert store.refresh(session.id) is None


def test_a_child_session_dies_when_its_parent_is_revoked(store: SessionStore) -> None:
    parent = store.create("writer", "basic")
    child = store.create("writer", "basic", parent_id=parent.id)
    grandchild = store.create("writer", "basic", parent_id=child.id)
    assert store.active(child.id) is not None and store.active(grandchild.id) is not None
    assert store.revoke(parent.id)
    assert store.active(child.id) is None
    assert store.active(grandchild.id) is None
    assert store.refresh(grandchild.id) is None


def test_a_child_session_dies_when_its_parent_expires(store: SessionStore, clock: Clock) -> None:
    parent = store.create("writer", "basic")
    clock.now += TTL / 2
    child = store.create("writer", "basic", parent_id=parent.id)
    assert store.refresh(child.id) is not None
    clock.now += TTL / 2  # the parent was never refreshed: it has just expired
    assert store.active(parent.id) is None
    assert store.active(child.id) is None


def test_a_child_never_outlives_its_parents_absolute_end(store: SessionStore, clock: Clock) -> None:
    parent = store.create("writer", "basic")
    parent_end = clock.now + MAX
    for _ in range(2):
        clock.now += TTL - 10
        assert store.refresh(parent.id) is not None
    clock.now = parent_end - 10
    refreshed = store.refresh(parent.id)
    assert refreshed is not None and refreshed.expires_at == parent_end
    child = store.create("writer", "basic", parent_id=parent.id)
    assert child.expires_at == parent_end
