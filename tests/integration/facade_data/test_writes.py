"""Writes against the reference server: versions and release, withdraw vs delete, links,
binary data both ways, partial success, permissions and idempotency keys."""

from __future__ import annotations

import math
import uuid
from pathlib import Path

import pytest

from facade import (
    AttributeFile,
    AttributeInteger,
    AttributeShortText,
    InvalidRecordStateError,
    PermissionDeniedError,
    Record,
    ReleaseState,
    Session,
)

from .conftest import MAX_BATCH, log_requests, records_of


def _released_v1(session: Session, skip: int = 0) -> Record:
    """A released version-1 record with no draft: each caller takes a different one."""
    candidates = [
        r
        for r in records_of(session, "DEMO_MATERIALS", "Metals")
        if r.release_state is ReleaseState.Released and r.version_number == 1 and not r.children
    ]
    return candidates[-1 - skip]


def test_update_without_release_makes_a_draft_then_release_supersedes(
    writer: Session, reader: Session
) -> None:
    record = _released_v1(writer, 0)
    record.flag_for_release = False
    record.set_attributes([AttributeInteger("Batch size", 4242)])
    assert writer.update([record], notes="draft edit") == [record]
    assert (record.version_number, record.release_state) == (2, ReleaseState.Unreleased)
    assert record.attributes["Batch size"].value == 4242
    seen = reader.get_record_by_id(record.db_key, hguid=record.history_guid)
    assert seen is not None and seen.version_number == 1
    assert seen.attributes["Batch size"].value != 4242

    record.flag_for_release = True
    assert writer.update([record], release_notes="approved") == [record]
    assert record.release_state is ReleaseState.Released
    versions = record.all_versions
    assert [versions[k].release_state for k in ("v1", "v2")] == [
        ReleaseState.Superseded,
        ReleaseState.Released,
    ]
    seen = reader.get_record_by_id(record.db_key, hguid=record.history_guid)
    assert seen is not None and seen.attributes["Batch size"].value == 4242


def test_withdraw_released_but_delete_unversioned(writer: Session) -> None:
    released = _released_v1(writer, 1)
    polymer = records_of(writer, "DEMO_MATERIALS", "Polymers")[-1]
    assert polymer.release_state is ReleaseState.Unversioned
    result = writer.bulk_delete_or_withdraw_records(
        [released, polymer], update_release_states=True, withdrawal_notes="obsolete"
    )
    assert list(result) == [released, polymer] and result.failures == []
    assert released.exists_on_server and released.release_state is ReleaseState.Withdrawn
    assert not polymer.exists_on_server
    assert writer.get_record_by_id(polymer.db_key, hguid=polymer.history_guid) is None
    again = writer.get_record_by_id(released.db_key, hguid=released.history_guid)
    assert again is not None and again.release_state is ReleaseState.Withdrawn
    with pytest.raises(InvalidRecordStateError):
        writer.bulk_fetch_release_states([polymer])


def test_create_folder_and_child_in_one_update(writer: Session) -> None:
    table = writer.get_db(db_key="DEMO_MATERIALS").get_table("Polymers")
    folder = table.create_record(f"Folder {uuid.uuid4().hex[:8]}", folder=True)
    child = table.create_record(
        "Child",
        parent=folder,
        attributes={"Designation": AttributeShortText("Designation", "PX-1")},
    )
    with pytest.raises(InvalidRecordStateError):
        writer.bulk_fetch_release_states([child])
    log = log_requests(writer)
    pushed = writer.update([child, folder], refresh_attributes=False)
    assert set(pushed) == {child, folder}
    assert log.count("/records/import") == 2  # the folder first, then its child
    assert child.parent == folder and child.release_state is ReleaseState.Unversioned
    assert [r.name for r in folder.children] == ["Child"]
    assert child.attributes["Designation"].value == "PX-1"


def test_nameless_record_is_refused_before_any_request(writer: Session) -> None:
    record = writer.get_db(db_key="DEMO_MATERIALS").get_table("Polymers").create_record("x")
    record.name = None
    log = log_requests(writer)
    with pytest.raises(ValueError, match="without a name"):
        writer.update([record])
    assert log.requests == []


def test_links_are_replaced_and_read_back(writer: Session) -> None:
    a, b, c = records_of(writer, "DEMO_MATERIALS", "Metals")[3:6]
    a.set_links("Similar metals", [b, c])
    assert writer.update_links([a]) == [a]
    fresh = writer.get_record_by_id(a.db_key, hguid=a.history_guid)
    assert fresh is not None
    assert {r.history_guid for r in fresh.links["Similar metals"]} == {
        b.history_guid,
        c.history_guid,
    }
    unsaved = a.table.create_record("not pushed")
    a.set_links("Similar metals", [unsaved])
    with pytest.raises(InvalidRecordStateError, match="link target"):
        writer.update_links([a])


def test_binary_data_by_url_by_value_and_uploaded(writer: Session, tmp_path: Path) -> None:
    candidates = records_of(writer, "DEMO_MATERIALS", "Metals")[:40]
    table = candidates[0].table
    table.bulk_fetch(candidates, attributes=["Datasheet"])
    record = next(r for r in candidates if not r.attributes["Datasheet"].is_empty())
    by_url = record.attributes["Datasheet"]
    assert isinstance(by_url, AttributeFile) and by_url.url
    with pytest.warns(UserWarning, match="on demand"):
        downloaded = by_url.binary_data
    table.bulk_fetch([record], attributes=["Datasheet"], include_binary_data=True)
    by_value = record.attributes["Datasheet"]
    assert by_value.url is None and by_value.binary_data == downloaded
    saved = by_value.save(tmp_path)
    assert saved.parent == tmp_path and saved.read_bytes() == downloaded

    content = b"%PDF-1.7 uploaded " + uuid.uuid4().bytes
    record.set_attributes(
        [AttributeFile("Datasheet", content, file_name="../../up.pdf", description="new")]
    )
    writer.update([record], include_binary_data_in_refresh=True)
    back = record.attributes["Datasheet"]
    assert back.binary_data == content and back.file_name == "up.pdf"


def test_partial_success_reports_each_failed_record(writer: Session) -> None:
    good, bad = records_of(writer, "DEMO_MATERIALS", "Polymers")[:2]
    good.set_attributes([AttributeShortText("Designation", "GOOD-7")])
    bad.set_attributes([AttributeInteger("No such attribute", 1)])
    result = writer.update([good, bad], refresh_attributes=False)
    assert list(result) == [good]
    assert [f.item for f in result.failures] == [bad]
    assert "No such attribute" in str(result.failures[0].error)


def test_reader_cannot_write(reader: Session) -> None:
    record = records_of(reader, "DEMO_MATERIALS", "Polymers")[0]
    record.set_attributes([AttributeShortText("Designation", "nope")])
    with pytest.raises(PermissionDeniedError):
        reader.update([record])
    with pytest.raises(PermissionDeniedError):
        reader.bulk_delete_or_withdraw_records([record])


def test_release_states_in_parallel_batches_with_idempotency_keys(writer: Session) -> None:
    records = records_of(writer, "DEMO_MATERIALS", "Metals") + records_of(
        writer, "DEMO_PROCESSES", "Processes"
    )
    expected = {r.record_guid: r.release_state for r in records}
    for r in records:
        r._release_state = None
    log = log_requests(writer)
    seen: list[tuple[int, int]] = []
    result = writer.bulk_fetch_release_states(
        records,
        batch_size=500,
        parallelize=True,
        max_num_threads=4,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert len(result) == len(records) and result.failures == []
    assert {r.record_guid: r._release_state for r in records} == expected
    posts = [r for r in log.requests if r.url.path.endswith("/records/release-states")]
    assert len(posts) == math.ceil(len(records) / MAX_BATCH)  # batch_size capped at the server's
    keys = [r.headers["Idempotency-Key"] for r in posts]
    assert len(set(keys)) == len(keys) and all(uuid.UUID(k).version == 4 for k in keys)
    assert seen[-1] == (len(records), len(records)) if len(seen) else False
    assert sorted(d for d, _ in seen) == [d for d, _ in sorted(seen)]
