"""The checked-in generator templates (``openapi/templates/``) change speed, never results.

The client is generated a second time with openapi-python-client's own templates into a
temporary folder and imported under another name. Every example in the contract (request and
response bodies, shared responses, schema examples) is parsed by both clients' models: the
``to_dict()`` of both must be equal, and so must the parsed objects themselves (class names,
field values, enum members, additional properties), so that a value the default models keep as
a raw dict cannot pass as a parsed model. Damaged copies of the examples (a key missing, an
unknown key, a value of another type, an unknown enum value) must give the same object or the
same exception class from both.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from generated import models as custom_models

from .template_comparison import (
    ROOT,
    as_dict,
    differences,
    from_example,
    generate,
    imported_models,
    parse,
    shape,
)

SPEC_PATH = ROOT / "openapi" / "servicelayer.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())


@pytest.fixture(scope="module")
def default_models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The client generated from the same spec with the generator's own templates."""
    out: Path = tmp_path_factory.mktemp("default-templates") / "generated"
    generate(SPEC_PATH, out, custom_templates=False)
    with imported_models("generated_with_default_templates", out) as models:
        yield models


# --- every example of the contract, with the schema it is an example of ----------------------


def _ref_name(schema: object) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    return None


def _examples_of(holder: dict[str, Any]) -> list[tuple[str, Any]]:
    """``example`` and every ``examples`` entry (OpenAPI's named ones or JSON Schema's list)."""
    found: list[tuple[str, Any]] = []
    if "example" in holder:
        found.append(("example", holder["example"]))
    examples = holder.get("examples")
    if isinstance(examples, dict):
        for name, entry in examples.items():
            if isinstance(entry, dict) and "$ref" in entry:
                entry = SPEC["components"]["examples"][_ref_name(entry)]
            found.append((f"examples/{name}", entry["value"]))
    elif isinstance(examples, list):
        found += [(f"examples[{i}]", value) for i, value in enumerate(examples)]
    return found


def _all_examples() -> list[tuple[str, dict[str, Any] | None, Any]]:
    """(where, schema, example) for every example anywhere in the contract."""
    found: list[tuple[str, dict[str, Any] | None, Any]] = []

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            # A media type or a parameter gives its examples beside its schema; a schema
            # carries its own.
            schema = node["schema"] if isinstance(node.get("schema"), dict) else node
            for label, example in _examples_of(node):
                found.append((f"{where}/{label}", schema, example))
            for key, value in node.items():
                if key not in ("example", "examples"):
                    walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(SPEC["paths"], "paths")
    walk(SPEC["components"], "components")
    return found


EXAMPLES = _all_examples()


def _model_name(schema: dict[str, Any] | None) -> str | None:
    """The generated model class for a schema, when there is one."""
    name = _ref_name(schema)
    if name is None and schema is not None:
        for component, candidate in SPEC["components"]["schemas"].items():
            if candidate is schema:
                name = component
    if name is None:
        return None
    return name if hasattr(custom_models, name) else None


MODEL_EXAMPLES = [(where, _model_name(s), e) for where, s, e in EXAMPLES if _model_name(s)]


def test_the_contract_has_examples_of_models() -> None:
    assert len(MODEL_EXAMPLES) >= 40, [where for where, _, _ in MODEL_EXAMPLES]


def test_every_example_not_compared_is_of_a_schema_without_a_model() -> None:
    """Examples of plain strings, numbers and parameters have no model to parse them with."""
    for where, schema, example in EXAMPLES:
        if _model_name(schema) is not None:
            continue
        resolved = schema
        name = _ref_name(schema)
        if name is not None:
            resolved = SPEC["components"]["schemas"][name]
        assert resolved is not None, f"{where}: an example without a schema"
        assert "properties" not in resolved and resolved.get("type") != "object", (
            f"{where}: an object example that no model parses"
        )
        assert not isinstance(example, dict), f"{where}: an object example that no model parses"


# --- comparing what both clients make of each example ----------------------------------------


@pytest.mark.parametrize(
    ("where", "model", "example"), MODEL_EXAMPLES, ids=[w for w, _, _ in MODEL_EXAMPLES]
)
def test_both_templates_parse_the_example_alike(
    default_models: ModuleType, where: str, model: str, example: Any
) -> None:
    custom = from_example(custom_models, model, example)
    default = from_example(default_models, model, example)
    assert as_dict(custom) == as_dict(default), where
    assert shape(custom) == shape(default), where


def _damageable() -> list[tuple[str, str, dict[str, Any]]]:
    seen: set[str] = set()
    chosen = []
    for where, model, example in MODEL_EXAMPLES:
        if isinstance(example, dict) and model is not None:
            key = f"{model} {sorted(example)}"
            if key not in seen:
                seen.add(key)
                chosen.append((where, model, example))
    return chosen


@pytest.mark.parametrize(
    ("where", "model", "example"), _damageable(), ids=[w for w, _, _ in _damageable()]
)
def test_both_templates_treat_damaged_examples_alike(
    default_models: ModuleType, where: str, model: str, example: dict[str, Any]
) -> None:
    found = differences(custom_models, default_models, model, example)
    assert not found, f"{where}:\n" + "\n".join(found[:10])


def test_every_attribute_value_variant_parses_alike(default_models: ModuleType) -> None:
    """The value union is parsed by its ``type`` in the custom templates: each variant alike."""
    export = SPEC["paths"]["/api/v1/records/export"]["post"]["responses"]["200"]
    values = export["content"]["application/json"]["example"]["results"][0]["attributes"]
    assert len(values) >= 10
    for value in values:
        body = {"status": "ok", "record": None, "attributes": [value], "links": [], "error": None}
        for variant in (value, {**value, "type": "matrix"}, {**value, "value": "?"}):
            body["attributes"] = [variant]
            custom = parse(custom_models, "ExportResult", body)
            default = parse(default_models, "ExportResult", body)
            assert custom == default, variant
