"""A record's staged edits (``StagedEdits``): made by its first edit, changed only by their own
methods, and dropped when pushed or discarded, as ``Session.update`` / ``update_links`` and the
``decache_*`` methods expect."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from facade import AttributeInteger, AttributeShortText, Record
from facade._model.definitions import definition_from_model
from facade._model.staged_edits import StagedEdits
from facade._model.values import value_for_definition
from generated.models.attribute_definition import AttributeDefinition as DefinitionModel
from generated.models.record import Record as RecordModel

from ._record_answer import ANSWER

TABLE: Any = SimpleNamespace(db_key="DEMO_MATERIALS", name="Metals")
GUID = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"


def _read(**changes: Any) -> Record:
    return Record._from_model(RecordModel.from_dict({**ANSWER, **changes}), TABLE)


def _no_edits(record: Record) -> bool:
    values, cleared = record._changes
    meta_values, meta_cleared = record._meta_changes
    return not (values or cleared or meta_values or meta_cleared or record._pending_link_groups)


def _density_with_source(source: str | None) -> Any:
    """An empty Density value whose definition has the meta-attribute Source (set to ``source``)."""

    def definition(**fields: Any) -> Any:
        body = {"guid": GUID, "order": 1, "unit": None, "databaseUnit": None, "tableGuid": GUID}
        body.update(fields)
        return definition_from_model(DefinitionModel.from_dict(body), TABLE)

    density = definition(name="Density", type="integer", typeCode="INPT")
    density._adopt_meta_attribute(
        definition(name="Source", type="shortText", typeCode="STXT", isMetaFor="Density")
    )
    value = value_for_definition(density)
    value.value = 2700
    if source is not None:
        value.meta_attributes["Source"].value = source
    return value


# --- StagedEdits on its own ----------------------------------------------------------------


def test_a_value_replaces_a_removal_and_a_removal_replaces_a_value() -> None:
    edits = StagedEdits()
    density, hardness = AttributeInteger("Density", 2700), AttributeInteger("Hardness", 30)
    edits.set_value(density)
    edits.clear("Hardness")
    assert dict(edits.values) == {"Density": density} and list(edits.cleared) == ["Hardness"]
    edits.clear("Density")
    edits.set_value(hardness)
    assert dict(edits.values) == {"Hardness": hardness} and list(edits.cleared) == ["Density"]


def test_meta_values_are_keyed_by_parent_and_name() -> None:
    edits = StagedEdits()
    source = AttributeShortText("Source", "lab")
    edits.set_meta_value("Density", source)
    edits.clear_meta("Hardness", "Source")  # same meta-attribute name, another parent
    assert dict(edits.meta_values) == {("Density", "Source"): source}
    assert list(edits.cleared_meta) == [("Hardness", "Source")]
    edits.clear_meta("Density", "Source")
    edits.set_meta_value("Hardness", source)
    assert dict(edits.meta_values) == {("Hardness", "Source"): source}
    assert list(edits.cleared_meta) == [("Density", "Source")]
    assert not edits.values and not edits.cleared  # attributes untouched


def test_dropping_attribute_edits_keeps_link_groups_and_the_reverse() -> None:
    edits = StagedEdits()
    target = Record("Steel", TABLE)
    edits.set_value(AttributeInteger("Density", 2700))
    edits.clear("Form")
    edits.set_meta_value("Density", AttributeShortText("Source", "lab"))
    edits.clear_meta("Density", "Notes")
    edits.set_link_group("Similar", {target})
    edits.drop_attribute_edits()
    assert not (edits.values or edits.cleared or edits.meta_values or edits.cleared_meta)
    assert dict(edits.link_groups) == {"Similar": {target}}

    edits.set_value(AttributeInteger("Density", 2700))
    edits.drop_link_groups()
    assert not edits.link_groups and list(edits.values) == ["Density"]


def test_taking_the_link_groups_leaves_none_and_keeps_what_was_read() -> None:
    edits = StagedEdits()
    target = Record("Steel", TABLE)
    edits.set_link_group("Similar", {target})
    read_before = edits.link_groups
    taken = edits.take_link_groups()
    assert taken == {"Similar": {target}} and not edits.link_groups
    assert dict(read_before) == {"Similar": {target}}
    edits.set_link_group("Other", set())
    assert taken == {"Similar": {target}}  # a later edit goes to new groups


def test_readers_cannot_change_the_edits() -> None:
    edits = StagedEdits()
    edits.set_value(AttributeInteger("Density", 2700))
    with pytest.raises(TypeError):
        edits.values["Hardness"] = AttributeInteger("Hardness", 30)  # type: ignore[index]
    with pytest.raises(TypeError):
        edits.link_groups["Similar"] = set()  # type: ignore[index]
    with pytest.raises(TypeError):
        edits.meta_values[("Density", "Source")] = AttributeShortText("Source", "x")  # type: ignore[index]


# --- on a record -------------------------------------------------------------------------


def test_a_record_read_from_the_server_has_no_edits_until_edited() -> None:
    record = _read()
    assert record._edits is None and _no_edits(record)
    record.set_attributes([])
    record.clear_attributes([])
    record.decache_attributes()
    record.decache_links()
    assert record._edits is None  # reading or discarding nothing makes no edits

    density = AttributeInteger("Density", 2700)
    record.set_attributes([density])
    assert record._edits is not None
    assert dict(record._changes[0]) == {"Density": density}
    assert density._record is record


def test_staging_a_value_stages_its_meta_values_that_hold_data() -> None:
    record = _read()
    with_source, without = _density_with_source("lab"), _density_with_source(None)
    record.set_attributes([without])
    assert not record._meta_changes[0]
    record.set_attributes([with_source])
    source = with_source.meta_attributes["Source"]
    assert dict(record._meta_changes[0]) == {("Density", "Source"): source}

    record.clear_attributes([source])  # a meta-attribute value: cleared under its parent
    assert not record._meta_changes[0]
    assert list(record._meta_changes[1]) == [("Density", "Source")]
    assert list(record._changes[0]) == ["Density"] and not record._changes[1]

    record.set_attributes([source])  # staged on its own
    assert dict(record._meta_changes[0]) == {("Density", "Source"): source}
    assert not record._meta_changes[1]


def test_attributes_show_staged_values_over_those_read() -> None:
    record = _read()
    read = {"Density": AttributeInteger("Density", 2600), "Form": AttributeInteger("Form", 1)}
    record._set_attributes(read, partial=False)
    staged = AttributeInteger("Density", 2700)
    record.set_attributes([staged])
    assert record.attributes == {"Density": staged, "Form": read["Form"]}
    record.clear_attributes(["Form"])  # a removal is pushed, not shown
    assert record.attributes["Form"] is read["Form"]


def test_a_push_that_wrote_attributes_drops_their_edits_and_keeps_links() -> None:
    record, target = _read(), Record("Steel", TABLE)
    record.set_attributes([AttributeInteger("Density", 2700)])
    record.clear_attributes(["Form"])
    record.set_links("Similar", [target])

    record._pushed(RecordModel.from_dict({**ANSWER, "versionNumber": 3}), attributes_written=False)
    assert list(record._changes[0]) == ["Density"] and list(record._changes[1]) == ["Form"]

    record._pushed(RecordModel.from_dict({**ANSWER, "versionNumber": 4}), attributes_written=True)
    assert not record._changes[0] and not record._changes[1]
    assert dict(record._pending_link_groups) == {"Similar": {target}}
    assert record.version_number == 4


def test_pushed_links_become_the_records_links_and_attribute_edits_stay() -> None:
    record, first, second = _read(), Record("Steel", TABLE), Record("Brass", TABLE)
    record._set_links({"Similar": {first}, "Parts": {first}})
    record.set_links("Similar", [second])
    record.set_attributes([AttributeInteger("Density", 2700)])
    staged = record._pending_link_groups
    assert record.links == {"Similar": {second}, "Parts": {first}}

    record._links_pushed()
    assert not record._pending_link_groups
    assert dict(staged) == {"Similar": {second}}  # what was read before the push is kept
    assert record.links == {"Similar": {second}, "Parts": {first}}
    assert list(record._changes[0]) == ["Density"]


def test_links_pushed_with_none_staged_keeps_the_links_read() -> None:
    record, target = _read(), Record("Steel", TABLE)
    record._set_links({"Similar": {target}})
    record._links_pushed()
    assert record._edits is None
    assert record.links == {"Similar": {target}}


def test_discarding_attribute_edits_keeps_links_and_the_reverse() -> None:
    record, target = _read(), Record("Steel", TABLE)
    record.set_attributes([AttributeInteger("Density", 2700)])
    record.set_links("Similar", [target])
    record.decache_links()
    assert not record._pending_link_groups and list(record._changes[0]) == ["Density"]
    record.set_links("Similar", [target])
    record.decache_attributes()
    assert not record._changes[0] and dict(record._pending_link_groups) == {"Similar": {target}}


def test_records_never_share_their_edits() -> None:
    first, second, fresh = _read(), _read(), Record("Steel", TABLE)
    first.set_attributes([AttributeInteger("Density", 2700)])
    fresh.clear_attributes(["Form"])
    assert second._edits is None and _no_edits(second)
    assert list(fresh._changes[1]) == ["Form"] and not fresh._changes[0]
    assert list(first._changes[0]) == ["Density"] and not first._changes[1]
