"""What the custom templates' faster paths keep: the behaviour of the generator's own code.

``test_custom_templates.py`` compares both clients on every example of the contract; these
tests cover what examples cannot show: a subclass's own ``__init__``, a fresh dict of
additional properties per instance, the bytes of a JSON request body, and that every name a
generated module binds once for its ``from_dict`` is defined in that module.
"""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path
from typing import Any

import httpx
import pytest

from generated import Client
from generated.api.batch import resolve_records
from generated.models.record import Record
from generated.models.record_reference import RecordReference
from generated.models.resolve_request import ResolveRequest
from generated.models.resolve_response import ResolveResponse
from generated.types import encode_json_body

GENERATED = Path(__file__).resolve().parents[2] / "generated"

RECORD: dict[str, Any] = {
    "historyGuid": "bdd640fb-0667-4ad1-9c80-000000000005",
    "versionGuid": "23b8c1e9-3924-46de-beb1-000000000005",
    "historyIdentity": 6,
    "versionNumber": 1,
    "name": "Aluminium 1050-H32 (Ø 5 µm)",
    "shortName": "Al 1050-H32",
    "type": "record",
    "color": "inheritFromParent",
    "parentHistoryGuid": None,
    "tableGuid": "972a8469-1641-4f82-8b9d-000000000000",
    "tableName": "Metals",
    "databaseKey": "DEMO_MATERIALS",
    "releaseState": "released",
    "createdAt": "2025-01-06T08:20:00Z",
    "createdBy": "writer",
    "lastModifiedAt": "2025-01-06T09:20:00Z",
    "lastModifiedBy": "writer",
}


def test_a_subclass_is_built_through_its_own_init() -> None:
    class Tagged(Record):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.additional_properties["tagged"] = True

    parsed = Tagged.from_dict(RECORD)

    assert type(parsed) is Tagged
    assert parsed.additional_properties == {"tagged": True}
    assert parsed.name == RECORD["name"]


def test_the_class_itself_is_built_as_its_init_builds_it() -> None:
    parsed = Record.from_dict(RECORD)
    by_init = Record(
        **{
            name: getattr(parsed, name)
            for name in (
                "history_guid",
                "version_guid",
                "history_identity",
                "version_number",
                "name",
                "short_name",
                "type_",
                "color",
                "parent_history_guid",
                "table_guid",
                "table_name",
                "database_key",
                "release_state",
                "created_at",
                "created_by",
                "last_modified_at",
                "last_modified_by",
                "released_at",
            )
        }
    )
    assert parsed == by_init
    assert Record.from_dict(parsed.to_dict()) == parsed


def test_each_instance_has_its_own_dict_of_additional_properties() -> None:
    first, second = Record.from_dict(RECORD), Record.from_dict(RECORD)
    first["note"] = "kept"

    assert first.additional_properties == {"note": "kept"}
    assert second.additional_properties == {}
    assert first.additional_properties is not second.additional_properties
    assert next(iter(first.to_dict())) == "note"  # additional properties first, as before


def test_a_property_wins_over_an_additional_property_of_the_same_name() -> None:
    reference = RecordReference(database_key="DB", version_guid="v")
    reference.additional_properties.update({"extra": 1, "databaseKey": "stale"})

    assert list(reference.to_dict().items()) == [
        ("extra", 1),
        ("databaseKey", "DB"),
        ("versionGuid", "v"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        {"references": [{"databaseKey": "DB", "versionGuid": "v"}], "strictVersion": True},
        {"name": "Ø µ \u2013 材料", "nested": [1, 2.5, None, {"a": False}]},
        {},
    ],
)
def test_a_json_body_is_the_bytes_httpx_sends(body: dict[str, Any]) -> None:
    kwargs = encode_json_body({"method": "post", "url": "/x", "json": body, "headers": {}})
    encoded = httpx.Request("POST", "http://h/x", content=kwargs["content"])
    expected = httpx.Request("POST", "http://h/x", json=body)

    assert "json" not in kwargs
    assert encoded.content == expected.content
    assert encoded.headers["Content-Length"] == expected.headers["Content-Length"]
    assert json.loads(encoded.content) == body


def test_no_json_body_is_left_alone() -> None:
    assert encode_json_body({"method": "get", "url": "/x"}) == {"method": "get", "url": "/x"}
    assert encode_json_body({"method": "post", "url": "/x", "json": None}) == {
        "method": "post",
        "url": "/x",
    }


def test_a_body_httpx_refuses_is_refused_alike() -> None:
    with pytest.raises(ValueError):
        httpx.Request("POST", "http://h/x", json={"value": math.nan})
    with pytest.raises(ValueError):
        encode_json_body({"json": {"value": math.nan}})


def test_the_endpoint_sends_what_json_would_send() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"results": [RECORD, None]})

    client = Client(base_url="http://h")
    client.set_httpx_client(
        httpx.Client(base_url="http://h", transport=httpx.MockTransport(answer))
    )
    body = ResolveRequest(
        references=[RecordReference(database_key="DB", version_guid="v")], strict_version=True
    )

    response = resolve_records.sync_detailed(client=client, body=body, idempotency_key="k")

    expected = httpx.Request("POST", "http://h/api/v1/records/resolve", json=body.to_dict())
    assert sent[0].content == expected.content
    assert sent[0].headers["Content-Type"] == "application/json"
    assert sent[0].headers["Content-Length"] == str(len(expected.content))
    assert isinstance(response.parsed, ResolveResponse)
    assert response.parsed.results == [Record.from_dict(RECORD), None]


def _module_bindings(tree: ast.Module) -> set[str]:
    return {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def test_every_name_bound_for_from_dict_is_defined_in_its_module() -> None:
    """An enum value map, ``_fromisoformat`` or ``_new_instance`` used but not bound would
    fail only when a body reaches that line: check every generated module up front."""
    used_somewhere = set()
    for path in sorted(GENERATED.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        used = {
            node.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Name)
            and isinstance(node.ctx, ast.Load)
            and (
                node.id in ("_fromisoformat", "_new_instance")
                or (node.id.startswith("_") and node.id.endswith("_VALUES"))
            )
        }
        missing = used - _module_bindings(tree)
        assert not missing, f"{path.relative_to(GENERATED)} uses {sorted(missing)} undefined"
        used_somewhere |= used
    assert {"_fromisoformat", "_new_instance", "_RECORD_TYPE_KNOWN_VALUES"} <= used_somewhere


def _generated_model_classes() -> list[type]:
    import generated.models as models

    return [
        value
        for value in vars(models).values()
        if isinstance(value, type) and hasattr(value, "from_dict") and hasattr(value, "to_dict")
    ]


def test_no_model_imports_anything_per_call() -> None:
    """Models that refer to others import them once, not in every from_dict/to_dict call."""
    import dis

    with_imports = [
        f"{cls.__name__}.{method}"
        for cls in _generated_model_classes()
        for method in ("from_dict", "to_dict")
        if any(
            instruction.opname == "IMPORT_NAME"
            for instruction in dis.get_instructions(getattr(cls, method))
        )
    ]
    assert with_imports == []


def test_models_that_refer_back_to_each_other_load_from_a_fresh_interpreter() -> None:
    """The first from_dict imports the models it needs, in a process that imported none."""
    import subprocess
    import sys

    script = (
        "import json, sys\n"
        "from generated.models.export_result import ExportResult\n"
        "assert 'generated.models.point_value' not in sys.modules\n"
        "data = json.loads(sys.argv[1])\n"
        "result = ExportResult.from_dict(data)\n"
        "assert type(result.attributes[0]).__name__ == 'PointValue', result.attributes\n"
        "assert result.to_dict()['attributes'] == data['attributes'], result.to_dict()\n"
        "print('ok')\n"
    )
    data = {
        "status": "ok",
        "record": RECORD,
        "attributes": [
            {
                "type": "point",
                "attribute": "Density",
                "values": [{"value": 2.7}],
                "unit": "g/cm^3",
            }
        ],
        "links": [],
        "error": None,
    }
    done = subprocess.run(
        [sys.executable, "-c", script, json.dumps(data)],
        capture_output=True,
        text=True,
        cwd=GENERATED.parent,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
