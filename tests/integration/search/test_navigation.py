"""Tree navigation against the demo tree (family folders at the root, records below them):
flat listings instead of walks, paths with wildcards, folders made on demand, moves without
new versions, look-ups by a short-text value and links fetched in batches."""

from __future__ import annotations

import math

import pytest

from facade._core.errors import InvalidRecordStateError
from facade._model.enums import RecordType
from facade._model.record import Record
from facade._model.table import Table
from facade._session import Session

from .conftest import MAX_PAGE, log_requests


def _metals(session: Session) -> Table:
    return session.get_db(db_key="DEMO_MATERIALS").get_table("Metals")


def _walk(table: Table) -> list[Record]:
    found: list[Record] = []
    pending = list(table.children)
    while pending:
        node = pending.pop()
        found.append(node)
        pending.extend(node.children)
    return found


def test_all_records_is_one_paged_listing_not_a_walk(writer: Session) -> None:
    table = _metals(writer)
    walked = _walk(table)
    log = log_requests(writer)
    everything = table.all_records(include_folders=True)
    assert {r.history_guid for r in everything} == {r.history_guid for r in walked}
    assert log.count("/records") == math.ceil(len(everything) / MAX_PAGE)
    assert log.count("/children") == 0
    records = table.all_records()
    assert {r.history_guid for r in records} == {
        r.history_guid for r in walked if r.type is not RecordType.Folder
    }
    assert all(r.type is not RecordType.Generic for r in table.all_records(include_generics=False))


def test_listed_records_know_parent_children_and_path_without_requests(writer: Session) -> None:
    table = _metals(writer)
    everything = table.all_records(include_folders=True)
    log = log_requests(writer)
    folders = [r for r in everything if r.type is RecordType.Folder]
    record = next(r for r in everything if r.type is RecordType.Record)
    assert isinstance(record.parent, Record) and record.parent.type is RecordType.Folder
    assert record in record.parent.children
    assert record.path == [record.parent.short_name]
    assert all(folder.parent is table and folder.path == [] for folder in folders)
    assert log.requests == []
    fresh = writer.get_record_by_id("DEMO_MATERIALS", hguid=record.history_guid)
    assert fresh is not None and fresh.path == record.path


def test_get_records_from_path_follows_names_and_wildcards(writer: Session) -> None:
    table = _metals(writer)
    folder = table.children[0]
    inside = folder.children
    pages = math.ceil(len(table.all_records(include_folders=True)) / MAX_PAGE)
    log = log_requests(writer)
    assert table.get_records_from_path(None, [folder.name]) == [folder]
    assert set(table.get_records_from_path(None, [folder.name, None])) == set(inside)
    assert log.count("/records") == 2 * pages  # one listing per call, no walk
    target = inside[3]
    assert table.get_records_from_path(None, [None, target.name]) == [target]
    assert table.get_records_from_path(
        None, [folder.short_name, target.short_name], use_short_names=True
    ) == [target]
    assert table.get_records_from_path(folder, [target.name]) == [target]
    assert table.get_records_from_path(table, [folder.name, "No such record"]) == []
    with pytest.raises(TypeError, match="list of names"):
        table.get_records_from_path(None, "Aluminium alloys")  # type: ignore[arg-type]


def test_path_from_creates_missing_folders_once(writer: Session) -> None:
    table = _metals(writer)
    log = log_requests(writer)
    q1 = table.path_from(None, ["Navigation tests", "2026", "Q1"])
    assert q1.exists_on_server and q1.type is RecordType.Folder
    assert q1.path == ["Navigation tests", "2026"]
    assert log.count("/records/import") == 3  # one level at a time: parents first
    log.clear()
    again = table.path_from(None, ["Navigation tests", "2026", "Q1"])
    assert again.history_guid == q1.history_guid
    assert log.count("/records/import") == 0
    top = table.get_records_from_path(None, ["Navigation tests"])[0]
    q2 = table.path_from(top, ["2026", "Q2"])
    assert q2.path == ["Navigation tests", "2026"]
    assert {r.name for r in top.get_descendants(include_folders=True)} == {"2026", "Q1", "Q2"}
    with pytest.raises(ValueError, match="needs a name"):
        table.path_from(None, ["Navigation tests", None])  # type: ignore[list-item]


def test_get_descendants_lists_every_level_from_one_listing(writer: Session) -> None:
    table = _metals(writer)
    top = table.path_from(None, ["Descendants", "Inner"])
    inner = table.get_records_from_path(None, ["Descendants", "Inner"])[0]
    record = table.create_record("Descendant probe", parent=inner)
    writer.update([record])
    log = log_requests(writer)
    parent = table.get_records_from_path(None, ["Descendants"])[0]
    log.clear()
    assert [r.name for r in parent.get_descendants()] == ["Descendant probe"]
    assert {r.name for r in parent.get_descendants(include_folders=True)} == {
        "Inner",
        "Descendant probe",
    }
    assert log.count("/records") == 2 and log.count("/children") == 0
    assert top.history_guid == inner.history_guid
    staged = table.create_record("Not pushed")
    with pytest.raises(InvalidRecordStateError):
        staged.get_descendants()


def test_move_to_changes_the_parent_without_a_new_version(writer: Session) -> None:
    table = _metals(writer)
    destination = table.path_from(None, ["Moves", "Here"])
    record = next(r for r in table.all_records() if r.version_number == 1 and r.path != ["Moves"])
    version, before = record.record_guid, record.path
    record.move_to(destination)
    assert record.record_guid == version
    assert record.path == ["Moves", "Here"]
    assert record in table.get_records_from_path(None, ["Moves", "Here"])[0].children
    fresh = writer.get_record_by_id("DEMO_MATERIALS", hguid=record.history_guid)
    assert fresh is not None and fresh.record_guid == version and fresh.path == ["Moves", "Here"]
    record.move_to(table)
    assert record.parent is table and record.path == []
    assert writer.get_record_by_id("DEMO_MATERIALS", hguid=record.history_guid).path == []  # type: ignore[union-attr]
    folder = table.get_records_from_path(None, ["Moves"])[0]
    with pytest.raises(Exception, match="ancestor"):
        folder.move_to(destination)
    other = writer.get_db(db_key="DEMO_MATERIALS").get_table("Polymers")
    with pytest.raises(ValueError, match="own table"):
        record.move_to(other)
    assert before


def test_lookup_by_a_short_text_value(writer: Session) -> None:
    table = _metals(writer)
    folder = table.path_from(None, ["Look-ups"])
    for name, designation in (("Unique", "LOOKUP-0001"), ("Twin A", "TWIN"), ("Twin B", "TWIN")):
        record = table.create_record(name, parent=folder)
        value = record.attributes["Designation"]
        value.value = designation
        record.set_attributes([value])
        writer.update([record])
    found = table.get_record_by_lookup_value("Designation", "LOOKUP-0001")
    assert found is not None and found.name == "Unique"
    assert table.get_record_by_lookup_value("Designation", "lookup-0001") is None  # exact
    assert table.get_record_by_lookup_value("Designation", "TWIN") is None  # not unique
    with pytest.raises(KeyError, match="Designatoin"):
        table.get_record_by_lookup_value("Designatoin", "X")
    with pytest.raises(ValueError, match="short-text"):
        table.get_record_by_lookup_value("Notes", "X")


def test_bulk_link_fetch_fills_links_in_batches(writer: Session) -> None:
    table = _metals(writer)
    records = table.all_records()
    log = log_requests(writer)
    table.bulk_link_fetch(records, batch_size=30)
    assert log.count("/records/export") == math.ceil(len(records) / 30)
    log.clear()
    linked = [r for r in records if r.links.get("Similar metals")]
    assert linked and log.count("/records/export") == 0
    sample = linked[0]
    fresh = writer.get_record_by_id("DEMO_MATERIALS", hguid=sample.history_guid)
    assert fresh is not None
    assert {t.history_guid for t in fresh.links["Similar metals"]} == {
        t.history_guid for t in sample.links["Similar metals"]
    }
    some = records[:10]
    for record in some:
        record.decache_links()
    table.bulk_link_fetch(some, link_groups=["Heat treatments"])
    assert all(set(r.links) <= {"Heat treatments"} for r in some)
    with pytest.raises(TypeError, match="link group names"):
        table.bulk_link_fetch(some, link_groups="Heat treatments")
