"""Criteria search against the reference server: for every operator and every attribute kind
it applies to, in two unit systems and on record properties, the records found are exactly
those a brute-force filter of every record (values fetched with ``bulk_fetch``) keeps; one
request per page; bad criteria fail before any request."""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from facade._model.criteria import SearchCriterion
from facade._model.definitions import definition_from_model
from facade._model.enums import RecordColor, RecordType
from facade._model.properties import RecordProperties
from facade._model.record import Record
from facade._model.table import Table
from facade._session import Session
from generated.models.attribute_definition import AttributeDefinition as DefinitionModel
from tests.conftest import RunningServer
from tests.integration.facade_data.conftest import sign_in

from .brute_force import meets, property_value
from .conftest import MAX_PAGE, log_requests


@dataclass
class Loaded:
    """A table with every record and all its values, in the database's current unit system."""

    table: Table
    records: list[Record]

    def values(self, attribute: str) -> list[float]:
        numbers: list[float] = []
        for record in self.records:
            value = record.attributes.get(attribute)
            if value is None or value.is_empty():
                continue
            if value.type == "RNGE":
                numbers += [b for b in (value.value.low, value.value.high) if b is not None]
            elif value.type == "POIN":
                numbers += [p.value for p in value.points]
            else:
                numbers.append(value.value)
        return sorted(set(numbers))

    def threshold(self, attribute: str, at: float = 0.5) -> float:
        """A number between two stored values (never equal to one): no ties at the boundary."""
        numbers = self.values(attribute)
        k = max(1, min(len(numbers) - 1, int(len(numbers) * at)))
        return (numbers[k - 1] + numbers[k]) / 2


@pytest.fixture(scope="module")
def session(search_server: RunningServer) -> Iterator[Session]:
    with sign_in(search_server.url, "writer") as signed_in:
        yield signed_in


def _load(session: Session, table_name: str, unit_system: str) -> Loaded:
    db = session.get_db(db_key="DEMO_MATERIALS")
    db.unit_system = unit_system
    table = db.get_table(table_name)
    records = table.all_records(include_folders=True)
    table.bulk_fetch(records)
    return Loaded(table, records)


@pytest.fixture(scope="module")
def metals(session: Session) -> Loaded:
    return _load(session, "Metals", "Metric")


def _expected(loaded: Loaded, criteria: list[SearchCriterion]) -> set[str | None]:
    return {r.history_guid for r in loaded.records if all(meets(r, c) for c in criteria)}


def _check(session: Session, loaded: Loaded, criteria: list[SearchCriterion]) -> set[str | None]:
    log = log_requests(session)
    found = loaded.table.search_for_records_where(criteria)
    guids = {r.history_guid for r in found}
    assert len(guids) == len(found)
    assert guids == _expected(loaded, criteria), criteria
    assert log.count("/criteria-search") == max(1, math.ceil(len(found) / MAX_PAGE))
    return guids


Case = Callable[[Loaded], list[SearchCriterion]]


def _on(name: str, **keywords: Any) -> Case:
    return lambda loaded: [loaded.table.attributes[name].search_criterion(**keywords)]


def _between(name: str) -> Case:
    def build(loaded: Loaded) -> list[SearchCriterion]:
        low, high = loaded.threshold(name, 0.3), loaded.threshold(name, 0.6)
        return [SearchCriterion(loaded.table.attributes[name], "BETWEEN", (low, high))]

    return build


def _numeric(name: str, operator: str) -> Case:
    def build(loaded: Loaded) -> list[SearchCriterion]:
        return [SearchCriterion(loaded.table.attributes[name], operator, loaded.threshold(name))]  # type: ignore[arg-type]

    return build


def _first_value(name: str, operator: str, transform: Callable[[Any], Any]) -> Case:
    def build(loaded: Loaded) -> list[SearchCriterion]:
        value = next(
            r.attributes[name].value for r in loaded.records if not r.attributes[name].is_empty()
        )
        return [SearchCriterion(loaded.table.attributes[name], operator, transform(value))]  # type: ignore[arg-type]

    return build


CASES: dict[str, Case] = {
    "point less than": _numeric("Density", "LESS_THAN"),
    "point greater than": _numeric("Density", "GREATER_THAN"),
    "point between": _between("Density"),
    "point exists": _on("Density", exists=True),
    "point not exists": _on("Density", exists=False),
    "multi-valued point less than": _numeric("Young's modulus", "LESS_THAN"),
    "multi-valued point greater than": _numeric("Young's modulus", "GREATER_THAN"),
    "multi-valued point between": _between("Young's modulus"),
    "range less than": _numeric("Yield strength", "LESS_THAN"),
    "range greater than": _numeric("Yield strength", "GREATER_THAN"),
    "range between": _between("Yield strength"),
    "range not exists": _on("Yield strength", exists=False),
    "integer less than": _numeric("Batch size", "LESS_THAN"),
    "integer greater than": _numeric("Batch size", "GREATER_THAN"),
    "integer between": _between("Batch size"),
    "integer equal": _first_value("Batch size", "EQUAL", lambda v: v),
    "date between": _on(
        "Test date", between_dates=(datetime.date(2021, 3, 1), datetime.date(2023, 8, 15))
    ),
    "date exists": _on("Test date", exists=True),
    "logical true": _on("RoHS compliant", contains=True),
    "logical false": _on("RoHS compliant", contains=False),
    "logical not exists": _on("RoHS compliant", exists=False),
    "short text contains": _first_value("Designation", "CONTAINS", lambda v: v[1:5].lower()),
    "short text contains two letters": _first_value("Designation", "CONTAINS", lambda v: v[:2]),
    "short text does not contain": _first_value("Designation", "NOT_CONTAINS", lambda v: v[:4]),
    "short text equal": _first_value("Designation", "EQUAL", lambda v: v),
    "long text contains": _on("Notes", contains="CORROSION"),
    "long text does not contain": _on("Notes", does_not_contain="machinability"),
    "hyperlink contains": _on("Supplier page", contains="example.com/alu"),
    "hyperlink does not contain": _on("Supplier page", does_not_contain="/steel"),
    "discrete contains": _on("Form", contains="Sheet"),
    "discrete contains any": _on("Form", contains_any=["Wire", "Tube"]),
    "discrete contains all": _on("Form", contains_all=["Bar", "Wire"]),
    "discrete does not contain": _on("Form", does_not_contain="Bar"),
    "file exists": _on("Datasheet", exists=True),
    "picture not exists": _on("Micrograph", exists=False),
    "functional exists": _on("Stress-strain", exists=True),
    "functional not exists": _on("Fatigue strength", exists=False),
    "tabular exists": _on("Heat treatment steps", exists=True),
    "tabular not exists": _on("Composition", exists=False),
    "two criteria": lambda loaded: [
        *_numeric("Density", "LESS_THAN")(loaded),
        *_on("Form", contains_any=["Sheet", "Plate"])(loaded),
    ],
    "three criteria": lambda loaded: [
        *_numeric("Yield strength", "GREATER_THAN")(loaded),
        *_on("RoHS compliant", contains=True)(loaded),
        *_on("Notes", does_not_contain="corrosion")(loaded),
    ],
}


@pytest.mark.parametrize("case", list(CASES))
def test_results_equal_a_brute_force_filter(session: Session, metals: Loaded, case: str) -> None:
    _check(session, metals, CASES[case](metals))


def test_most_cases_find_some_records_and_not_all(session: Session, metals: Loaded) -> None:
    sizes = [len(_expected(metals, build(metals))) for build in CASES.values()]
    assert sum(0 < n < len(metals.records) for n in sizes) >= len(CASES) - 6


@pytest.mark.parametrize("system", ["US Customary", "SI (Consistent)"])
def test_numbers_are_read_in_the_active_unit_system(session: Session, system: str) -> None:
    loaded = _load(session, "Metals", system)
    try:
        assert loaded.table.attributes["Young's modulus"].unit != "GPa"
        for case in ("point less than", "multi-valued point between", "range greater than"):
            _check(session, loaded, CASES[case](loaded))
        polymers = _load(session, "Polymers", system)
        criterion = _numeric("Glass transition temperature", "GREATER_THAN")(polymers)
        _check(session, polymers, criterion)
    finally:
        session.get_db(db_key="DEMO_MATERIALS").unit_system = "Metric"


def test_absolute_temperatures_apply_to_criteria(session: Session) -> None:
    db = session.get_db(db_key="DEMO_MATERIALS")
    db.absolute_temperatures = True
    try:
        polymers = _load(session, "Polymers", "Metric")
        assert polymers.table.attributes["Glass transition temperature"].unit == "K"
        _check(session, polymers, _between("Glass transition temperature")(polymers))
    finally:
        db.absolute_temperatures = False


def _all_records(session: Session) -> list[Record]:
    db = session.get_db(db_key="DEMO_MATERIALS")
    return [r for table in db.tables for r in table.all_records(include_folders=True)]


PROPERTY_CASES: dict[str, Callable[[list[Record]], SearchCriterion]] = {
    "name contains": lambda _: RecordProperties.name.search_criterion(contains="STEEL"),
    "short name equal": lambda rs: RecordProperties.short_name.search_criterion(
        equal_to=rs[7].short_name
    ),
    "created by": lambda _: RecordProperties.created_by.search_criterion(equal_to="admin"),
    "last modified by contains": lambda _: RecordProperties.last_modified_by.search_criterion(
        contains="rit"
    ),
    "created before": lambda rs: RecordProperties.created_on.search_criterion(
        less_than=sorted(r.created_on for r in rs)[len(rs) // 3].replace(tzinfo=None)
    ),
    "modified after": lambda rs: RecordProperties.last_modified_on.search_criterion(
        greater_than=sorted(r.last_modified_on for r in rs)[len(rs) // 2]
    ),
    "released between": lambda rs: SearchCriterion(
        RecordProperties.released_on,
        "BETWEEN",
        (
            datetime.datetime(2025, 1, 6, 12, tzinfo=datetime.UTC),
            datetime.datetime(2025, 1, 9, 12, 30, 15, 500_000, tzinfo=datetime.UTC),
        ),
    ),
    "never released": lambda _: RecordProperties.released_on.search_criterion(exists=False),
    "folders": lambda _: RecordProperties.type.search_criterion(equal_to=RecordType.Folder),
    "colour": lambda _: RecordProperties.color.search_criterion(
        contains_any=[RecordColor.InheritFromParent]
    ),
    "version number": lambda _: RecordProperties.version_number.search_criterion(equal_to=2),
    "unversioned": lambda _: RecordProperties.version_number.search_criterion(exists=False),
    "identity below": lambda rs: RecordProperties.history_identity.search_criterion(
        less_than=rs[len(rs) // 2].history_identity
    ),
    "parent name": lambda _: RecordProperties.parent_record_name.search_criterion(
        contains="alloys"
    ),
    "table name": lambda _: RecordProperties.table_name.search_criterion(equal_to="polymers"),
}


@pytest.mark.parametrize("case", list(PROPERTY_CASES))
def test_record_property_criteria_search_every_table(session: Session, case: str) -> None:
    records = _all_records(session)
    criterion = PROPERTY_CASES[case](records)
    db = session.get_db(db_key="DEMO_MATERIALS")
    log = log_requests(session)
    found = db.search_for_records_where([criterion])
    expected = {r.history_guid for r in records if meets(r, criterion)}
    assert {r.history_guid for r in found} == expected
    assert len(found) == len(expected)
    assert log.count("/criteria-search") == max(1, math.ceil(len(found) / MAX_PAGE))


def test_property_and_attribute_criteria_search_the_attributes_table(
    session: Session, metals: Loaded
) -> None:
    db = session.get_db(db_key="DEMO_MATERIALS")
    criteria = [
        RecordProperties.created_by.search_criterion(equal_to="writer"),
        *CASES["point less than"](metals),
    ]
    found = db.search_for_records_where(criteria)
    assert {r.table.name for r in found} == {"Metals"}
    assert {r.history_guid for r in found} == _expected(metals, criteria)


def test_no_results_is_an_empty_list(session: Session, metals: Loaded) -> None:
    density = metals.table.attributes["Density"]
    assert metals.table.search_for_records_where([density.search_criterion(less_than=-1.0)]) == []


def test_bad_criteria_fail_before_any_request(session: Session, metals: Loaded) -> None:
    db = session.get_db(db_key="DEMO_MATERIALS")
    polymers = db.get_table("Polymers")
    density = metals.table.attributes["Density"]
    log = log_requests(session)
    with pytest.raises(ValueError, match="empty"):
        metals.table.search_for_records_where([])
    with pytest.raises(ValueError, match="one table"):
        db.search_for_records_where(
            [
                density.search_criterion(less_than=3.0),
                polymers.attributes["Density"].search_criterion(exists=True),
            ]
        )
    with pytest.raises(ValueError, match="not of 'Polymers'"):
        polymers.search_for_records_where([density.search_criterion(less_than=3.0)])
    with pytest.raises(TypeError, match="SearchCriterion"):
        metals.table.search_for_records_where(["Density < 3"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match=r"'Form' \(DISC\); operators allowed"):
        metals.table.attributes["Form"].search_criterion(less_than=3)
    assert log.count("/criteria-search") == 0


def test_unknown_attributes_raise_key_error_unless_silent(session: Session, metals: Loaded) -> None:
    model = DefinitionModel.from_dict(
        {
            "guid": "00000000-0000-4000-8000-000000000001",
            "name": "Hardness",
            "type": "point",
            "typeCode": "POIN",
            "order": 99,
            "unit": "HV",
            "databaseUnit": "HV",
            "tableGuid": metals.table.guid,
        }
    )
    hardness = definition_from_model(model, metals.table).search_criterion(greater_than=100.0)
    density = CASES["point less than"](metals)
    with pytest.raises(KeyError, match="Hardness"):
        metals.table.search_for_records_where([hardness, *density])
    found = metals.table.search_for_records_where([hardness, *density], silent=True)
    assert {r.history_guid for r in found} == _expected(metals, density)
    db = session.get_db(db_key="DEMO_MATERIALS")
    assert {r.history_guid for r in db.search_for_records_where([hardness, *density])} == {
        r.history_guid for r in found
    }
    assert metals.table.search_for_records_where([hardness], silent=True) == []


def test_property_values_of_listed_records_match_the_server(session: Session) -> None:
    records = _all_records(session)
    assert all(property_value(r, "created_on") is not None for r in records)
