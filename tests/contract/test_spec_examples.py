"""Every example in the contract survives a trip through the generated models."""

from __future__ import annotations

import importlib
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from generated import models

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "servicelayer.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())


def _schema_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if ref else None


def _body_examples() -> list[tuple[str, str, Any]]:
    found: list[tuple[str, str, Any]] = []
    for _path, item in SPEC["paths"].items():
        for _method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            bodies = [("request", op.get("requestBody", {}).get("content", {}))]
            for status, response in op.get("responses", {}).items():
                if "$ref" in response:
                    response = SPEC["components"]["responses"][_schema_name(response)]
                bodies.append((status, response.get("content", {})))
            for where, content in bodies:
                for media, spec in content.items():
                    schema = _schema_name(spec.get("schema", {}))
                    if schema and "example" in spec and media.endswith("json"):
                        found.append(
                            (f"{op['operationId']} {where} {schema}", schema, spec["example"])
                        )
    return found


EXAMPLES = _body_examples()


def _model(schema_name: str) -> Any:
    return getattr(models, schema_name)


def _normalised(value: Any) -> Any:
    """Timestamps compare by instant, not spelling ('Z' and '+00:00' are the same)."""
    if isinstance(value, dict):
        return {k: _normalised(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalised(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[10:11] == "T":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


@pytest.mark.parametrize(("label", "schema", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_round_trips_through_generated_model(label: str, schema: str, example: Any) -> None:
    model = _model(schema)
    parsed = model.from_dict(example)
    assert _normalised(parsed.to_dict()) == _normalised(example), (
        f"{label}: the generated model lost or changed data"
    )


def test_every_operation_has_examples_for_its_json_bodies() -> None:
    missing = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            content = op.get("requestBody", {}).get("content", {})
            missing += [
                f"{method.upper()} {path} request" for m, s in content.items() if "example" not in s
            ]
            for status, response in op["responses"].items():
                if "$ref" in response:
                    response = SPEC["components"]["responses"][_schema_name(response)]
                for media, spec in response.get("content", {}).items():
                    if "example" not in spec:
                        missing.append(f"{method.upper()} {path} {status} {media}")
    assert not missing, missing


VARIANTS = {
    "point": "PointValue",
    "range": "RangeValue",
    "discrete": "DiscreteValue",
    "integer": "IntegerValue",
    "logical": "LogicalValue",
    "date": "DateValue",
    "shortText": "ShortTextValue",
    "longText": "LongTextValue",
    "hyperlink": "HyperlinkValue",
    "file": "FileValue",
    "picture": "PictureValue",
    "functionalSeriesPoint": "FunctionalSeriesPointValue",
    "functionalSeriesRange": "FunctionalSeriesRangeValue",
    "functionalGridPoint": "FunctionalGridPointValue",
    "functionalGridRange": "FunctionalGridRangeValue",
    "tabular": "TabularValue",
}


def _attribute_value_examples() -> list[dict[str, Any]]:
    export = SPEC["paths"]["/api/v1/records/export"]["post"]["responses"]["200"]
    return list(export["content"]["application/json"]["example"]["results"][0]["attributes"])


def test_examples_cover_every_attribute_value_variant() -> None:
    assert {value["type"] for value in _attribute_value_examples()} == set(VARIANTS)


@pytest.mark.parametrize("value", _attribute_value_examples(), ids=lambda v: v["type"])
def test_each_attribute_value_parses_to_its_own_variant(value: dict[str, Any]) -> None:
    result = models.ExportResult.from_dict(
        {"status": "ok", "record": None, "attributes": [value], "links": [], "error": None}
    )
    parsed = result.attributes[0]
    assert type(parsed).__name__ == VARIANTS[value["type"]]
    assert parsed.to_dict() == value


def test_a_wrong_variant_type_is_rejected() -> None:
    with pytest.raises((TypeError, ValueError)):
        models.ExportResult.from_dict(
            {
                "status": "ok",
                "record": None,
                "attributes": [{"type": "matrix", "attribute": "X", "value": 1}],
                "links": [],
                "error": None,
            }
        )


def test_open_enums_keep_unknown_values_readable() -> None:
    example = SPEC["paths"]["/api/v1/databases/{databaseKey}/record-versions/{versionGuid}"]["get"]
    body = dict(example["responses"]["200"]["content"]["application/json"]["example"])
    body["releaseState"] = "archived"
    body["futureField"] = {"nested": True}
    parsed = models.Record.from_dict(body)
    assert parsed.release_state == "archived"
    assert parsed.to_dict()["futureField"] == {"nested": True}


def test_generated_package_imports_every_operation_module() -> None:
    for _path, item in SPEC["paths"].items():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                tag = op["tags"][0]
                importlib.import_module(f"generated.api.{tag}.{op['operationId']}")
