"""Attribute definitions, version history, record properties and point values as plain objects."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from facade import (
    AttributeDefinitionDiscrete,
    AttributeDefinitionPoint,
    AttributeDefinitionTabular,
    AttributeDefinitionUnsupported,
    AttributePoint,
    AttributePointMulti,
    AttributePointSingle,
    ParameterizedPointValue,
    PseudoAttributeDefinition,
    RecordProperties,
)
from facade._model.definitions import definition_from_model, lookup_definition
from facade._model.history import history_for_version
from facade._model.values import value_for_definition
from generated.models.attribute_definition import AttributeDefinition as DefinitionModel
from generated.models.record_history_event import RecordHistoryEvent

TABLE: Any = object()
GUID = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"


def _definition(**fields: Any) -> Any:
    body = {
        "guid": GUID,
        "name": "Young's modulus",
        "type": "point",
        "typeCode": "POIN",
        "order": 3,
        "unit": "GPa",
        "databaseUnit": "GPa",
        "tableGuid": GUID,
        **fields,
    }
    return definition_from_model(DefinitionModel.from_dict(body), TABLE)


def test_a_point_definition_with_a_parameter() -> None:
    definition = _definition(
        isMultivalued=True,
        parameters=[
            {
                "name": "Temperature",
                "dataType": "numeric",
                "order": 1,
                "unit": "degF",
                "databaseUnit": "degC",
                "values": [68.0],
                "defaultValue": 68.0,
            }
        ],
        min=60.0,
        max=215.0,
    )
    assert isinstance(definition, AttributeDefinitionPoint)
    assert (definition.type, definition.order, definition.is_multivalued) == ("POIN", 3, True)
    parameter = definition.parameters["Temperature"]
    assert (parameter.unit, parameter.database_unit, parameter.data_type) == (
        "degF",
        "degC",
        "Numeric",
    )
    assert parameter.parent_attribute is definition
    assert (definition.min, definition.max) == (60.0, 215.0)
    assert repr(definition) == '<AttributeDefinitionPoint "Young\'s modulus" [GPa]>'


def test_kinds_the_sdk_does_not_know_are_kept_as_unsupported() -> None:
    definition = _definition(type="discreteFunctional", typeCode="DSFN", unit=None)
    assert isinstance(definition, AttributeDefinitionUnsupported)
    assert definition.type == "DSFN"


def test_a_tabular_definition_lists_its_columns() -> None:
    definition = _definition(
        name="Composition",
        type="tabular",
        typeCode="TABL",
        unit=None,
        databaseUnit=None,
        columns=[
            {
                "name": "Element",
                "typeCode": "STXT",
                "unit": None,
                "databaseUnit": None,
                "isLinked": False,
            },
            {
                "name": "Supplier",
                "typeCode": "STXT",
                "unit": None,
                "databaseUnit": None,
                "isLinked": True,
            },
            {
                "name": "Role",
                "typeCode": "DISC",
                "unit": None,
                "databaseUnit": None,
                "isLinked": False,
                "discreteValues": ["Base", "Alloying"],
            },
        ],
        linkingAttribute="Name",
        linkingTable="Suppliers",
    )
    assert isinstance(definition, AttributeDefinitionTabular)
    assert definition.columns == ["Element", "Supplier", "Role"]
    assert definition.column_types == ["STXT", "", "DISC"]
    assert definition.discrete_values == {"Role": ["Base", "Alloying"]}
    assert (definition.linking_attribute, definition.linking_table) == ("Name", "Suppliers")


def test_a_close_name_is_suggested() -> None:
    definitions = {"Density": _definition(name="Density"), "Form": _definition(name="Form")}
    assert lookup_definition(definitions, "density", table="Metals").name == "Density"
    with pytest.raises(KeyError, match="did you mean 'Density'"):
        lookup_definition(definitions, "Densiti", table="Metals")


def test_a_discrete_value_outside_the_list_names_the_allowed_ones() -> None:
    definition = _definition(
        name="Form",
        type="discrete",
        typeCode="DISC",
        unit=None,
        databaseUnit=None,
        discreteValues=["Bar", "Sheet"],
        isMultivalued=False,
    )
    assert isinstance(definition, AttributeDefinitionDiscrete)
    value = value_for_definition(definition)
    value.value = "Bar"
    assert value.order == 1
    with pytest.raises(ValueError, match="allowed: Bar, Sheet"):
        value.value = "Wire"


def test_point_values_single_and_multi() -> None:
    single = AttributePoint("Density", 2821.5, "kg/m^3")
    assert isinstance(single, AttributePointSingle)
    assert repr(single) == "<AttributePointSingle 'Density': 2821.5 kg/m^3>"
    multi = AttributePoint("E", (ParameterizedPointValue.from_data(70, {"Temperature": 20}),))
    assert isinstance(multi, AttributePointMulti)
    assert multi.value[0].parameters_by_name == {"Temperature": 20.0}
    with pytest.raises(ValueError, match="2 values but 1 parameter sets"):
        multi.set_value([1.0, 2.0], [{"Temperature": 20.0}])
    with pytest.raises(TypeError, match="single-valued point"):
        single.value = (1.0, 2.0)
    with pytest.raises(ValueError, match="not attached to a record"):
        single.record  # noqa: B018


def _event(kind: str, version: str, minute: int, notes: str | None = None) -> RecordHistoryEvent:
    return RecordHistoryEvent.from_dict(
        {
            "kind": kind,
            "versionNumber": 1,
            "versionGuid": version,
            "at": f"2026-01-01T10:{minute:02d}:00Z",
            "user": "writer",
            "notes": notes,
        }
    )


def test_version_history_keeps_the_events_of_one_version() -> None:
    other = "00000000-0000-4000-8000-000000000001"
    events = [
        _event("create", GUID, 0, "new"),
        _event("release", GUID, 5, "ok"),
        _event("create", other, 6),
        _event("supersede", GUID, 9),
    ]
    history = history_for_version(events, GUID)
    assert (history.creation_notes, history.release_notes) == ("new", "ok")
    assert history.last_modified_at == history.created_at  # never modified after creation
    assert history.superseded_at == datetime.datetime(2026, 1, 1, 10, 9, tzinfo=datetime.UTC)
    assert history.withdrawn_at is None


def test_record_properties_are_pseudo_attribute_definitions() -> None:
    assert RecordProperties.created_by == PseudoAttributeDefinition("created_by")
    assert RecordProperties.created_on.type == "TIDT"
    assert len(RecordProperties.all()) == 16
    with pytest.raises(ValueError, match="not a record property"):
        PseudoAttributeDefinition("colour")
