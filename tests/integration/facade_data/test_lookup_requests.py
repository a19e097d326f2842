"""get_record_by_id: one GET of the version or history when a vguid or hguid names the record,
the resolve batch operation for history identities; a 404 reads as None."""

from __future__ import annotations

import uuid

from facade import Record, Session

from .conftest import log_requests, records_of


def _a_record(session: Session) -> Record:
    return records_of(session, "DEMO_MATERIALS", "Metals")[0]


def test_vguid_is_one_get_of_the_version(writer: Session) -> None:
    record = _a_record(writer)
    log = log_requests(writer)
    found = writer.get_record_by_id(
        record.db_key, vguid=record.record_guid, hguid=str(uuid.uuid4())
    )
    assert found == record and found is not None
    assert found.record_guid == record.record_guid and found.table is record.table
    assert [(r.method, r.url.path) for r in log.requests] == [
        ("GET", f"/api/v1/databases/{record.db_key}/record-versions/{record.record_guid}")
    ]


def test_hguid_is_one_get_of_the_history(writer: Session) -> None:
    record = _a_record(writer)
    log = log_requests(writer)
    found = writer.get_record_by_id(record.db_key, hguid=record.history_guid)
    assert found == record
    assert [(r.method, r.url.path) for r in log.requests] == [
        ("GET", f"/api/v1/databases/{record.db_key}/record-histories/{record.history_guid}")
    ]


def test_history_identity_goes_through_resolve(writer: Session) -> None:
    record = _a_record(writer)
    log = log_requests(writer)
    found = writer.get_record_by_id(
        record.db_key, hguid=record.history_guid, history_identity=record.history_identity
    )
    assert found == record
    assert [(r.method, r.url.path) for r in log.requests] == [("POST", "/api/v1/records/resolve")]


def test_unknown_guids_and_database_read_as_none_in_one_request_each(writer: Session) -> None:
    record = _a_record(writer)
    log = log_requests(writer)
    assert writer.get_record_by_id(record.db_key, hguid=str(uuid.uuid4())) is None
    assert writer.get_record_by_id(record.db_key, vguid=str(uuid.uuid4())) is None
    assert writer.get_record_by_id("NO_SUCH_DB", hguid=record.history_guid) is None
    assert writer.get_record_by_id("NO_SUCH_DB", vguid=record.record_guid) is None
    assert len(log.requests) == 4
    assert all(r.method == "GET" for r in log.requests)
