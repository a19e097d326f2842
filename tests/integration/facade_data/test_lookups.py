"""Record look-ups by identifiers and by record list: priority, visibility, batching."""

from __future__ import annotations

import math
import sys
import uuid

import pytest

from facade import Record, ReleaseState, Session

from .conftest import MAX_BATCH, log_requests, records_of


def _with_draft(session: Session) -> Record:
    """A record whose v1 is released and whose v2 is an unreleased draft (as the writer sees it)."""
    return next(
        r
        for r in records_of(session, "DEMO_MATERIALS", "Metals")
        if r.release_state is ReleaseState.Unreleased and r.version_number == 2
    )


def test_get_record_by_id_follows_the_priority_rules(writer: Session) -> None:
    draft = _with_draft(writer)
    v1 = draft.all_versions["v1"]
    key = draft.db_key
    assert writer.get_record_by_id(key, hguid=draft.history_guid) == draft
    assert writer.get_record_by_id(key, vguid=v1.record_guid, hguid=draft.history_guid) == v1
    by_identity = writer.get_record_by_id(
        key, history_identity=draft.history_identity, version_number=1
    )
    assert by_identity == v1
    assert writer.get_record_by_id(key, hguid=str(uuid.uuid4())) is None


def test_reader_never_sees_drafts(writer: Session, reader: Session) -> None:
    draft = _with_draft(writer)
    seen = reader.get_record_by_id(draft.db_key, hguid=draft.history_guid)
    assert seen is not None and seen.version_number == 1
    assert seen.release_state is ReleaseState.Released
    assert reader.get_record_by_id(draft.db_key, vguid=draft.record_guid) is None
    assert set(seen.all_versions) == {"v1"}
    assert set(draft.all_versions) == {"v1", "v2"}
    only_drafts = [
        r
        for r in records_of(writer, "DEMO_MATERIALS", "Metals")
        if r.release_state is ReleaseState.Unreleased and r.version_number == 1
    ]
    assert only_drafts
    found = reader.get_records_by_ids(
        [{"db_key": r.db_key, "hguid": r.history_guid} for r in only_drafts]
    )
    assert found == [None] * len(only_drafts)


def test_thousand_identifiers_take_ceil_n_over_max_batch_resolve_requests(writer: Session) -> None:
    records = records_of(writer, "DEMO_MATERIALS", "Metals")[:300]
    identifiers: list[dict[str, str | int]] = []
    for i in range(1000):
        record = records[i % len(records)]
        if i % 10 == 9:
            identifiers.append({"db_key": "DEMO_MATERIALS", "hguid": str(uuid.uuid4())})
        elif i % 3 == 0:
            identifiers.append(
                {"db_key": record.db_key, "history_identity": record.history_identity or 0}
            )
        else:
            identifiers.append({"db_key": record.db_key, "hguid": record.history_guid or ""})
    log = log_requests(writer)
    found = writer.get_records_by_ids(identifiers)
    assert log.count("/api/v1/records/resolve") == math.ceil(1000 / MAX_BATCH)
    assert len(found) == 1000
    for i, result in enumerate(found):
        if i % 10 == 9:
            assert result is None
        else:
            assert (
                result is not None and result.history_guid == records[i % len(records)].history_guid
            )


def test_malformed_identifiers_fail_before_any_request(writer: Session) -> None:
    log = log_requests(writer)
    with pytest.raises(ValueError, match=r"record_identifiers\[1\]: hguid is not a GUID"):
        writer.get_records_by_ids(
            [
                {"db_key": "DEMO_MATERIALS", "history_identity": 1},
                {"db_key": "DEMO_MATERIALS", "hguid": "x"},
            ]
        )
    with pytest.raises(TypeError, match="history_identity must be an int"):
        writer.get_record_by_id("DEMO_MATERIALS", history_identity="1")  # type: ignore[arg-type]
    assert log.requests == []


def _record_list(records: list[Record]) -> str:
    lines = ["RecordHistoryGuid\tRecordGuid\tTable\tDatabaseKey\tRecordFullName\tExtra"]
    lines += [
        f"{r.history_guid}\t{r.record_guid}\t{r.table_name}\t{r.db_key}\t{r.name}\tx"
        for r in records
    ]
    return "\r\n".join(lines) + "\r\n"


def test_records_from_string_strict_gives_the_named_version(
    writer: Session, reader: Session
) -> None:
    draft = _with_draft(writer)
    v1 = draft.all_versions["v1"]
    text = _record_list([v1, draft])
    assert writer.records_from_string(text) == [v1, draft]
    assert writer.records_from_string(text, use_strict_version=False) == [draft, draft]
    assert reader.records_from_string(text) == [v1, None]  # the draft is not visible
    latest = reader.records_from_string(text, use_strict_version=False)
    assert [r.record_guid if r else None for r in latest] == [v1.record_guid] * 2


def test_large_record_list_is_resolved_in_batches(writer: Session) -> None:
    records = records_of(writer, "DEMO_MATERIALS", "Metals")[:200]
    log = log_requests(writer)
    found = writer.records_from_string(_record_list(records))
    assert found == records
    assert len(records) > MAX_BATCH
    assert log.count("/api/v1/records/resolve") == math.ceil(len(records) / MAX_BATCH)


def test_a_failure_reads_its_row_from_the_text_kept_only_while_needed(writer: Session) -> None:
    records = records_of(writer, "DEMO_MATERIALS", "Metals")[:3]
    text = _record_list(records)
    before = sys.getrefcount(text)
    found = writer.records_from_string(text)
    assert found == records
    assert sys.getrefcount(text) == before  # nothing to explain: the result keeps no rows
    missing = uuid.UUID(int=7)
    text = text.replace(str(records[1].record_guid), str(missing))
    before = sys.getrefcount(text)
    found = writer.records_from_string(text)
    assert found == [records[0], None, records[2]]
    assert sys.getrefcount(text) > before  # the failure's row is read from the text
    [failure] = found.failures
    assert failure.item == (
        3,
        records[1].history_guid,
        str(missing),
        "Metals",
        "DEMO_MATERIALS",
        records[1].name,
    )
    del found
    assert sys.getrefcount(text) == before


def test_malformed_record_list_names_line_and_column(writer: Session) -> None:
    text = (
        "RecordHistoryGuid\tRecordGuid\tTable\tDatabaseKey\tRecordFullName\n"
        + f"{uuid.uuid4()}\tnope\tT\tDEMO_MATERIALS\tN\n"
    )
    with pytest.raises(ValueError, match=r"line 2, column 2 \(RecordGuid\)"):
        writer.records_from_string(text)


def test_record_properties_from_the_server(writer: Session) -> None:
    record = records_of(writer, "DEMO_MATERIALS", "Metals")[0]
    assert record.exists_on_server and record.history_guid and record.record_guid
    assert record.table.name == "Metals" and record.database.db_key == "DEMO_MATERIALS"
    parent = record.parent
    assert isinstance(parent, Record) and parent.parent is record.table
    assert record.path == [parent.short_name]
    assert record.viewer_url.startswith(writer.viewer_base_url)
    assert f"recordHistoryGuid={record.history_guid}" in record.viewer_url
    assert record.created_by and record.created_on is not None
