"""Databases, tables and searches against the reference server, with request counts."""

from __future__ import annotations

import math

import pytest

from facade import Session

from .conftest import MAX_PAGE, log_requests


def test_databases_are_listed_once_and_cached(writer: Session) -> None:
    log = log_requests(writer)
    keys = [db.db_key for db in writer.dbs]
    assert keys == ["DEMO_MATERIALS", "DEMO_PROCESSES"]
    assert set(writer.dbs_by_key) == set(keys)
    assert {db.db_key for db in writer.dbs_by_guid.values()} == set(keys)
    assert log.count("/api/v1/databases") == 1
    writer.refetch_dbs()
    assert log.count("/api/v1/databases") == 2


def test_get_db_needs_every_given_criterion_to_match(writer: Session) -> None:
    db = writer.get_db(db_key="DEMO_MATERIALS")
    assert writer.get_db(name=db.name, guid=db.guid, version_guid=db.version_guid) is db
    with pytest.raises(KeyError, match="at least one"):
        writer.get_db()
    with pytest.raises(KeyError, match="no database"):
        writer.get_db(name=db.name, db_key="DEMO_PROCESSES")
    with pytest.raises(KeyError, match="no database"):
        writer.get_db(db_key="NOPE")
    with pytest.raises(TypeError, match="db_key must be a str"):
        writer.get_db(db_key=3)  # type: ignore[arg-type]


def test_shared_database_guid_is_a_key_error(writer: Session) -> None:
    first, second = writer.dbs
    second._model.guid = first.guid
    with pytest.raises(KeyError, match="share GUID"):
        _ = writer.dbs_by_guid
    writer.refetch_dbs()


def test_tables_are_found_case_insensitively_and_cached(writer: Session) -> None:
    db = writer.get_db(db_key="DEMO_MATERIALS")
    log = log_requests(writer)
    metals = db.get_table("METALS")
    assert metals.name == "Metals" and metals.version_controlled
    assert db.get_table("polymers").version_controlled is False
    assert db.get_table_by_guid(metals.guid.upper()) is metals
    with pytest.raises(KeyError, match="no table named 'Ceramics'"):
        db.get_table("Ceramics")
    assert log.count("/tables") == 1


def test_search_over_all_databases_makes_one_request_per_database_page(writer: Session) -> None:
    log = log_requests(writer)
    found = writer.search_for_records_by_text("a")
    by_db: dict[str, int] = {}
    for record in found:
        by_db[record.db_key] = by_db.get(record.db_key, 0) + 1
    assert set(by_db) == {"DEMO_MATERIALS", "DEMO_PROCESSES"}
    for key, total in by_db.items():
        assert total > MAX_PAGE  # several pages, all followed
        assert log.count(f"/databases/{key}/search") == math.ceil(total / MAX_PAGE)
    assert len({(r.db_key, r.history_guid) for r in found}) == len(found)


def test_search_by_name_is_exact_and_case_insensitive(writer: Session) -> None:
    some = writer.get_db(db_key="DEMO_MATERIALS").get_table("Metals").children[0].children[0]
    found = writer.search_for_records_by_name((some.name or "").upper())
    assert some.history_guid in {r.history_guid for r in found}
    assert all(
        (r.name or "").casefold() == (some.name or "").casefold()
        or (r.short_name or "").casefold() == (some.name or "").casefold()
        for r in found
    )
    table_only = some.table.search_for_records_by_name(some.name or "")
    assert {r.table.name for r in table_only} == {"Metals"}


@pytest.mark.parametrize("bad", ["", "x" * 1001])
def test_bad_search_text_is_refused_before_any_request(writer: Session, bad: str) -> None:
    log = log_requests(writer)
    with pytest.raises(ValueError, match="1 to 1000"):
        writer.search_for_records_by_text(bad)
    with pytest.raises(TypeError):
        writer.search_for_records_by_name(None)  # type: ignore[arg-type]
    assert log.count("/search") == 0


def test_sql_like_search_text_is_just_text(writer: Session) -> None:
    assert writer.search_for_records_by_text("'; DROP TABLE sl_versions; --") == []
    assert (
        writer.get_db(db_key="DEMO_MATERIALS")
        .get_table("Metals")
        .search_for_records_by_name("Aluminium alloys")
    )  # still there
