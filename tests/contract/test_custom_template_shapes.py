"""The custom templates on property shapes the contract does not use yet.

``data/template_shapes.yaml`` holds dates, UUIDs, numbers, booleans, integer enums, unions of
a date or a list with null, an integer enum before plain types, an enum before a model, a
const-typed union inside a list and beside null, a union whose second variant has no const, a
model without additional properties and models with typed additional properties. Both clients
(the generator's own templates and ``openapi/templates/``) are generated from it; the
examples and their damaged copies must parse alike, so that a later change of the contract
cannot meet a shape the templates get wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from .template_comparison import (
    as_dict,
    differences,
    from_example,
    generate,
    imported_models,
    shape,
)

SHAPES = Path(__file__).with_name("data") / "template_shapes.yaml"
EXAMPLES: list[tuple[str, dict[str, Any]]] = [
    (name, body["content"]["application/json"]["example"])
    for name, body in [
        ("request", yaml.safe_load(SHAPES.read_text())["paths"]["/shapes"]["post"]["requestBody"]),
        (
            "response",
            yaml.safe_load(SHAPES.read_text())["paths"]["/shapes"]["post"]["responses"]["200"],
        ),
    ]
]


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, ModuleType]]:
    """(custom, default): the shapes client generated with and without the templates."""
    folder = tmp_path_factory.mktemp("template-shapes")
    generate(SHAPES, folder / "custom", custom_templates=True)
    generate(SHAPES, folder / "default", custom_templates=False)
    with (
        imported_models("shapes_with_custom_templates", folder / "custom") as custom,
        imported_models("shapes_with_default_templates", folder / "default") as default,
    ):
        yield custom, default


@pytest.mark.parametrize(("where", "example"), EXAMPLES, ids=[w for w, _ in EXAMPLES])
def test_examples_parse_alike(
    both: tuple[ModuleType, ModuleType], where: str, example: dict[str, Any]
) -> None:
    custom, default = both
    mine = from_example(custom, "Everything", example)
    theirs = from_example(default, "Everything", example)
    assert as_dict(mine) == as_dict(theirs)
    assert shape(mine) == shape(theirs)


@pytest.mark.parametrize(("where", "example"), EXAMPLES, ids=[w for w, _ in EXAMPLES])
def test_damaged_examples_parse_alike(
    both: tuple[ModuleType, ModuleType], where: str, example: dict[str, Any]
) -> None:
    custom, default = both
    found = differences(custom, default, "Everything", example)
    assert not found, f"{where}:\n" + "\n".join(found[:15])
