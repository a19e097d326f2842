"""Generating a client with or without ``openapi/templates/`` and comparing what each parses.

Shared by ``test_custom_templates.py`` (the contract) and ``test_custom_template_shapes.py``
(property shapes the contract does not use yet).
"""

from __future__ import annotations

import copy
import datetime
import enum
import importlib
import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "openapi" / "templates"
BIN = Path(sys.executable).parent


def generate(spec: Path, out: Path, *, custom_templates: bool) -> None:
    """Generate a client package into ``out`` as ``make generate`` does (templates optional)."""
    command = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--meta",
        "none",
        "--config",
        str(ROOT / "openapi" / "generator.yml"),
        "--fail-on-warning",
        "--output-path",
        str(out),
    ]
    if custom_templates:
        command[-2:-2] = ["--custom-template-path", str(TEMPLATES)]
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@contextmanager
def imported_models(package: str, folder: Path) -> Iterator[ModuleType]:
    """The ``models`` module of the generated package in ``folder``, imported as ``package``."""
    spec = importlib.util.spec_from_file_location(
        package, folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[package] = module
    try:
        spec.loader.exec_module(module)
        yield importlib.import_module(f"{package}.models")
    finally:
        for name in [n for n in sys.modules if n.split(".")[0] == package]:
            del sys.modules[name]


def shape(value: object) -> object:
    """A plain description of a parsed value, the same for both packages when they agree."""
    if attrs.has(type(value)):
        fields = {f.name: shape(getattr(value, f.name)) for f in attrs.fields(type(value))}
        return (type(value).__name__, fields)
    if isinstance(value, enum.Enum):
        return (type(value).__name__, value.value)
    if type(value).__name__ == "Unset":
        return "UNSET"
    if isinstance(value, list):
        return [shape(item) for item in value]
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, datetime.datetime | datetime.date):
        return (type(value).__name__, value.isoformat())
    return (type(value).__name__, value)


def from_example(models: ModuleType, name: str, data: object) -> Any:
    """``from_dict`` of a model; an enum schema's example is looked up as a member."""
    kind = getattr(models, name)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(data)
    return kind.from_dict(copy.deepcopy(data))


def as_dict(parsed: Any) -> object:
    """``to_dict()`` of a model (its keys in order), the value of an enum member.

    The order counts: it is the order of the JSON a request body is encoded to.
    """
    return parsed.value if isinstance(parsed, enum.Enum) else _ordered(parsed.to_dict())


def _ordered(value: object) -> object:
    """Dicts as lists of (key, value) pairs, so that comparing them compares their order too."""
    if isinstance(value, dict):
        return [(key, _ordered(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [_ordered(item) for item in value]
    return value


def parse(models: ModuleType, name: str, data: object) -> tuple[str, object]:
    """("ok", shape and to_dict) or ("raised", exception class name)."""
    try:
        parsed = from_example(models, name, data)
    except Exception as error:
        return ("raised", type(error).__name__)
    return ("ok", (shape(parsed), as_dict(parsed)))


def damaged(example: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Copies of a body with one thing wrong, top level and one level down."""
    yield "an unknown key", {**example, "someFutureKey": {"nested": [1, 2]}}
    for key, value in example.items():
        yield f"{key} missing", {k: v for k, v in example.items() if k != key}
        for label, other in [
            ("null", None),
            ("a number", 7),
            ("a fraction", 0.5),
            ("a boolean", True),
            ("a string", "not-a-known-value"),
            ("a list", [1]),
            ("an object", {"type": "matrix"}),
        ]:
            yield f"{key} as {label}", {**example, key: other}
        if isinstance(value, dict):
            for inner, broken in damaged(value):
                yield f"{key}: {inner}", {**example, key: broken}
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for inner, broken in list(damaged(value[0]))[:40]:
                yield f"{key}[0]: {inner}", {**example, key: [broken, *value[1:]]}


def differences(
    custom: ModuleType, default: ModuleType, model: str, example: dict[str, Any]
) -> list[str]:
    """How the two packages disagree on damaged copies of ``example`` (empty: never)."""
    found = []
    for label, broken in damaged(example):
        mine = parse(custom, model, broken)
        theirs = parse(default, model, broken)
        if mine != theirs:
            found.append(
                f"{label}: custom {mine[0]} {mine[1]!r:.200}, default {theirs[0]} {theirs[1]!r:.200}"
            )
    return found
