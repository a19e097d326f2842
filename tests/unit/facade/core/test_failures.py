"""Look-up failures: all of them reported, each built once when first read; one summary WARNING."""

from __future__ import annotations

import logging

import pytest

from facade._core.batching import BulkOperationError, ExplainedFailures, ItemFailure, finish
from facade._core.failures import LookupResult


def _explainer(built: list[int]) -> ExplainedFailures:
    def explain(index: int) -> ItemFailure[str]:
        built.append(index)
        return ItemFailure(f"item {index}", LookupError(f"entry {index} not found"))

    return ExplainedFailures([1, 4, 7], explain)


def test_explained_failures_are_built_when_read_and_only_once() -> None:
    built: list[int] = []
    failures = _explainer(built)
    assert len(failures) == 3 and built == []
    assert failures[1].item == "item 4" and built == [4]
    assert failures[1] is failures[1] and built == [4]
    assert [f.item for f in failures] == ["item 1", "item 4", "item 7"]
    assert built == [4, 1, 7]
    assert [f.item for f in failures[::2]] == ["item 1", "item 7"]
    with pytest.raises(KeyError):
        failures.of_entry(2)


def test_a_lookup_result_reports_every_unresolved_entry_with_its_reason() -> None:
    built: list[int] = []
    explained = _explainer(built)
    result = LookupResult(
        ["a", None, "c", "d", None, "f", "g", None],
        unresolved=explained.indexes,
        explain=explained.of_entry,
    )
    assert result.unresolved == [1, 4, 7]
    assert result.reason(0) is None and built == []
    assert result.reason(4) == "entry 4 not found"
    assert result.reason(-1) == "entry 7 not found"
    assert [f.reason for f in result.failures] == [f"entry {i} not found" for i in (1, 4, 7)]


def test_a_lookup_result_from_a_dict_of_failures() -> None:
    failure = ItemFailure("x", LookupError("gone"))
    result = LookupResult([None, "y"], {0: failure})
    assert result.failures == [failure] and result.unresolved == [0]
    assert result.reason(0) == "gone" and result.reason(1) is None


def test_finish_logs_one_warning_with_the_count_and_the_first_three(
    caplog: pytest.LogCaptureFixture,
) -> None:
    failures = [ItemFailure(f"item {i}", LookupError(f"reason {i}")) for i in range(5)]
    with caplog.at_level(logging.WARNING, logger="facade.bulk"):
        finish(failures, total=9, results=[], raise_on_failure=False, operation="update")
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    message = record.getMessage()
    assert message.startswith("update: 5 of 9 failed")
    assert "'item 0' failed: reason 0" in message and "'item 2' failed: reason 2" in message
    assert "item 3" not in message and "(and 2 more)" in message


def test_finish_logs_each_failure_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    failures = [ItemFailure(f"item {i}", LookupError(f"reason {i}")) for i in range(5)]
    with caplog.at_level(logging.DEBUG, logger="facade.bulk"):
        finish(failures, total=5, results=[], raise_on_failure=False, operation="update")
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert debug == [f"update: 'item {i}' failed: reason {i}" for i in range(5)]


def test_finish_raises_with_every_failure_and_logs_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    built: list[int] = []
    with caplog.at_level(logging.DEBUG), pytest.raises(BulkOperationError) as raised:
        finish(_explainer(built), total=8, results=[], raise_on_failure=True, operation="look")
    assert [f.item for f in raised.value.failures] == ["item 1", "item 4", "item 7"]
    assert "3 of 8 failed" in str(raised.value)
    assert caplog.records == []
