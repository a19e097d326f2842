"""Histories of record versions and of schema objects such as attribute definitions.

A record version's history says who created, modified, released, superseded or withdrew it;
a schema object's who created and last changed it. A version's history is built from the
server's lifecycle events of the record; the events of the record's own version fill it
(creation, last modification, release, supersession, withdrawal).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generated.types import Unset

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.object_history import ObjectHistory as ObjectHistoryModel
    from generated.models.record_history_event import RecordHistoryEvent

__all__ = ["ObjectHistory", "RecordVersionHistory", "history_for_version", "object_history"]


@dataclass(frozen=True)
class ObjectHistory:
    """Who created a schema object (e.g. an attribute definition) and who changed it last.

    ``update_count`` is the number of changes since it was created (0 when never changed,
    then the last modification is the creation).
    """

    created_at: datetime.datetime
    created_by: str
    last_modified_at: datetime.datetime
    last_modified_by: str
    update_count: int

    @property
    def date_created(self) -> str:
        """The creation date as ISO text (``YYYY-MM-DD``, UTC)."""
        return self.created_at.astimezone(datetime.UTC).date().isoformat()

    @property
    def last_modified_date(self) -> str:
        """The date of the last change as ISO text (``YYYY-MM-DD``, UTC)."""
        return self.last_modified_at.astimezone(datetime.UTC).date().isoformat()


def object_history(model: ObjectHistoryModel | Unset | None) -> ObjectHistory | None:
    """The history the server sent for a schema object (None when it sent none)."""
    if model is None or isinstance(model, Unset):
        return None
    return ObjectHistory(
        created_at=model.created_at,
        created_by=model.created_by,
        last_modified_at=model.last_modified_at,
        last_modified_by=model.last_modified_by,
        update_count=model.update_count,
    )


@dataclass(frozen=True)
class RecordVersionHistory:
    """Lifecycle of one record version; fields of events that did not happen are None."""

    created_at: datetime.datetime | None = None
    created_by: str | None = None
    creation_notes: str | None = None
    last_modified_at: datetime.datetime | None = None
    last_modified_by: str | None = None
    last_modification_notes: str | None = None
    released_at: datetime.datetime | None = None
    released_by: str | None = None
    release_notes: str | None = None
    superseded_at: datetime.datetime | None = None
    superseded_by: str | None = None
    supersession_notes: str | None = None
    withdrawn_at: datetime.datetime | None = None
    withdrawn_by: str | None = None
    withdrawal_notes: str | None = None


_FIELDS = {
    "create": ("created_at", "created_by", "creation_notes"),
    "modify": ("last_modified_at", "last_modified_by", "last_modification_notes"),
    "release": ("released_at", "released_by", "release_notes"),
    "supersede": ("superseded_at", "superseded_by", "supersession_notes"),
    "withdraw": ("withdrawn_at", "withdrawn_by", "withdrawal_notes"),
}


def history_for_version(
    events: Iterable[RecordHistoryEvent], version_guid: str | None
) -> RecordVersionHistory:
    """The history of one version from its record's events (the last event of a kind wins).

    The last modification is the creation when the version was never modified after it.
    """
    found: dict[str, object] = {}
    for event in events:
        if version_guid is not None and event.version_guid != version_guid:
            continue
        names = _FIELDS.get(str(event.kind))
        if names is None:
            continue
        for name, value in zip(names, (event.at, event.user, event.notes), strict=True):
            found[name] = value
    if "last_modified_at" not in found and "created_at" in found:
        found["last_modified_at"] = found["created_at"]
        found["last_modified_by"] = found["created_by"]
        found["last_modification_notes"] = found["creation_notes"]
    return RecordVersionHistory(**found)  # type: ignore[arg-type]
