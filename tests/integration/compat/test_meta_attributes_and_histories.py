"""Meta-attributes and definition histories, written as a Toolkit script would, against the reference server.

Definitions: ``AttributeDefinition.meta_attributes`` (name → definition), ``is_meta``,
``is_meta_for`` (the parent's name), meta-attributes only under their parent in
``Table.attributes``, found by identity with ``get_attribute_definition``. Values:
``AttributeValue.meta_attributes`` of the right class, filled by a full fetch, empty after a
``bulk_fetch`` by name, filled when the meta-attribute definitions are listed; written with
``set_attributes`` + ``Session.update``. ``AttributeDefinition.history`` is an
``ObjectHistory``.
"""

from __future__ import annotations

import asyncio
import datetime

import pytest

import facade as mpy
from tests.conftest import RunningServer


def _metals(session: mpy.Session) -> mpy.Table:
    return session.get_db(db_key="DEMO_MATERIALS").get_table("Metals")


def _records(session: mpy.Session, count: int) -> list[mpy.Record]:
    return _metals(session).all_records()[:count]


# --- definitions (stk-surface §5) --------------------------------------------------------------


def test_meta_attributes_hang_under_their_parent_definition(reader: mpy.Session) -> None:
    table = _metals(reader)
    density = table.attributes["Density"]
    assert list(density.meta_attributes) == ["Source", "Test notes"]
    assert density.is_meta is False and density.is_meta_for is None
    notes = density.meta_attributes["Test notes"]
    assert isinstance(notes, mpy.AttributeDefinitionLongText)
    assert notes.is_meta is True and notes.is_meta_for == "Density"
    assert notes.meta_attributes == {}
    assert notes.table is table
    source = density.meta_attributes["Source"]
    assert isinstance(source, mpy.AttributeDefinitionDiscrete)
    assert source.discrete_values == ["Supplier datasheet", "In-house test", "Handbook"]
    # Table.attributes lists attributes only; meta-attributes are reached through the parent
    assert "Test notes" not in table.attributes and "Source" not in table.attributes
    assert table.attributes["Form"].meta_attributes == {}


def test_same_meta_name_under_two_parents_is_two_definitions(reader: mpy.Session) -> None:
    table = _metals(reader)
    on_density = table.attributes["Density"].meta_attributes["Source"]
    on_strength = table.attributes["Yield strength"].meta_attributes["Source"]
    assert on_density.id != on_strength.id
    assert (on_density.is_meta_for, on_strength.is_meta_for) == ("Density", "Yield strength")


def test_get_attribute_definition_by_identity_finds_meta_attributes(reader: mpy.Session) -> None:
    table = _metals(reader)
    meta = table.attributes["Yield strength"].meta_attributes["Test temperature"]
    found = table.get_attribute_definition(identity=meta.id)
    assert found is meta
    with pytest.raises(KeyError):
        table.get_attribute_definition(name="Test temperature")  # names find attributes only


def test_meta_attribute_units_follow_the_database_unit_system(reader: mpy.Session) -> None:
    db = reader.get_db(db_key="DEMO_MATERIALS")
    table = db.get_table("Metals")
    meta = table.attributes["Yield strength"].meta_attributes["Test temperature"]
    assert isinstance(meta, mpy.AttributeDefinitionPoint)
    assert (meta.unit, meta.database_unit) == ("degC", "degC")
    db.unit_system = "US Customary"
    meta_us = table.attributes["Yield strength"].meta_attributes["Test temperature"]
    assert (meta_us.unit, meta_us.database_unit) == ("degF", "degC")


def test_definition_history_is_an_object_history(reader: mpy.Session) -> None:
    table = _metals(reader)
    histories = [d.history for d in table.attributes.values()]
    assert all(isinstance(h, mpy.ObjectHistory) for h in histories)
    density = table.attributes["Density"].history
    assert density is not None
    assert density.created_by == "admin" and density.last_modified_by == "admin"
    assert isinstance(density.created_at, datetime.datetime)
    assert density.created_at.tzinfo is not None
    assert density.date_created == density.created_at.date().isoformat()
    assert density.last_modified_date == density.last_modified_at.date().isoformat()
    assert isinstance(density.update_count, int)
    changed = [h for h in histories if h is not None and h.update_count > 0]
    unchanged = [h for h in histories if h is not None and h.update_count == 0]
    assert changed and unchanged
    assert all(h.last_modified_at > h.created_at for h in changed)
    assert all(h.last_modified_at == h.created_at for h in unchanged)
    meta_history = table.attributes["Density"].meta_attributes["Source"].history
    assert isinstance(meta_history, mpy.ObjectHistory) and meta_history.update_count == 0


def test_tabular_columns_and_parameters_have_histories(reader: mpy.Session) -> None:
    table = _metals(reader)
    composition = table.attributes["Composition"]
    assert isinstance(composition, mpy.AttributeDefinitionTabular)
    histories = composition.column_histories
    assert len(histories) == len(composition.columns)
    assert all(isinstance(h, mpy.ObjectHistory) for h in histories)
    assert [h.update_count for h in histories[:2] if h is not None] == [0, 1]
    curve = table.attributes["Stress-strain"]
    assert isinstance(curve, mpy.AttributeDefinitionFloatFunctional)
    parameter_histories = [p.history for p in curve.parameters.values()]
    assert all(isinstance(h, mpy.ObjectHistory) for h in parameter_histories)
    assert [h.update_count for h in parameter_histories if h is not None] == [0, 1]


def test_object_history_is_read_only(reader: mpy.Session) -> None:
    history = _metals(reader).attributes["Density"].history
    assert history is not None
    with pytest.raises(AttributeError):
        history.created_by = "someone"  # type: ignore[misc]


# --- values (stk-surface §6) -------------------------------------------------------------------


def test_full_fetch_fills_meta_values_of_the_right_kind(reader: mpy.Session) -> None:
    records = _records(reader, 8)
    values = [r.attributes["Density"].meta_attributes for r in records]
    assert all(list(v) == ["Source", "Test notes"] for v in values)
    filled = [v["Test notes"] for v in values if not v["Test notes"].is_empty()]
    empty = [v["Test notes"] for v in values if v["Test notes"].is_empty()]
    assert filled and empty  # the demo leaves some empty
    note = filled[0]
    assert isinstance(note, mpy.AttributeLongText) and "test batch" in note.value
    assert note.is_meta is True and note.is_meta_for == "Density"
    assert note.definition is _metals(reader).attributes["Density"].meta_attributes["Test notes"]
    source = values[0]["Source"]
    assert isinstance(source, mpy.AttributeDiscrete)
    parent = records[0].attributes["Density"]
    assert parent.is_meta is False and parent.is_meta_for is None
    assert note.record in records
    assert records[0].attributes["Form"].meta_attributes == {}


def test_meta_point_values_come_in_the_database_unit_system(reader: mpy.Session) -> None:
    db = reader.get_db(db_key="DEMO_MATERIALS")
    records = db.get_table("Metals").all_records()[:8]
    own = [r.attributes["Yield strength"].meta_attributes["Test temperature"] for r in records]
    index, value = next((i, v) for i, v in enumerate(own) if not v.is_empty())
    assert value.unit == "degC"
    db.unit_system = "US Customary"
    again = db.get_table("Metals").all_records()[index]
    converted = again.attributes["Yield strength"].meta_attributes["Test temperature"]
    assert converted.unit == "degF"
    assert converted.value == pytest.approx(value.value * 1.8 + 32)


def test_bulk_fetch_by_name_leaves_meta_values_empty(reader: mpy.Session) -> None:
    table = _metals(reader)
    records = _records(reader, 8)
    table.bulk_fetch(records, attributes=["Density"])
    metas = [r.attributes["Density"].meta_attributes for r in records]
    assert all(list(m) == ["Source", "Test notes"] for m in metas)
    assert all(v.is_empty() for m in metas for v in m.values())
    table.bulk_fetch(records, attributes=[table.attributes["Density"]])
    assert all(
        v.is_empty() for r in records for v in r.attributes["Density"].meta_attributes.values()
    )


def test_bulk_fetch_with_meta_definitions_fetches_them(reader: mpy.Session) -> None:
    table = _metals(reader)
    records = _records(reader, 8)
    density = table.attributes["Density"]
    # the Toolkit's documented pattern: attributes plus their meta-attribute definitions
    wanted = [density, *density.meta_attributes.values()]
    table.bulk_fetch(records, attributes=wanted)
    fetched = [r.attributes["Density"].meta_attributes["Test notes"] for r in records]
    assert any(not v.is_empty() for v in fetched)
    # the same values a full fetch gives
    fresh = _records(reader, 8)
    full = [r.attributes["Density"].meta_attributes["Test notes"].value for r in fresh]
    assert [v.value for v in fetched] == full


def test_bulk_fetch_of_only_a_meta_definition_brings_its_parent(reader: mpy.Session) -> None:
    table = _metals(reader)
    records = _records(reader, 8)
    meta = table.attributes["Yield strength"].meta_attributes["Test temperature"]
    table.bulk_fetch(records, attributes=[meta])
    parents = [r.attributes["Yield strength"] for r in records]
    assert all(not p.is_empty() for p in parents)
    values = [p.meta_attributes["Test temperature"] for p in parents]
    assert any(not v.is_empty() for v in values)
    assert all(p.meta_attributes["Source"].is_empty() for p in parents)  # not asked for


def test_bulk_fetch_refuses_a_meta_definition_of_another_table(reader: mpy.Session) -> None:
    polymers = reader.get_db(db_key="DEMO_MATERIALS").get_table("Polymers")
    meta = polymers.attributes["Tensile strength"].meta_attributes["Test notes"]
    with pytest.raises(ValueError, match="Polymers"):
        _metals(reader).bulk_fetch(_records(reader, 2), attributes=[meta])


# --- writing meta values -------------------------------------------------------------------------


def test_set_a_meta_value_and_push_it(writer: mpy.Session) -> None:
    record = _records(writer, 12)[9]
    density = record.attributes["Density"]
    notes = density.meta_attributes["Test notes"]
    notes.value = "Re-measured by the compatibility tests."
    temperature = record.attributes["Yield strength"].meta_attributes["Test temperature"]
    temperature.value = 77.0
    temperature.unit = "degF"
    record.set_attributes([notes, temperature])
    pushed = writer.update([record])[0]
    metas = pushed.attributes["Density"].meta_attributes
    assert metas["Test notes"].value == "Re-measured by the compatibility tests."
    stored = pushed.attributes["Yield strength"].meta_attributes["Test temperature"]
    assert stored.unit == "degC" and stored.value == pytest.approx(25.0)


def test_staging_a_parent_pushes_its_meta_values(writer: mpy.Session) -> None:
    record = _records(writer, 12)[10]
    density = record.attributes["Density"]
    density.meta_attributes["Source"].value = "Handbook"
    density.meta_attributes["Test notes"].value = "Staged through the parent."
    record.set_attributes([density])
    pushed = writer.update([record])[0]
    metas = pushed.attributes["Density"].meta_attributes
    assert metas["Source"].value == "Handbook"
    assert metas["Test notes"].value == "Staged through the parent."


def test_a_new_record_carries_meta_values(writer: mpy.Session) -> None:
    table = _metals(writer)
    folder = table.children[0]
    record = table.create_record("Meta-attribute test alloy", parent=folder)
    density = record.attributes["Density"]
    assert list(density.meta_attributes) == ["Source", "Test notes"]
    assert all(v.is_empty() for v in density.meta_attributes.values())
    density.value = 2710.0
    density.meta_attributes["Source"].value = "In-house test"
    record.set_attributes([density])
    pushed = writer.update([record])[0]
    assert pushed.attributes["Density"].value == 2710.0
    metas = pushed.attributes["Density"].meta_attributes
    assert metas["Source"].value == "In-house test" and metas["Test notes"].is_empty()


def test_clear_a_meta_value(writer: mpy.Session) -> None:
    record = _records(writer, 12)[11]
    notes = record.attributes["Density"].meta_attributes["Test notes"]
    notes.value = "To be removed."
    record.set_attributes([notes])
    pushed = writer.update([record])[0]
    assert not pushed.attributes["Density"].meta_attributes["Test notes"].is_empty()
    pushed.clear_attributes([pushed.attributes["Density"].meta_attributes["Test notes"]])
    cleared = writer.update([pushed])[0]
    assert cleared.attributes["Density"].meta_attributes["Test notes"].is_empty()
    assert not cleared.attributes["Density"].is_empty()  # the parent keeps its value


def test_a_meta_value_is_checked_before_any_request(writer: mpy.Session) -> None:
    record = _records(writer, 2)[0]
    source = record.attributes["Density"].meta_attributes["Source"]
    with pytest.raises(ValueError, match="Rumour"):
        source.value = "Rumour"
    notes = record.attributes["Density"].meta_attributes["Test notes"]
    with pytest.raises(TypeError):
        notes.value = 12


def test_a_meta_value_unit_is_checked_against_its_definition(writer: mpy.Session) -> None:
    record = _records(writer, 3)[2]
    temperature = record.attributes["Yield strength"].meta_attributes["Test temperature"]
    with pytest.raises(ValueError, match=r"'Test temperature'.*degF"):
        temperature.unit = "kg"


# --- criteria search on meta-attributes (stk-surface §11) ----------------------------------------


def _brute_force(table: mpy.Table, parent: str, name: str, keep: object) -> set[str]:
    records = table.all_records()
    definition = table.attributes[parent].meta_attributes[name]
    table.bulk_fetch(records, attributes=[definition])
    return {
        r.history_guid
        for r in records
        if keep(r.attributes[parent].meta_attributes[name])  # type: ignore[operator]
    }


def test_search_on_a_meta_attribute_equals_a_brute_force_filter(reader: mpy.Session) -> None:
    table = _metals(reader)
    source = table.attributes["Yield strength"].meta_attributes["Source"]
    found = table.search_for_records_where([source.search_criterion(contains_any=["Handbook"])])
    expected = _brute_force(
        table, "Yield strength", "Source", lambda v: not v.is_empty() and v.value == "Handbook"
    )
    assert expected and {r.history_guid for r in found} == expected
    # the other parent's "Source" is another meta-attribute with other values
    other = table.attributes["Density"].meta_attributes["Source"]
    on_density = table.search_for_records_where([other.search_criterion(contains_any=["Handbook"])])
    assert {r.history_guid for r in on_density} == _brute_force(
        table, "Density", "Source", lambda v: not v.is_empty() and v.value == "Handbook"
    )
    assert {r.history_guid for r in on_density} != expected


def test_numeric_meta_search_uses_the_database_unit_system(reader: mpy.Session) -> None:
    db = reader.get_db(db_key="DEMO_MATERIALS")
    db.unit_system = "US Customary"
    table = db.get_table("Metals")
    meta = table.attributes["Yield strength"].meta_attributes["Test temperature"]
    found = table.search_for_records_where([meta.search_criterion(greater_than=71.0)])  # degF
    expected = _brute_force(
        table, "Yield strength", "Test temperature", lambda v: not v.is_empty() and v.value > 71.0
    )
    assert expected and {r.history_guid for r in found} == expected


# --- get_attributes and the async session ----------------------------------------------------------


def test_get_attributes_includes_meta_values_when_asked(reader: mpy.Session) -> None:
    record = _records(reader, 1)[0]
    plain = record.get_attributes(names=["Density", "Source"])
    assert [v.name for v in plain] == ["Density"]
    with_metas = record.get_attributes(names=["Density", "Source"], include_meta_attributes=True)
    assert [(v.name, v.is_meta_for) for v in with_metas] == [
        ("Density", None),
        ("Source", "Density"),
        ("Source", "Yield strength"),
    ]
    only_metas = record.get_attributes(include_attributes=False, include_meta_attributes=True)
    assert {(v.is_meta_for, v.name) for v in only_metas} == {
        ("Density", "Source"),
        ("Density", "Test notes"),
        ("Yield strength", "Source"),
        ("Yield strength", "Test temperature"),
    }
    longs = record.get_attributes(types=["LTXT"], include_meta_attributes=True)
    assert {v.name for v in longs} == {"Notes", "Test notes"}


def test_async_bulk_fetch_fills_meta_values_as_the_session_does(
    compat_server: RunningServer, reader: mpy.Session
) -> None:
    expected = {
        r.record_guid: {n: v.value for n, v in r.attributes["Density"].meta_attributes.items()}
        for r in _records(reader, 10)
    }

    async def scenario() -> dict[str | None, dict[str, object]]:
        builder = mpy.AsyncSessionBuilder(compat_server.url)
        async with await builder.with_credentials("reader", "reader-password") as session:
            table = (await session.get_db(db_key="DEMO_MATERIALS")).get_table("Metals")
            records = (await table.all_records())[:10]
            await table.bulk_fetch(records)
            return {
                r.record_guid: {
                    n: v.value for n, v in r.attributes["Density"].meta_attributes.items()
                }
                for r in records
            }

    assert asyncio.run(scenario()) == expected
