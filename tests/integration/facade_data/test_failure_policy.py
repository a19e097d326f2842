"""No failure passes silently: failed items are logged as one WARNING with their count and the
first few names and reasons (each one at DEBUG), and are all in the result; or they are raised
as one BulkOperationError when the caller asks; never both. Errors name the method the
user called, look-ups say why an identifier was not resolved, and a record list that
contradicts the records it names is reported."""

from __future__ import annotations

import logging
import uuid
import warnings
from collections.abc import Iterator

import pytest

from facade import (
    AttributeInteger,
    BulkOperationError,
    InvalidRequestError,
    PermissionDeniedError,
    RecordListMismatchWarning,
    ReleaseState,
    SessionBuilder,
    SessionConfiguration,
)
from facade._model.record import Record
from facade._session import Session
from tests.conftest import RunningServer

from .conftest import records_of


def _metals(session: Session) -> list[Record]:
    return [
        r
        for r in records_of(session, "DEMO_MATERIALS", "Metals")
        if r.release_state is ReleaseState.Released and not r.children
    ]


def _bulk_debug_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "facade.bulk" and r.levelno == logging.DEBUG
    ]


def _bulk_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "facade.bulk" and r.levelno == logging.WARNING
    ]


@pytest.fixture
def strict_writer(data_server: RunningServer) -> Iterator[Session]:
    configuration = SessionConfiguration(raise_on_failure=True)
    builder = SessionBuilder(data_server.url, configuration)
    with builder.with_credentials("writer", "writer-password") as session:
        yield session


def test_a_failed_update_is_logged_with_name_and_reason_naming_update(
    writer: Session, caplog: pytest.LogCaptureFixture
) -> None:
    record = _metals(writer)[0]
    record.set_attributes([AttributeInteger("No such attribute", 3)])
    with caplog.at_level(logging.WARNING, logger="facade.bulk"):
        result = writer.update([record])
    assert list(result) == []
    [failure] = result.failures
    assert failure.item is record and isinstance(failure.error, InvalidRequestError)
    assert str(failure.error).startswith("update: 422")
    assert "import_records" not in str(failure.error)
    [logged] = _bulk_warnings(caplog)
    assert logged.startswith("update: ") and repr(record.name) in logged
    assert "No such attribute" in logged


def test_indexing_a_failed_update_says_why_not_a_bare_index_error(writer: Session) -> None:
    record = _metals(writer)[1]
    record.set_attributes([AttributeInteger("No such attribute", 3)])
    with pytest.raises(IndexError, match="No such attribute") as raised:
        writer.update([record])[0]
    assert isinstance(raised.value.__cause__, InvalidRequestError)


def test_raise_on_failure_per_call_keeps_what_succeeded(
    writer: Session, caplog: pytest.LogCaptureFixture
) -> None:
    good, bad = _metals(writer)[2:4]
    good.flag_for_release = False
    good.set_attributes([AttributeInteger("Batch size", 777)])
    bad.set_attributes([AttributeInteger("No such attribute", 3)])
    with caplog.at_level(logging.WARNING), pytest.raises(BulkOperationError) as raised:
        writer.update([good, bad], raise_on_failure=True)
    error = raised.value
    assert error.operation == "update"
    assert error.succeeded == [good] and [f.item for f in error.failures] == [bad]
    assert "update: 1 of 2 failed" in str(error) and "No such attribute" in str(error)
    assert good.attributes["Batch size"].value == 777
    assert _bulk_warnings(caplog) == []  # raised, so not logged as well


def test_raise_on_failure_from_the_session_configuration(strict_writer: Session) -> None:
    record = _metals(strict_writer)[4]
    record.set_attributes([AttributeInteger("No such attribute", 3)])
    with pytest.raises(BulkOperationError, match="No such attribute"):
        strict_writer.update([record])
    assert list(strict_writer.update([record], raise_on_failure=False)) == []


def test_a_failure_that_is_raised_is_not_logged_too(
    reader: Session, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _metals(reader)[0]
    record.set_attributes([AttributeInteger("Batch size", 1)])
    with caplog.at_level(logging.DEBUG), pytest.raises(PermissionDeniedError) as raised:
        reader.update([record])
    assert str(raised.value).startswith("update: 403")
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert capsys.readouterr().err == ""


def test_unresolved_identifiers_say_why(reader: Session, caplog: pytest.LogCaptureFixture) -> None:
    known = _metals(reader)[0]
    missing = str(uuid.UUID(int=7, version=4))
    identifiers: list[dict[str, str | int]] = [
        {"db_key": "NO_SUCH_DB", "hguid": known.history_guid or ""},
        {"db_key": known.db_key, "hguid": known.history_guid or ""},
        {"db_key": known.db_key, "hguid": missing},
    ]
    with caplog.at_level(logging.WARNING, logger="facade.bulk"):
        found = reader.get_records_by_ids(identifiers)
    assert found[1] == known and found[0] is None and found[2] is None
    assert found.unresolved == [0, 2]
    assert "no database with key 'NO_SUCH_DB'" in (found.reason(0) or "")
    assert found.reason(1) is None
    assert f"history GUID {missing!r}" in (found.reason(2) or "")
    assert "not visible to this account" in (found.reason(2) or "")
    assert [f.item for f in found.failures] == [identifiers[0], identifiers[2]]
    [logged] = _bulk_warnings(caplog)  # one summary WARNING naming both
    assert logged.startswith("get_records_by_ids: 2 of 3 failed")
    assert "'NO_SUCH_DB'" in logged and f"history GUID {missing!r}" in logged
    with pytest.raises(BulkOperationError) as raised:
        reader.get_records_by_ids(identifiers, raise_on_failure=True)
    assert raised.value.results[1] == known and len(raised.value.failures) == 2


def test_many_unresolved_rows_give_one_warning_with_the_count_and_first_lines(
    reader: Session, caplog: pytest.LogCaptureFixture
) -> None:
    first = _metals(reader)[0]
    missing = [
        f"{uuid.UUID(int=100 + n, version=4)}\t{uuid.UUID(int=200 + n, version=4)}"
        f"\tMetals\tDEMO_MATERIALS\tGone {n}"
        for n in range(5)
    ]
    text = _record_list([(first, "Metals", first.name or "")]) + "\n" + "\n".join(missing)
    with caplog.at_level(logging.WARNING, logger="facade.bulk"):
        found = reader.records_from_string(text)
    [logged] = _bulk_warnings(caplog)
    assert logged.startswith("records_from_string: 5 of 6 failed")
    assert "line 3 failed: no record with version GUID" in logged
    assert "line 4 failed" in logged and "line 5 failed" in logged
    assert "line 6" not in logged and "(and 2 more)" in logged
    assert _bulk_debug_lines(caplog) == []
    # Every failed row is in the result, with its reason.
    assert found.unresolved == [1, 2, 3, 4, 5]
    assert [str(f).split(":")[0] for f in found.failures] == [f"line {n}" for n in range(3, 8)]
    assert all("version GUID" in (found.reason(i) or "") for i in found.unresolved)
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="facade.bulk"):
        reader.records_from_string(text)
    details = _bulk_debug_lines(caplog)
    assert [d.split(" failed")[0] for d in details] == [
        f"records_from_string: line {n}" for n in range(3, 8)
    ]
    assert len(_bulk_warnings(caplog)) == 1


def _record_list(rows: list[tuple[Record, str, str]]) -> str:
    header = "RecordHistoryGuid\tRecordGuid\tTable\tDatabaseKey\tRecordFullName\n"
    return header + "\n".join(
        f"{r.history_guid}\t{r.record_guid}\t{table}\t{r.db_key}\t{name}" for r, table, name in rows
    )


def test_a_record_list_column_that_contradicts_the_record_warns_at_the_callers_line(
    reader: Session,
) -> None:
    first, second = _metals(reader)[:2]
    text = _record_list([(first, "Metals", first.name or ""), (second, "Polymers", "Wrong name")])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = reader.records_from_string(text)
    assert found == [first, second]
    [warning] = [w for w in caught if issubclass(w.category, RecordListMismatchWarning)]
    message = str(warning.message)
    assert "line 3: Table is 'Polymers'" in message and "'Wrong name'" in message
    assert "line 2" not in message
    assert warning.filename == __file__


def test_unresolved_record_list_rows_name_their_line(reader: Session) -> None:
    first = _metals(reader)[0]
    text = _record_list([(first, "Metals", first.name or "")]) + (
        f"\n{uuid.UUID(int=9, version=4)}\t{uuid.UUID(int=8, version=4)}\tMetals\tDEMO_MATERIALS\tX"
    )
    found = reader.records_from_string(text, raise_on_failure=False)
    assert found[0] == first and found[1] is None
    assert "version GUID" in (found.reason(1) or "")
    assert str(found.failures[0]).startswith("line 3: ")


def test_a_strict_record_list_without_record_guids_suggests_the_loose_mode(
    reader: Session,
) -> None:
    first = _metals(reader)[0]
    text = f"RecordHistoryGuid\tDatabaseKey\n{first.history_guid}\t{first.db_key}\n"
    with pytest.raises(ValueError, match="use_strict_version=False"):
        reader.records_from_string(text)
    assert reader.records_from_string(text, use_strict_version=False) == [first]


def test_decache_discards_staged_attributes_and_links(writer: Session) -> None:
    record, other = _metals(writer)[5:7]
    before = record.attributes["Batch size"].value
    links_before = record.links
    record.set_attributes([AttributeInteger("Batch size", 31337)])
    record.clear_attributes(["Form"])
    record.set_links("Similar metals", [other, record])
    record.decache_attributes()
    record.decache_links()
    assert record.attributes["Batch size"].value == before
    assert not record._changes[0] and not record._changes[1] and not record._pending_link_groups
    assert record.links == links_before
    assert writer.update_links([record]) == []  # nothing staged: nothing sent


def test_a_failed_update_links_says_which_links_it_kept(
    writer: Session, caplog: pytest.LogCaptureFixture
) -> None:
    record, other = _metals(writer)[7:9]
    record.set_links("No such link group", [other])
    with caplog.at_level(logging.WARNING, logger="facade.bulk"):
        result = writer.update_links([record])
    assert list(result) == []
    [failure] = result.failures
    assert "stay staged" in failure.reason and "'No such link group'" in failure.reason
    assert repr(other.name) in failure.reason and "decache_links()" in failure.reason
    [logged] = _bulk_warnings(caplog)
    assert logged.startswith("update_links: ") and "stay staged" in logged
