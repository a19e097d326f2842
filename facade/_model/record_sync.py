"""The side of ``Record`` that the operations talk to.

What they read to build a request, and one method for each change an answer of the server
makes to a record.
"""

from __future__ import annotations

from collections.abc import KeysView, Mapping
from typing import TYPE_CHECKING

from .data_revisions import DataRevisionHistory
from .enums import (
    COLORS_BY_WIRE,
    STATES_BY_WIRE,
    TYPES_BY_WIRE,
    RecordColor,
    RecordType,
    ReleaseState,
    _record_type,
)
from .staged_edits import (
    NO_LINK_GROUPS,
    NO_META_NAMES,
    NO_META_VALUES,
    NO_NAMES,
    NO_VALUES,
    StagedEdits,
)
from .values import AttributeValue

if TYPE_CHECKING:  # Record derives from this class; the names appear in annotations only
    from generated.models.record import Record as RecordModel
    from generated.models.record_history_event import RecordHistoryEvent
    from generated.models.record_properties import RecordProperties as RecordPropertiesModel

    from .record import Record
    from .table import Table

__all__ = [
    "OTHER_COLOR",
    "OTHER_STATE",
    "OTHER_TYPE",
    "RecordSync",
    "color_by_wire",
    "state_by_wire",
    "type_by_wire",
]

# What a value newer than this SDK reads as, bound once: a member look-up on an enum class
# per record cost about as much as the three dict look-ups themselves.
OTHER_TYPE = RecordType.Record
OTHER_COLOR = RecordColor.InheritFromParent
OTHER_STATE = ReleaseState.Unknown
# The three look-ups, bound once (``Record`` builds a batch's records with them too). Python
# 3.11 compiles ``NAME.get(...)`` for a name bound by an import as an attribute load and a
# call, not a method call: it made a bound method per call, about 500 instructions a look-up.
type_by_wire = TYPES_BY_WIRE.get
color_by_wire = COLORS_BY_WIRE.get
state_by_wire = STATES_BY_WIRE.get


class RecordSync:
    """State a record shares with the server, and the methods that change it."""

    if not TYPE_CHECKING:  # Record holds the state in its slots; mypy checks it there
        __slots__ = ()

    _model: RecordModel | None
    _name: str | None
    _short_name: str | None
    _type: RecordType
    _color: RecordColor
    _parent: Record | Table | None
    _release_state: ReleaseState | None
    _deleted: bool
    _attributes: dict[str, AttributeValue] | None
    _edits: StagedEdits | None
    _links: dict[str, set[Record]] | None
    _all_versions: dict[str, Record] | None
    _data_revisions: dict[str, DataRevisionHistory] | None
    _properties: RecordPropertiesModel | None
    _history_events: list[RecordHistoryEvent] | None

    def _load(self, model: RecordModel) -> None:
        """Take the state the server sent; local edits of names and the parent are dropped.

        Plain assignments: through the attribute guard for a record already built, without it
        while ``Record._from_model`` builds one.
        """
        self._model = model
        self._name = None
        self._short_name = None
        try:  # str enums or, for values newer than this SDK, str: one dict look-up each
            self._type = type_by_wire(model.type_, OTHER_TYPE)
            self._color = color_by_wire(model.color, OTHER_COLOR)
            self._release_state = state_by_wire(model.release_state, OTHER_STATE)
        except TypeError:  # an unhashable value the contract does not allow
            self._type = _record_type(model.type_)
            self._color = RecordColor.from_wire(model.color)
            self._release_state = ReleaseState.from_wire(model.release_state)
        self._parent = None
        self._deleted = False

    def _staging(self) -> StagedEdits:
        """The record's staged edits, made on its first edit."""
        edits = self._edits
        if edits is None:
            edits = self._edits = StagedEdits()
        return edits

    # --- state changes the operations report back -------------------------------------------

    def _set_attributes(self, values: dict[str, AttributeValue], *, partial: bool) -> None:
        """Values read from the server; ``partial``: only some attributes were asked for."""
        for value in values.values():
            value._attach(self)
        if partial and self._attributes is not None:
            self._attributes.update(values)
        else:
            self._attributes = values

    def _set_links(self, links: dict[str, set[Record]]) -> None:
        """Links read from the server, by link group."""
        self._links = links

    def _set_release_state(self, state: ReleaseState) -> None:
        """The release state the server reported for this version."""
        self._release_state = state

    def _set_versions(self, versions: list[Record]) -> None:
        """Every version of this record, and this version's release state among them."""
        self._all_versions = {f"v{v.version_number or 0}": v for v in versions}
        mine = self._model.version_guid if self._model is not None else None
        own = next((v for v in versions if v.record_guid == mine), None)
        if own is not None:
            self._release_state = own._release_state
        elif versions:
            self._release_state = ReleaseState.Unknown

    def _set_data_revisions(self, revisions: list[DataRevisionHistory]) -> None:
        """The revision of each attribute's data in this version."""
        self._data_revisions = {r.name: r for r in revisions}

    def _pushed(self, model: RecordModel, *, attributes_written: bool) -> None:
        """The server accepted this record's changes and answered with its new state."""
        self._load(model)
        if attributes_written and self._edits is not None:
            self._edits.drop_attribute_edits()
        self._attributes = None
        self._all_versions = None
        self._data_revisions = None
        self._properties = None
        self._history_events = None

    def _links_pushed(self) -> None:
        """The server accepted the link groups set with ``set_links``."""
        pushed = self._edits.take_link_groups() if self._edits is not None else {}
        self._links = {**(self._links or {}), **pushed}

    def _removed_on_server(self, *, deleted: bool, model: RecordModel | None) -> None:
        """This version was deleted, or withdrawn (``model``: its new state, if sent)."""
        if deleted:
            self._deleted = True
        elif model is not None:
            self._load(model)
        else:
            self._release_state = ReleaseState.Withdrawn

    # --- what the operations read --------------------------------------------------------------

    @property
    def _server_model(self) -> RecordModel | None:
        """The state the server last sent (None for a record never pushed)."""
        return self._model

    @property
    def _changes(self) -> tuple[Mapping[str, AttributeValue], KeysView[str]]:
        """Values set and attribute names cleared since the last push."""
        edits = self._edits
        if edits is None:
            return NO_VALUES, NO_NAMES
        return edits.values, edits.cleared

    @property
    def _meta_changes(
        self,
    ) -> tuple[Mapping[tuple[str, str], AttributeValue], KeysView[tuple[str, str]]]:
        """Meta-attribute values set and cleared since the last push, by (parent, name)."""
        edits = self._edits
        if edits is None:
            return NO_META_VALUES, NO_META_NAMES
        return edits.meta_values, edits.cleared_meta

    @property
    def _pending_link_groups(self) -> Mapping[str, set[Record]]:
        """Link groups set with ``set_links`` and not pushed yet."""
        edits = self._edits
        return NO_LINK_GROUPS if edits is None else edits.link_groups

    @property
    def _attributes_fetched(self) -> bool:
        """True when attribute values were read from the server (all or some of them)."""
        return self._attributes is not None

    @property
    def _release_state_if_known(self) -> ReleaseState | None:
        """The release state as last read, without fetching it (None when unknown)."""
        return self._release_state

    @property
    def _new_parent(self) -> Record | Table | None:
        """The parent given to a new record (None for records read from the server)."""
        return self._parent if self._model is None else None

    @property
    def _short_name_set(self) -> str | None:
        """A short name set locally (None: keep the server's)."""
        return self._short_name
