"""A look-up result keeps which entries are None compactly, and still explains every one."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from facade._ops import lookups


def _records(found: list[bool]) -> list[Any]:
    return [object() if hit else None for hit in found]


@given(st.lists(st.booleans(), max_size=40))
def test_none_and_record_indexes_are_the_entries_that_are_and_are_not_none(
    found: list[bool],
) -> None:
    records = _records(found)
    assert list(lookups._none_indexes(records)) == [i for i, hit in enumerate(found) if not hit]
    assert list(lookups._record_indexes(records)) == [i for i, hit in enumerate(found) if hit]


def test_no_int_object_is_kept_per_entry() -> None:
    assert lookups._none_indexes([None] * 1000) == range(1000)
    assert lookups._none_indexes(_records([True] * 1000)) == range(0)
    mixed = lookups._none_indexes(_records([True, False] * 500))
    assert type(mixed).__name__ == "array" and mixed.itemsize == 8


@given(st.lists(st.booleans(), min_size=1, max_size=30))
def test_every_none_entry_has_its_failure_and_reason(found: list[bool]) -> None:
    records = _records(found)
    references = [{"databaseKey": "DB", "versionGuid": f"guid-{i}"} for i in range(len(found))]
    result = lookups._explained(
        records,
        lambda i: f"row {i}",
        references=references,
        known_db_keys=lambda: {"DB"},
        raise_on_failure=False,
    )
    missing = [i for i, hit in enumerate(found) if not hit]
    assert list(result) == records
    assert result.unresolved == missing
    assert [failure.item for failure in result.failures] == [f"row {i}" for i in missing]
    for i in range(-len(found), len(found)):
        reason = result.reason(i)
        if found[i]:
            assert reason is None
        else:
            assert reason is not None and f"'guid-{i % len(found)}'" in reason
