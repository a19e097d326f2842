"""Resolve bodies built from wire dicts are the bodies the generated models would send."""

from __future__ import annotations

import uuid

from facade._ops.wire_references import resolve_request, wire_references
from generated.models.record_reference import RecordReference
from generated.types import UNSET


def test_wire_dicts_send_the_same_body_as_models() -> None:
    keys = ["DEMO_MATERIALS", "DEMO_PROCESSES", "DEMO_MATERIALS"]
    guids: list[str | None] = [str(uuid.uuid4()), None, str(uuid.uuid4())]
    models = [
        RecordReference(database_key=k, version_guid=g or UNSET)
        for k, g in zip(keys, guids, strict=True)
    ]
    wire = wire_references(keys, guids, field="versionGuid")
    for strict in (True, False):
        assert resolve_request(wire, strict).to_dict() == resolve_request(models, strict).to_dict()
    assert resolve_request(wire, True).to_dict()["references"][1] == {
        "databaseKey": "DEMO_PROCESSES"
    }
