"""Wrong types and values to every public method: TypeError/ValueError (KeyError where seed 000
says so) with a readable message, and never an HTTP request carrying garbage.

Requests are counted with an event hook on the session's one httpx client; builders are
pointed at a port where nothing listens, so any request would surface as a connection error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from facade import (
    AttributeInteger,
    InvalidRecordStateError,
    Record,
    Session,
    SessionBuilder,
    SessionConfiguration,
)
from tests.conftest import RunningServer

from ._support import RequestCounter, leaf_records, sign_in

G = "0f8fad5b-d9cb-469f-a165-70867728950e"
DB = "DEMO_MATERIALS"
GOOD_LIST = (
    f"RecordHistoryGuid\tRecordGuid\tTable\tDatabaseKey\tRecordFullName\n{G}\t{G}\tT\t{DB}\tx\n"
)
NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing answers there


@pytest.fixture(scope="module")
def writer(reference_server: RunningServer) -> Iterator[Session]:
    with sign_in(reference_server.url, "writer") as session:
        yield session


@pytest.fixture(scope="module")
def objects(writer: Session) -> dict[str, Any]:
    """Real databases, tables and records, loaded before any request is counted."""
    db = writer.get_db(db_key=DB)
    metals, polymers = db.get_table("Metals"), db.get_table("Polymers")
    metal = leaf_records(writer, DB, "Metals")[0]
    polymer = leaf_records(writer, DB, "Polymers")[0]
    writer.dbs  # noqa: B018 - cached from here on
    return {
        "s": writer,
        "db": db,
        "metals": metals,
        "metal": metal,
        "polymer": polymer,
        "new": metals.create_record("Local only"),
        "nameless": Record(None, polymers),
    }


Case = tuple[str, Callable[[dict[str, Any]], object], type[Exception], str]


def _set(obj: object, name: str, value: object) -> None:
    setattr(obj, name, value)


CASES: list[Case] = [
    # Session: databases and look-ups
    ("get_db no criteria", lambda o: o["s"].get_db(), KeyError, "at least one of"),
    ("get_db name int", lambda o: o["s"].get_db(name=5), TypeError, "name must be a str"),
    ("get_db unknown", lambda o: o["s"].get_db(db_key="NOPE"), KeyError, "no database"),
    ("get_record_by_id db_key", lambda o: o["s"].get_record_by_id(5, hguid=G), TypeError, "db_key"),
    ("get_record_by_id nothing", lambda o: o["s"].get_record_by_id(DB), ValueError, "one of"),
    (
        "get_record_by_id bad guid",
        lambda o: o["s"].get_record_by_id(DB, hguid="nope"),
        ValueError,
        "hguid is not a GUID",
    ),
    (
        "get_record_by_id identity str",
        lambda o: o["s"].get_record_by_id(DB, history_identity="1"),
        TypeError,
        "history_identity must be an int",
    ),
    (
        "get_record_by_id version without identity",
        lambda o: o["s"].get_record_by_id(DB, hguid=G, version_number=2),
        ValueError,
        "only meaningful with history_identity",
    ),
    ("get_records_by_ids str", lambda o: o["s"].get_records_by_ids("x"), TypeError, "sequence"),
    (
        "get_records_by_ids 2nd bad",
        lambda o: o["s"].get_records_by_ids([{"db_key": DB, "hguid": G}, {"db_key": DB}]),
        ValueError,
        r"record_identifiers\[1\]",
    ),
    ("records_from_string int", lambda o: o["s"].records_from_string(5), TypeError, "str"),
    (
        "records_from_string garbage",
        lambda o: o["s"].records_from_string("a\tb\n1\t2\n"),
        ValueError,
        "line 1: missing header",
    ),
    (
        "records_from_string strict flag",
        lambda o: o["s"].records_from_string(GOOD_LIST, use_strict_version="yes"),
        TypeError,
        "use_strict_version must be a bool",
    ),
    # Session: search
    ("search name int", lambda o: o["s"].search_for_records_by_name(5), TypeError, "str"),
    ("search name empty", lambda o: o["s"].search_for_records_by_name(""), ValueError, "1 to"),
    (
        "search text huge",
        lambda o: o["s"].search_for_records_by_text("x" * 1001),
        ValueError,
        "1 to 1000",
    ),
    ("search text None", lambda o: o["s"].search_for_records_by_text(None), TypeError, "str"),
    # Session: writes
    ("update one record", lambda o: o["s"].update(o["metal"]), TypeError, "list of Record"),
    ("update str", lambda o: o["s"].update("abc"), TypeError, "list of Record"),
    ("update ints", lambda o: o["s"].update([1, 2]), TypeError, "Record objects"),
    ("update notes", lambda o: o["s"].update([o["metal"]], notes=5), TypeError, "notes"),
    ("update nameless", lambda o: o["s"].update([o["nameless"]]), ValueError, "without a name"),
    ("update_links ints", lambda o: o["s"].update_links([5]), TypeError, "Record objects"),
    (
        "update_links local",
        lambda o: o["s"].update_links([o["new"]]),
        InvalidRecordStateError,
        "does not exist on the server",
    ),
    (
        "delete batch_size 0",
        lambda o: o["s"].bulk_delete_or_withdraw_records([o["metal"]], batch_size=0),
        ValueError,
        "batch_size must be at least 1",
    ),
    (
        "delete batch_size str",
        lambda o: o["s"].bulk_delete_or_withdraw_records([o["metal"]], batch_size="10"),
        TypeError,
        "batch_size must be an int",
    ),
    (
        "delete parallelize str",
        lambda o: o["s"].bulk_delete_or_withdraw_records([o["metal"]], parallelize="yes"),
        TypeError,
        "parallelize must be a bool",
    ),
    (
        "delete threads 0",
        lambda o: o["s"].bulk_delete_or_withdraw_records([o["metal"]], max_num_threads=0),
        ValueError,
        "max_num_threads",
    ),
    (
        "delete notes int",
        lambda o: o["s"].bulk_delete_or_withdraw_records([o["metal"]], withdrawal_notes=5),
        TypeError,
        "withdrawal_notes",
    ),
    (
        "delete local record",
        lambda o: o["s"].bulk_delete_or_withdraw_records([o["new"]]),
        InvalidRecordStateError,
        "push it with Session.update",
    ),
    (
        "release states one record",
        lambda o: o["s"].bulk_fetch_release_states(o["metal"]),
        TypeError,
        "list of Record",
    ),
    (
        "release states batch bool",
        lambda o: o["s"].bulk_fetch_release_states([o["metal"]], batch_size=True),
        TypeError,
        "batch_size must be an int",
    ),
    # Database
    ("get_table int", lambda o: o["db"].get_table(5), TypeError, "name must be a str"),
    ("get_table unknown", lambda o: o["db"].get_table("Ceramics"), KeyError, "no table"),
    ("get_table_by_guid int", lambda o: o["db"].get_table_by_guid(5), TypeError, "guid"),
    ("db get_record_by_id", lambda o: o["db"].get_record_by_id(hguid=5), TypeError, "hguid"),
    (
        "db get_records_by_ids",
        lambda o: o["db"].get_records_by_ids([{"hguid": "x"}]),
        ValueError,
        r"record_identifiers\[0\]: hguid is not a GUID",
    ),
    ("db search int", lambda o: o["db"].search_for_records_by_name(5), TypeError, "str"),
    # Table
    ("table search int", lambda o: o["metals"].search_for_records_by_text(5), TypeError, "str"),
    ("create_record int", lambda o: o["metals"].create_record(5), TypeError, "name"),
    (
        "create_record parent elsewhere",
        lambda o: o["metals"].create_record("x", parent=o["polymer"]),
        ValueError,
        "same table",
    ),
    (
        "create_record parent str",
        lambda o: o["metals"].create_record("x", parent="folder"),
        TypeError,
        "parent",
    ),
    (
        "bulk_fetch attributes str",
        lambda o: o["metals"].bulk_fetch([o["metal"]], attributes="Density"),
        TypeError,
        "attributes must be a list",
    ),
    (
        "bulk_fetch other table",
        lambda o: o["metals"].bulk_fetch([o["polymer"]]),
        ValueError,
        "is not in table 'Metals'",
    ),
    (
        "bulk_fetch batch -1",
        lambda o: o["metals"].bulk_fetch([o["metal"]], batch_size=-1),
        ValueError,
        "batch_size",
    ),
    (
        "all versions one record",
        lambda o: o["metals"].bulk_fetch_all_record_versions(o["metal"]),
        TypeError,
        "list of Record",
    ),
    # Record
    ("record name int", lambda o: _set(o["new"], "name", 5), TypeError, "name must be a str"),
    ("record short_name", lambda o: _set(o["new"], "short_name", 5), TypeError, "short_name"),
    ("record type str", lambda o: _set(o["new"], "type", "folder"), TypeError, "RecordType"),
    ("record color str", lambda o: _set(o["new"], "color", "red"), TypeError, "RecordColor"),
    ("set_attributes ints", lambda o: o["new"].set_attributes([5]), TypeError, "attribute"),
    ("clear_attributes ints", lambda o: o["new"].clear_attributes([5]), TypeError, "names"),
    ("set_links name", lambda o: o["new"].set_links(5, []), TypeError, "link_name"),
    ("set_links targets", lambda o: o["new"].set_links("g", [5]), TypeError, "Record"),
    (
        "withdraw notes int",
        lambda o: o["metal"].delete_or_withdraw_record_on_server(withdrawal_notes=5),
        TypeError,
        "withdrawal_notes",
    ),
    (
        "integer value str",
        lambda o: AttributeInteger("Batch size", "twelve"),
        (TypeError, ValueError),  # type: ignore[list-item]
        "Batch size",
    ),
]


@pytest.mark.parametrize(("label", "call", "error", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_arguments_raise_before_any_request(
    objects: dict[str, Any],
    label: str,
    call: Callable[[dict[str, Any]], object],
    error: type[Exception],
    message: str,
) -> None:
    counter = RequestCounter(objects["s"])
    with pytest.raises(error, match=message) as caught:
        call(objects)
    assert len(str(caught.value)) < 400, "messages stay short and readable"
    assert counter.requests == [], f"{label}: sent {counter.requests}"


BUILDER_CASES: list[Case] = [
    ("url int", lambda _: SessionBuilder(5), TypeError, "service_layer_url"),  # type: ignore[arg-type]
    ("url not http", lambda _: SessionBuilder("ftp://x"), ValueError, "http"),
    (
        "configuration wrong",
        lambda _: SessionBuilder(NOWHERE, {"timeout": 5}),  # type: ignore[arg-type]
        TypeError,
        "SessionConfiguration",
    ),
    (
        "username int",
        lambda _: SessionBuilder(NOWHERE).with_credentials(5, "pw"),  # type: ignore[arg-type]
        TypeError,
        "username must be a str",
    ),
    ("url no host", lambda _: SessionBuilder("http:///api"), ValueError, "with a host"),
    ("url relative", lambda _: SessionBuilder("servicelayer"), ValueError, "http"),
    (
        "store_password str",
        lambda _: SessionBuilder(NOWHERE).with_credentials("w", "p", store_password="yes"),  # type: ignore[arg-type]
        TypeError,
        "store_password",
    ),
    (
        "api key None",
        lambda _: SessionBuilder(NOWHERE).with_api_key(None),  # type: ignore[arg-type]
        TypeError,
        "key",
    ),
    ("api key empty", lambda _: SessionBuilder(NOWHERE).with_api_key(" "), ValueError, "key"),
    (
        "access token int",
        lambda _: SessionBuilder(NOWHERE).with_oidc().with_access_token(5),  # type: ignore[arg-type]
        TypeError,
        "token",
    ),
    (
        "refresh token empty",
        lambda _: SessionBuilder(NOWHERE).with_oidc().with_refresh_token(""),
        ValueError,
        "token",
    ),
    ("timeout str", lambda _: SessionConfiguration(timeout="5"), TypeError, "timeout"),  # type: ignore[arg-type]
    ("retries -1", lambda _: SessionConfiguration(max_retries=-1), ValueError, "max_retries"),
    (
        "option typo",
        lambda _: SessionConfiguration(verfiy=False),  # type: ignore[call-arg]
        TypeError,
        "unexpected keyword argument 'verfiy'",
    ),
]


@pytest.mark.parametrize(
    ("label", "call", "error", "message"), BUILDER_CASES, ids=[c[0] for c in BUILDER_CASES]
)
def test_bad_sign_in_arguments_raise_before_connecting(
    label: str, call: Callable[[object], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        call(None)  # a request would have raised ConnectionFailedError instead
