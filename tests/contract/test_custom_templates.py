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

import copy
import datetime
import enum
import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
import yaml

from generated import models as custom_models

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "servicelayer.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
BIN = Path(sys.executable).parent
DEFAULT_PACKAGE = "generated_with_default_templates"


@pytest.fixture(scope="module")
def default_models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The client generated from the same spec with the generator's own templates."""
    out = tmp_path_factory.mktemp("default-templates") / "generated"
    command = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(SPEC_PATH),
        "--meta",
        "none",
        "--config",
        str(ROOT / "openapi" / "generator.yml"),
        "--fail-on-warning",
        "--output-path",
        str(out),
    ]
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    spec = importlib.util.spec_from_file_location(
        DEFAULT_PACKAGE, out / "__init__.py", submodule_search_locations=[str(out)]
    )
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[DEFAULT_PACKAGE] = package
    spec.loader.exec_module(package)
    try:
        yield importlib.import_module(f"{DEFAULT_PACKAGE}.models")
    finally:
        for name in [n for n in sys.modules if n.split(".")[0] == DEFAULT_PACKAGE]:
            del sys.modules[name]


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


# --- comparing what both clients make of a value ---------------------------------------------


def _shape(value: object) -> object:
    """A plain description of a parsed value, the same for both packages when they agree."""
    if attrs.has(type(value)):
        fields = {f.name: _shape(getattr(value, f.name)) for f in attrs.fields(type(value))}
        return (type(value).__name__, fields)
    if isinstance(value, enum.Enum):
        return (type(value).__name__, value.value)
    if type(value).__name__ == "Unset":
        return "UNSET"
    if isinstance(value, list):
        return [_shape(item) for item in value]
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, datetime.datetime | datetime.date):
        return (type(value).__name__, value.isoformat())
    return (type(value).__name__, value)


def _from_example(models: ModuleType, name: str, data: object) -> Any:
    """``from_dict`` of a model; an enum schema's example is looked up as a member."""
    kind = getattr(models, name)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(data)
    return kind.from_dict(copy.deepcopy(data))


def _as_dict(parsed: Any) -> object:
    return parsed.value if isinstance(parsed, enum.Enum) else parsed.to_dict()


def _parse(models: ModuleType, name: str, data: object) -> tuple[str, object]:
    """("ok", shape and to_dict) or ("raised", exception class name)."""
    try:
        parsed = _from_example(models, name, data)
    except Exception as error:
        return ("raised", type(error).__name__)
    return ("ok", (_shape(parsed), _as_dict(parsed)))


@pytest.mark.parametrize(
    ("where", "model", "example"), MODEL_EXAMPLES, ids=[w for w, _, _ in MODEL_EXAMPLES]
)
def test_both_templates_parse_the_example_alike(
    default_models: ModuleType, where: str, model: str, example: Any
) -> None:
    custom = _from_example(custom_models, model, example)
    default = _from_example(default_models, model, example)
    assert _as_dict(custom) == _as_dict(default), where
    assert _shape(custom) == _shape(default), where


def _damaged(example: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Copies of a body with one thing wrong, top level and one level down."""
    yield "an unknown key", {**example, "someFutureKey": {"nested": [1, 2]}}
    for key, value in example.items():
        yield f"{key} missing", {k: v for k, v in example.items() if k != key}
        for label, other in [
            ("null", None),
            ("a number", 7),
            ("a string", "not-a-known-value"),
            ("a list", [1]),
            ("an object", {"type": "matrix"}),
        ]:
            yield f"{key} as {label}", {**example, key: other}
        if isinstance(value, dict):
            for inner, damaged in _damaged(value):
                yield f"{key}: {inner}", {**example, key: damaged}
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for inner, damaged in list(_damaged(value[0]))[:40]:
                yield f"{key}[0]: {inner}", {**example, key: [damaged, *value[1:]]}


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
    differences = []
    for label, damaged in _damaged(example):
        custom = _parse(custom_models, model, damaged)
        default = _parse(default_models, model, damaged)
        if custom != default:
            differences.append(
                f"{label}: custom {custom[0]} {custom[1]!r:.200}, default "
                f"{default[0]} {default[1]!r:.200}"
            )
    assert not differences, f"{where}:\n" + "\n".join(differences[:10])


def test_every_attribute_value_variant_parses_alike(default_models: ModuleType) -> None:
    """The value union is parsed by its ``type`` in the custom templates: each variant alike."""
    export = SPEC["paths"]["/api/v1/records/export"]["post"]["responses"]["200"]
    values = export["content"]["application/json"]["example"]["results"][0]["attributes"]
    assert len(values) >= 10
    for value in values:
        body = {"status": "ok", "record": None, "attributes": [value], "links": [], "error": None}
        for variant in (value, {**value, "type": "matrix"}, {**value, "value": "?"}):
            body["attributes"] = [variant]
            custom = _parse(custom_models, "ExportResult", body)
            default = _parse(default_models, "ExportResult", body)
            assert custom == default, variant
