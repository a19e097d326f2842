"""The contract, read once at start-up: operations with their parameters and body validators.

Everything the app needs per request is compiled here (jsonschema Draft 2020-12 validators
with ``$ref``s resolved into the spec's components), so no request walks the spec. JSON bodies
also get a compiled ``jsonschema_rs`` check: a valid body (the usual case) is accepted by it
in microseconds, and only a body it rejects goes through jsonschema for the error details
(the pure-Python validator costs ~0.2 ms per record reference of a batch).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_ENV = "SERVICELAYER_SPEC"
SPEC_URI = "urn:servicelayer:spec"
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def contract_file(name: str) -> Path:
    """A contract file by name: the copy installed with the package, else the checkout's.

    A built wheel carries the contract in ``server/_openapi/`` (copied there by the build);
    in a checkout (and an editable install) it is ``openapi/<name>`` beside ``server/``.
    """
    package_dir = Path(str(resources.files("server")))
    installed = package_dir / "_openapi" / name
    if installed.is_file():
        return installed
    return package_dir.parent / "openapi" / name


def spec_path() -> Path:
    """Where the contract lives: ``$SERVICELAYER_SPEC``, else :func:`contract_file`."""
    override = os.environ.get(SPEC_ENV)
    if override:
        return Path(override)
    return contract_file("servicelayer.yaml")


@cache
def load_spec() -> dict[str, Any]:
    """The parsed contract (cached: it is read once per process)."""
    with spec_path().open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


@dataclass(slots=True)
class Parameter:
    """One path, query or header parameter with its compiled schema validator."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    validator: Draft202012Validator
    kind: str  # the JSON type strings convert to: string, integer, number or boolean
    default: Any = None


@dataclass(slots=True)
class Operation:
    """One operation of the contract, ready for routing and validation."""

    operation_id: str
    method: str
    path: str
    public: bool
    parameters: list[Parameter]
    body_required: bool
    body_media: str | None
    body_validator: Draft202012Validator | None
    max_batch: bool
    body_accepts: Callable[[Any], bool] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def starlette_path(self) -> str:
        return self.path


def _registry(spec: dict[str, Any]) -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` (parameters, request bodies) to its target."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _absolute_refs(schema: Any) -> Any:
    """Point ``#/components/...`` refs at the registered spec so a sub-schema validates alone."""
    if isinstance(schema, dict):
        return {
            key: (
                SPEC_URI + value
                if key == "$ref" and value.startswith("#")
                else _absolute_refs(value)
            )
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_absolute_refs(item) for item in schema]
    return schema


def _schema_kind(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    schema = _resolve(spec, schema)
    kind = schema.get("type", "string")
    return kind if isinstance(kind, str) else "string"


def _validator(schema: dict[str, Any], registry: Registry[Any]) -> Draft202012Validator:
    return Draft202012Validator(
        _absolute_refs(schema),
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def _fast_check(schema: dict[str, Any], spec: dict[str, Any]) -> Callable[[Any], bool]:
    """A compiled ``is_valid`` for ``schema`` whose ``#/components/...`` refs point into ``spec``."""
    document = {**schema, "components": spec.get("components", {})}
    validator = jsonschema_rs.validator_for(document, validate_formats=True)
    return validator.is_valid


def compile_operations(spec: dict[str, Any] | None = None) -> list[Operation]:
    """Every operation of the contract with compiled validators, in spec order."""
    spec = spec if spec is not None else load_spec()
    registry = _registry(spec)
    operations: list[Operation] = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in _HTTP_METHODS:
            op = item.get(method)
            if not op:
                continue
            params: list[Parameter] = []
            for raw in [*shared, *op.get("parameters", [])]:
                param = _resolve(spec, raw)
                schema = param.get("schema", {"type": "string"})
                params.append(
                    Parameter(
                        name=param["name"],
                        location=param["in"],
                        required=bool(param.get("required", False)),
                        schema=schema,
                        validator=_validator(schema, registry),
                        kind=_schema_kind(spec, schema),
                        default=_resolve(spec, schema).get("default"),
                    )
                )
            body = _resolve(spec, op["requestBody"]) if "requestBody" in op else None
            media = next(iter(body["content"])) if body else None
            body_validator = None
            body_accepts = None
            if body and media == "application/json":
                body_schema = body["content"][media]["schema"]
                body_validator = _validator(body_schema, registry)
                body_accepts = _fast_check(body_schema, spec)
            operations.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    public=op.get("security", spec.get("security")) == [],
                    parameters=params,
                    body_required=bool(body and body.get("required", False)),
                    body_media=media,
                    body_validator=body_validator,
                    max_batch="x-max-batch-size" in op,
                    body_accepts=body_accepts,
                )
            )
    return operations


_POINTER_ESCAPE = re.compile(r"[~/]")


def json_pointer(parts: Any) -> str:
    """RFC 6901 pointer from a jsonschema error path."""
    return "".join(
        "/" + _POINTER_ESCAPE.sub(lambda m: "~0" if m.group() == "~" else "~1", str(part))
        for part in parts
    )
