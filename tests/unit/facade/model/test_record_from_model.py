"""Records built from the server's answers (``Record._from_model``) are ordinary records.

They are built without the attribute guard (as ``_UnguardedRecord``, for speed) and then
become ``Record``s: the guard is back, and their state is the one a record read from the
server has.
"""

from __future__ import annotations

import pytest

from facade import Record, RecordColor, RecordType, ReleaseState
from facade._core.strict import instance_state
from facade._model.record import _UnguardedRecord
from generated.models.record import Record as RecordModel

from ._record_answer import ANSWER


def _read() -> Record:
    return Record._from_model(RecordModel.from_dict(ANSWER), object())  # type: ignore[arg-type]


def test_a_record_read_from_the_server_is_a_record() -> None:
    record = _read()
    assert type(record) is Record
    assert not isinstance(record, _UnguardedRecord)
    assert record.name == "Aluminium 1050-O lot 1"
    assert record.type is RecordType.Record
    assert record.color is RecordColor.Red
    assert record.release_state is ReleaseState.Released


def test_its_state_is_complete_and_matches_a_new_record() -> None:
    read = instance_state(_read())
    built = instance_state(Record("Steel", object()))  # type: ignore[arg-type]
    assert set(built) <= set(read)
    assert read["_edits"] is None and read["_attributes"] is None
    assert read["flag_for_release"] is True and read["_deleted"] is False


def test_the_attribute_guard_is_back_after_construction() -> None:
    record = _read()
    with pytest.raises(AttributeError, match="flag_for_releas"):
        record.flag_for_releas = False  # type: ignore[attr-defined]
    record.flag_for_release = False
    assert record.flag_for_release is False


def test_records_do_not_share_their_pending_changes() -> None:
    first, second = _read(), _read()
    first.clear_attributes(["Density"])
    first.set_links("Similar", [Record("Steel", object())])  # type: ignore[arg-type]
    assert not second._changes[1] and not second._pending_link_groups
    second.clear_attributes(["Hardness"])
    assert set(first._changes[1]) == {"Density"} and set(second._changes[1]) == {"Hardness"}
    assert first._edits is not second._edits


def test_a_record_read_holds_no_container() -> None:
    """Records are built by the thousand: one read from the server holds no dict, list or set
    (staged edits are made by the first edit): nothing more for the collector to track."""
    read = instance_state(_read())
    containers = {n: v for n, v in read.items() if isinstance(v, dict | list | set)}
    assert containers == {}
    assert read["_edits"] is None


def test_values_newer_than_the_sdk_read_as_unknown() -> None:
    answer = {**ANSWER, "type": "assembly", "color": "ultraviolet", "releaseState": "archived"}
    record = Record._from_model(RecordModel.from_dict(answer), object())  # type: ignore[arg-type]
    assert record.type is RecordType.Record
    assert record.color is RecordColor.InheritFromParent
    assert record.release_state is ReleaseState.Unknown


def test_a_value_of_another_json_type_reads_as_unknown() -> None:
    answer = {**ANSWER, "type": ["record"], "color": {"r": 1}, "releaseState": ["released"]}
    record = Record._from_model(RecordModel.from_dict(answer), object())  # type: ignore[arg-type]
    assert record.type is RecordType.Record
    assert record.color is RecordColor.InheritFromParent
    assert record.release_state is ReleaseState.Unknown


def test_cleared_names_are_staged_and_dropped() -> None:
    record = _read()
    record.clear_attributes(["Density", "Hardness"])
    assert set(record._changes[1]) == {"Density", "Hardness"}
    record.decache_attributes()
    assert not record._changes[1]


def test_a_batch_reads_each_model_in_order_and_keeps_none() -> None:
    table = object()
    models = [
        RecordModel.from_dict(ANSWER),
        None,
        RecordModel.from_dict({**ANSWER, "name": "second", "color": "blue"}),
    ]
    read = Record._from_models(models, lambda model: table)  # type: ignore[arg-type, return-value]

    assert [type(r) for r in read] == [Record, type(None), Record]
    for record, model in zip(read, models, strict=True):
        if model is not None:  # the state one record read alone has, equal value by value
            one = Record._from_model(model, table)  # type: ignore[arg-type]
            assert instance_state(record) == instance_state(one)
    assert read[2] is not None and read[2].color is RecordColor.Blue


def test_a_batch_finds_each_table_once_per_database_and_guid() -> None:
    other_table = "972a8469-1641-4f82-8b9d-00000000000f"
    answers = [
        ANSWER,
        {**ANSWER, "tableGuid": other_table},
        ANSWER,
        {**ANSWER, "databaseKey": "COPY_OF_MATERIALS"},  # same table GUID, another database
        {**ANSWER, "tableGuid": other_table},
    ]
    asked: list[tuple[str, str]] = []

    def table_of(model: RecordModel) -> object:
        asked.append((model.database_key, model.table_guid))
        return ("table", model.database_key, model.table_guid)

    read = Record._from_models([RecordModel.from_dict(a) for a in answers], table_of)  # type: ignore[arg-type]

    assert asked == [
        ("DEMO_MATERIALS", ANSWER["tableGuid"]),
        ("DEMO_MATERIALS", other_table),
        ("COPY_OF_MATERIALS", ANSWER["tableGuid"]),
    ]
    assert [r.table if r else None for r in read] == [
        ("table", a["databaseKey"], a["tableGuid"]) for a in answers
    ]


def test_a_batch_sets_every_slot_as_start_and_load_do() -> None:
    """``_from_models`` assigns the state itself: the same, slot by slot, as the guarded way."""
    answers = [
        ANSWER,
        {**ANSWER, "type": "assembly", "color": "ultraviolet", "releaseState": "archived"},
        {**ANSWER, "type": ["record"], "color": {"r": 1}, "releaseState": ["released"]},
        {**ANSWER, "type": "folder", "color": "blue", "releaseState": "unreleased"},
    ]
    models = [RecordModel.from_dict(a) for a in answers]
    table = object()
    slots = {n for k in Record.__mro__ for n in vars(k).get("__slots__", ())}
    built = Record._from_models(models, lambda model: table)  # type: ignore[arg-type, return-value]
    for record, model in zip(built, models, strict=True):
        assert type(record) is Record
        guarded = Record.__new__(Record)
        guarded._start(table, True)  # type: ignore[arg-type]
        guarded._load(model)
        assert set(instance_state(record)) == slots
        assert instance_state(record) == instance_state(guarded)


def test_a_subclass_is_built_the_guarded_way_each_table_found_once() -> None:
    class Tagged(Record):
        __slots__ = ("tag",)

    asked: list[str] = []

    def table_of(model: RecordModel) -> object:
        asked.append(model.table_guid)
        return "table"

    models = [RecordModel.from_dict(ANSWER), None, RecordModel.from_dict(ANSWER)]
    read = Tagged._from_models(models, table_of)  # type: ignore[arg-type]
    assert [type(r) for r in read] == [Tagged, type(None), Tagged]
    assert asked == [ANSWER["tableGuid"]]
    assert read[0] is not None and read[0].table == "table" and read[0].name == ANSWER["name"]
