"""What a record adds on top of its identity: attribute filters, record properties (writability, parent names) and its version history.

Mixed into ``Record``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .._core.batching import BatchOptions
from .definitions import TYPE_CODES
from .history import RecordVersionHistory, history_for_version
from .properties import PseudoAttributeValue, RecordProperties
from .values import AttributeValue

if TYPE_CHECKING:  # annotations only: records import this module
    from generated.models.record import Record as RecordModel
    from generated.models.record_history_event import RecordHistoryEvent
    from generated.models.record_properties import RecordProperties as PropertiesModel

    from .backend import Backend
    from .table import Table

__all__ = ["RecordSchemaMixin"]


class RecordSchemaMixin:
    """Attribute filters, record properties and version history of a record."""

    if TYPE_CHECKING:
        _model: RecordModel | None
        _table: Table

        @property
        def _backend(self) -> Backend: ...

        @property
        def attributes(self) -> dict[str, AttributeValue]: ...

        @property
        def record_guid(self) -> str | None: ...

        def _require_server(self, action: str) -> RecordModel: ...

    if not TYPE_CHECKING:  # Record holds the state in its slots; mypy checks it there
        __slots__ = ()

    _properties: PropertiesModel | None
    _history_events: list[RecordHistoryEvent] | None

    # --- state the operations report back ---------------------------------------------------

    def _set_properties(self, properties: PropertiesModel) -> None:
        """The record's properties as the server reported them."""
        self._properties = properties

    def _set_history_events(self, events: list[RecordHistoryEvent]) -> None:
        """The lifecycle events of the record (all its versions)."""
        self._history_events = events

    # --- attribute filters --------------------------------------------------------------------

    def _filtered_attributes(
        self,
        *,
        names: Iterable[str] | None,
        types: Iterable[str] | None,
        include_attributes: bool,
        include_pseudo_attributes: bool,
        empty: bool | None,
        include_meta_attributes: bool = False,
    ) -> list[AttributeValue | PseudoAttributeValue]:
        """``Record.get_attributes`` (see there)."""
        wanted_names = _as_set(names, "names")
        wanted_types = _as_set(types, "types")
        if wanted_types is not None:
            unknown = wanted_types - set(TYPE_CODES) - {"TIDT", "????"}
            if unknown:
                raise ValueError(
                    f"unknown type codes {sorted(unknown)}; known: {', '.join(TYPE_CODES)}"
                )
        found: list[AttributeValue | PseudoAttributeValue] = []
        candidates: list[AttributeValue | PseudoAttributeValue] = []
        if include_attributes or include_meta_attributes:
            for attribute in self.attributes.values():
                if include_attributes:
                    candidates.append(attribute)
                if include_meta_attributes:
                    candidates += list(attribute.meta_attributes.values())
        if include_pseudo_attributes:
            candidates += [PseudoAttributeValue(d, self) for d in RecordProperties.all()]  # type: ignore[arg-type]
        for value in candidates:
            if wanted_names is not None and value.name not in wanted_names:
                continue
            if wanted_types is not None and value.type not in wanted_types:
                continue
            if empty is not None and value.is_empty() != empty:
                continue
            found.append(value)
        return found

    # --- record properties ----------------------------------------------------------------

    def _fetched_properties(self) -> PropertiesModel:
        if self._properties is None:
            self._require_server("reading its properties")
            self._backend.fetch_attributes(
                [self],  # type: ignore[list-item]
                attributes=[],
                include_binary_data=False,
                options=BatchOptions(),
                include_properties=True,
            )
        assert self._properties is not None
        return self._properties

    def refetch_pseudo_attributes(self) -> None:
        """Read the record's properties again (one request)."""
        self._properties = None
        self._fetched_properties()

    @property
    def is_writable(self) -> bool:
        """Whether you may change this record (one request on first use)."""
        return bool(self._fetched_properties().is_writable)

    @property
    def parent_record_name(self) -> str | None:
        """Name of the parent record or folder (None at the table root)."""
        return self._fetched_properties().parent_name

    @property
    def parent_record_short_name(self) -> str | None:
        """Short name of the parent record or folder (None at the table root)."""
        return self._fetched_properties().parent_short_name

    @property
    def parent_record_history_identity(self) -> int | None:
        """History identity of the parent (None at the table root)."""
        return self._fetched_properties().parent_history_identity

    # --- history ----------------------------------------------------------------------------

    @property
    def record_history(self) -> RecordVersionHistory:
        """Who created, modified, released, superseded or withdrew this version, when, and with which notes (fetched with the versions on first use)."""
        if self._history_events is None:
            self._require_server("reading its history")
            self._table.bulk_fetch_all_record_versions([self])  # type: ignore[list-item]
        return history_for_version(self._history_events or [], self.record_guid)


def _as_set(values: Iterable[str] | None, what: str) -> set[str] | None:
    if values is None:
        return None
    if isinstance(values, str) or not isinstance(values, Iterable | Sequence):
        raise TypeError(f"{what} must be a list of str (or None)")
    return set(values)
