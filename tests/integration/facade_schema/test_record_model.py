"""Record model through the facade: every attribute present, filters, properties, history and
versions, and bad input caught before any request."""

from __future__ import annotations

import datetime

import pytest

import facade
from facade import Session


def _metals(session: Session) -> facade.Table:
    return session.get_db(db_key="DEMO_MATERIALS").get_table("Metals")


def test_a_new_record_holds_every_attribute_empty_and_one_can_be_set(writer: Session) -> None:
    metals = _metals(writer)
    record = metals.create_record("Empty attributes, new record")
    assert list(record.attributes) == list(metals.attributes)
    assert all(v.is_empty() and v.record is record for v in record.attributes.values())
    density = record.attributes["Density"]
    assert repr(density) == "<AttributePointSingle 'Density': empty>"
    density.value = 2700
    record.set_attributes([density])
    writer.update([record])
    assert repr(record.attributes["Density"]) == "<AttributePointSingle 'Density': 2700 kg/m^3>"
    assert record.attributes["Notes"].is_empty()


def test_an_existing_record_holds_empty_attributes_that_can_be_set(writer: Session) -> None:
    metals = _metals(writer)
    record = metals.children[0].children[1]
    composition = record.attributes["Composition"]
    assert composition.is_empty() and composition.type == "TABL"
    empty = [v for v in record.attributes.values() if v.is_empty() and v.type == "LTXT"]
    notes = record.attributes["Notes"]
    if not empty:
        record.clear_attributes([notes])
        writer.update([record])
        assert record.attributes["Notes"].is_empty()
    notes = record.attributes["Notes"]
    notes.value = "Filled in after the fact."
    record.set_attributes([notes])
    writer.update([record])
    assert record.attributes["Notes"].value == "Filled in after the fact."


def test_get_attributes_filters(reader: Session) -> None:
    record = _metals(reader).children[0].children[0]
    every = record.get_attributes()
    assert [v.name for v in every] == list(record.attributes)
    points = record.get_attributes(types=["POIN"])
    assert {v.name for v in points} == {"Density", "Thermal conductivity", "Young's modulus"}
    assert [v.name for v in record.get_attributes(names=["Form", "Density"])] == ["Density", "Form"]
    assert all(v.is_empty() for v in record.get_attributes(empty=True))
    assert "Composition" in {v.name for v in record.get_attributes(empty=True)}
    assert not any(v.is_empty() for v in record.get_attributes(empty=False))
    pseudo = record.get_attributes(include_attributes=False, include_pseudo_attributes=True)
    by_name = {v.name: v.value for v in pseudo}
    assert by_name["name"] == record.name and by_name["is_writable"] is False
    assert by_name["parent_record_name"] == record.parent.name  # type: ignore[union-attr]
    assert isinstance(by_name["created_on"], datetime.datetime)
    with pytest.raises(ValueError, match="unknown type codes"):
        record.get_attributes(types=["POINT"])
    with pytest.raises(TypeError):
        record.get_attributes(names="Density")


def test_record_properties_in_bulk(reader: Session) -> None:
    metals = _metals(reader)
    folder = metals.children[0]
    records = folder.children[:5]
    metals.bulk_fetch(
        records,
        attributes=[metals.attributes["Density"], facade.RecordProperties.parent_record_name],
    )
    for record in records:
        assert record.parent_record_name == folder.name
        assert record.parent_record_short_name == folder.short_name
        assert record.is_writable is False
        assert record.created_by in ("admin", "writer")
        assert not record.attributes["Density"].is_empty()


def test_history_after_create_update_release_and_withdraw(writer: Session) -> None:
    metals = _metals(writer)
    record = metals.create_record("History through the facade")
    writer.update([record], notes="created")
    history = record.record_history
    assert (history.created_by, history.creation_notes) == ("writer", "created")
    assert history.released_at is None and record.all_versions.keys() == {"v1"}
    density = record.attributes["Density"]
    density.value = 2800.0
    record.set_attributes([density])
    writer.update([record], notes="density measured")
    assert record.record_history.last_modification_notes == "density measured"
    record.flag_for_release = True
    writer.update([record], release_notes="approved")
    released = record.record_history
    assert (released.released_by, released.release_notes) == ("writer", "approved")
    density = record.attributes["Density"]
    density.value = 2810.0
    record.set_attributes([density])
    writer.update([record], notes="second edition", release_notes="approved again")
    versions = record.all_versions
    assert list(versions) == ["v1", "v2"]
    assert versions["v1"].record_history.superseded_by == "writer"
    assert versions["v2"].record_history.creation_notes == "second edition"
    record.delete_or_withdraw_record_on_server(withdrawal_notes="superseded by a new grade")
    record.refetch_record_versions()
    withdrawn = record.record_history
    assert withdrawn.withdrawal_notes == "superseded by a new grade"
    assert withdrawn.withdrawn_by == "writer" and withdrawn.withdrawn_at is not None


def test_all_versions_in_bulk_with_histories(reader: Session) -> None:
    metals = _metals(reader)
    records = metals.children[1].children[:20]  # a folder no test writes to
    metals.bulk_fetch_all_record_versions(records)
    multi = [r for r in records if len(r.all_versions) > 1]
    assert multi, "the demo has records with several versions"
    for record in records:
        keys = list(record.all_versions)
        assert keys == [f"v{n}" for n in range(1, len(keys) + 1)]
        assert record.record_history.created_by in ("admin", "writer")
        assert record.record_history.creation_notes
    polymers = reader.get_db(db_key="DEMO_MATERIALS").get_table("Polymers")
    unversioned = polymers.children[0].children[0]
    assert list(unversioned.all_versions) == ["v0"]


def test_bad_values_are_refused_before_any_request(writer: Session) -> None:
    record = _metals(writer).create_record("Bad input")
    with pytest.raises(TypeError, match=r"'Density'.*number"):
        record.attributes["Density"].value = "heavy"
    with pytest.raises(ValueError, match="allowed: Bar, Sheet, Wire"):
        record.attributes["Form"].value = ("Bar", "Ingot")
    with pytest.raises(TypeError, match=r"'Form'.*tuple"):
        record.attributes["Form"].value = "Bar"
    with pytest.raises(TypeError, match=r"'Batch size'.*int"):
        record.attributes["Batch size"].value = 1.5
    with pytest.raises(TypeError, match="is_applicable"):
        record.attributes["Notes"].is_applicable = "no"  # type: ignore[assignment]
    with pytest.raises(AttributeError, match="'Composition' is read-only"):
        record.attributes["Composition"].value = ((1, 2),)


def test_a_value_marked_not_applicable_drops_the_data(writer: Session) -> None:
    record = _metals(writer).create_record("Not applicable")
    notes = record.attributes["Notes"]
    notes.value = "to be dropped"
    record.set_attributes([notes])
    writer.update([record])
    assert record.attributes["Notes"].value == "to be dropped"
    notes = record.attributes["Notes"]
    notes.is_applicable = False
    record.set_attributes([notes])
    writer.update([record])
    assert record.attributes["Notes"].is_empty()
