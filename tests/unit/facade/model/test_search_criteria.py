"""SearchCriterion checks itself when built: operators that do not suit the attribute's type,
values of the wrong form and pairs out of order fail before any request, with messages that
name the type and the operators allowed; the wire form follows the contract."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from facade._model.criteria import SearchCriterion
from facade._model.definitions import AttributeDefinition, definition_from_model
from facade._model.enums import RecordColor, RecordType
from facade._model.properties import RecordProperties
from facade._ops.criteria_search import criterion_model
from generated.models.attribute_definition import AttributeDefinition as DefinitionModel


class _Table:
    name = "Metals"
    guid = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
    db_key = "DEMO_MATERIALS"


def _definition(type_code: str, kind: str, **extra: Any) -> AttributeDefinition:
    data = {
        "guid": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
        "name": f"The {kind}",
        "type": kind,
        "typeCode": type_code,
        "order": 1,
        "unit": extra.pop("unit", None),
        "databaseUnit": None,
        "tableGuid": _Table.guid,
        **extra,
    }
    return definition_from_model(DefinitionModel.from_dict(data), _Table())  # type: ignore[arg-type]


POINT = _definition("POIN", "point", unit="kg/m^3")
DATE = _definition("DTTM", "date")
TEXT = _definition("STXT", "shortText")
LOGICAL = _definition("LOGI", "logical")
DISCRETE = _definition("DISC", "discrete", discreteValues=["Bar", "Sheet"])
FILE = _definition("FILE", "file")
TABULAR = _definition(
    "TABL",
    "tabular",
    columns=[
        {
            "name": "Element",
            "typeCode": "STXT",
            "unit": None,
            "databaseUnit": None,
            "isLinked": False,
        },
        {
            "name": "Mass fraction",
            "typeCode": "POIN",
            "unit": "%",
            "databaseUnit": "%",
            "isLinked": False,
        },
    ],
)


def test_an_operator_that_does_not_suit_the_type_names_type_and_allowed_operators() -> None:
    with pytest.raises(
        ValueError,
        match=r"CONTAINS does not suit 'The point' \(POIN\); operators allowed: LESS_THAN, GREATER_THAN, BETWEEN, EXISTS, NOT_EXISTS",
    ):
        POINT.search_criterion(contains="x")
    with pytest.raises(
        ValueError,
        match=r"LESS_THAN does not suit 'The file' \(FILE\); operators allowed: EXISTS, NOT_EXISTS",
    ):
        SearchCriterion(FILE, "LESS_THAN", 3)
    with pytest.raises(ValueError, match="the record property 'created_on'"):
        RecordProperties.created_on.search_criterion(contains="x")


def test_the_first_keyword_given_wins_in_the_reference_order() -> None:
    criterion = POINT.search_criterion(greater_than=5.0, less_than=2.0)
    assert (criterion.operation, criterion.value) == ("LESS_THAN", 2.0)
    assert DISCRETE.search_criterion(contains_any=["Bar"]).operation == "CONTAINS_ANY"
    assert POINT.search_criterion(exists=False).operation == "NOT_EXISTS"
    with pytest.raises(ValueError, match="needs one of less_than"):
        POINT.search_criterion()


def test_between_dates_must_be_in_chronological_order() -> None:
    first, last = datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)
    assert DATE.search_criterion(between_dates=(first, last)).value == (first, last)
    with pytest.raises(ValueError, match="comes after"):
        DATE.search_criterion(between_dates=(last, first))
    with pytest.raises(TypeError, match=r"two datetime\.date"):
        DATE.search_criterion(between_dates=("2024-01-01", "2024-12-31"))
    start = datetime.datetime(2025, 1, 2, 8, 0)
    with pytest.raises(ValueError, match="comes after"):
        RecordProperties.created_on.search_criterion(
            between_dates=(start, start - datetime.timedelta(seconds=1))
        )


def test_values_of_the_wrong_type_are_type_errors() -> None:
    with pytest.raises(TypeError, match="takes a number"):
        POINT.search_criterion(less_than="3")
    with pytest.raises(TypeError, match="True or False"):
        LOGICAL.search_criterion(contains="yes")
    with pytest.raises(TypeError, match="list of str"):
        DISCRETE.search_criterion(contains_any="Bar")
    with pytest.raises(TypeError, match="RecordColor"):
        RecordProperties.color.search_criterion(equal_to="red")
    with pytest.raises(TypeError, match="takes no value"):
        SearchCriterion(POINT, "EXISTS", 3)


def test_tabular_criteria_name_a_known_column_and_use_its_type() -> None:
    criterion = TABULAR.search_criterion(greater_than=1.0, in_column="Mass fraction")
    assert criterion.column_name == "Mass fraction"
    assert TABULAR.search_criterion(equal_to="Cu", in_column="Element").operation == "EQUAL"
    with pytest.raises(ValueError, match="no column 'Mass'"):
        TABULAR.search_criterion(greater_than=1.0, in_column="Mass")
    with pytest.raises(ValueError, match="needs column_name"):
        SearchCriterion(TABULAR, "EQUAL", "Cu")
    with pytest.raises(ValueError, match="CONTAINS does not suit column 'Mass fraction'"):
        TABULAR.search_criterion(contains="x", in_column="Mass fraction")


def test_properties_that_cannot_be_searched_are_named() -> None:
    with pytest.raises(ValueError, match="'is_writable' cannot be searched"):
        RecordProperties.is_writable.search_criterion(contains=True)


def test_the_wire_form_follows_the_contract() -> None:
    model = criterion_model(POINT.search_criterion(less_than=3000))
    assert model.to_dict() == {"operator": "lessThan", "attribute": "The point", "value": 3000}
    model = criterion_model(TABULAR.search_criterion(equal_to="Cu", in_column="Element"))
    assert model.to_dict()["column"] == "Element"
    model = criterion_model(RecordProperties.color.search_criterion(equal_to=RecordColor.Red))
    assert model.to_dict() == {"operator": "equal", "property": "recordColor", "value": "red"}
    kinds = [RecordType.Folder, RecordType.Generic]
    model = criterion_model(RecordProperties.type.search_criterion(contains_any=kinds))
    assert model.to_dict()["values"] == ["folder", "generic"]
    naive = datetime.datetime(2025, 1, 6, 9, 30)
    model = criterion_model(RecordProperties.created_on.search_criterion(less_than=naive))
    assert model.to_dict()["value"] == "2025-01-06T09:30:00+00:00"
    first, last = datetime.date(2024, 1, 1), datetime.date(2024, 2, 1)
    model = criterion_model(DATE.search_criterion(between_dates=(first, last)))
    assert model.to_dict()["values"] == ["2024-01-01", "2024-02-01"]
