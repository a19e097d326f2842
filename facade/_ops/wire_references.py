"""Resolve requests built from references already in wire form.

A record list of 100,000 lines would otherwise become 100,000 ``RecordReference`` models,
each turned straight back into the dict the contract sends. ``resolve_request`` takes either
models or those dicts; the call still goes through the generated ``resolve_records``, which
sends exactly the same body.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, overload

from generated import models

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.record_reference import RecordReference
    from generated.models.resolve_request import ResolveRequest

__all__ = ["WireReference", "WireReferences", "resolve_request", "wire_references"]

WireReference = dict[str, str]


class WireReferences(Sequence[WireReference]):
    """``{"databaseKey": key, field: guid}`` per row (no GUID key where the GUID is empty), each built when asked for: batches take their rows one batch at a time, so 100,000 references are never alive at once (as long-lived dicts they cost more in garbage-collector passes than they take to build)."""

    def __init__(self, db_keys: Sequence[str], guids: Sequence[str | None], *, field: str) -> None:
        if len(db_keys) != len(guids):
            raise ValueError("one GUID per database key")
        self._keys = db_keys
        self._guids = guids
        self._field = field

    def __len__(self) -> int:
        return len(self._keys)

    @overload
    def __getitem__(self, index: int) -> WireReference: ...

    @overload
    def __getitem__(self, index: slice) -> list[WireReference]: ...

    def __getitem__(self, index: int | slice) -> WireReference | list[WireReference]:
        if isinstance(index, slice):
            keys, guids, field = self._keys[index], self._guids[index], self._field
            return [
                {"databaseKey": key, field: guid} if guid else {"databaseKey": key}
                for key, guid in zip(keys, guids, strict=True)
            ]
        guid = self._guids[index]
        key = self._keys[index]
        return {"databaseKey": key, self._field: guid} if guid else {"databaseKey": key}


def wire_references(
    db_keys: Sequence[str], guids: Sequence[str | None], *, field: str
) -> WireReferences:
    """The rows' references in wire form (see ``WireReferences``)."""
    return WireReferences(db_keys, guids, field=field)


@cache
def _wire_resolve_request() -> type[ResolveRequest]:
    """The resolve request class taking wire dicts (defined at first use, with its model)."""

    class WireResolveRequest(models.ResolveRequest):
        """A ResolveRequest whose references are contract dicts (``databaseKey`` + one GUID)."""

        def __init__(self, references: list[WireReference], strict_version: bool) -> None:
            super().__init__(references=[], strict_version=strict_version)
            self._wire = references

        def to_dict(self) -> dict[str, Any]:
            body = super().to_dict()
            body["references"] = self._wire
            return body

    return WireResolveRequest


def resolve_request(
    references: Sequence[RecordReference] | Sequence[WireReference], strict: bool
) -> ResolveRequest:
    """The body of one resolve batch, from models or from wire dicts."""
    if references and isinstance(references[0], dict):
        return _wire_resolve_request()(list(references), strict)  # type: ignore[arg-type]
    return models.ResolveRequest(references=list(references), strict_version=strict)  # type: ignore[arg-type]
