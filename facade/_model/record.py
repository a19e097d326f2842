"""Record: one record of a table (a version of it, in version-controlled tables).

Identity, names, tree position and release state come from the server's ``Record`` model;
attributes and links are fetched lazily (one request each) unless a bulk fetch filled them.
Edits stay local until ``Session.update`` / ``Session.update_links`` push them.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from generated import models
from generated.types import Unset

from .._core.batching import BatchOptions
from .._core.checks import optional_str
from .._core.errors import InvalidRecordStateError
from .._core.strict import StrictAttributes
from .associated_records import associated_records
from .data_revisions import DataRevisionHistory
from .enums import RecordColor, RecordType, ReleaseState
from .properties import PseudoAttributeValue
from .record_schema import RecordSchemaMixin
from .record_subsets import RecordSubsetsMixin
from .record_sync import (
    OTHER_COLOR,
    OTHER_STATE,
    OTHER_TYPE,
    RecordSync,
    color_by_wire,
    state_by_wire,
    type_by_wire,
)
from .record_tree import RecordTreeMixin
from .values import AttributeValue

if TYPE_CHECKING:  # a record's table and database import this module
    from generated.models.record import Record as RecordModel
    from generated.models.record_reference import RecordReference

    from .backend import Backend
    from .database import Database
    from .definitions import AttributeDefinition
    from .table import Table

__all__ = ["Record", "check_records"]


class Record(StrictAttributes, RecordSync, RecordSchemaMixin, RecordTreeMixin, RecordSubsetsMixin):
    """A record of a table (one version of it, in a version-controlled table).

    Build new records with ``Table.create_record`` and push them, like any change staged with
    ``set_attributes``, ``clear_attributes`` or ``set_links``, with ``Session.update`` (links:
    ``Session.update_links``).

    Release: ``flag_for_release`` decides what ``Session.update`` does in a version-controlled
    table. It is True for every record read from the server, so a plain ``update`` makes a
    new version and releases it at once. ``Table.create_record`` defaults to
    ``release_record=False``: a new record stays unreleased until you set
    ``flag_for_release = True`` and update again.

    Example:
        >>> record = table.create_record("Alloy 7", release_record=False)  # doctest: +SKIP
        >>> record.flag_for_release  # doctest: +SKIP
        False

    Args:
        name: The record's name.
        table: The record's table.
        parent: The parent record or folder (None or the table: the table's root).
        short_name: The short name shown in the tree (default: the name).
        attributes: Values to write with the record, by attribute name.
        subsets: The subsets of the table the record joins (default: those applied to
            the table).
        folder: Make a folder rather than a record.
        record_color: Its colour in the viewer's tree.
        release_record: The initial ``flag_for_release`` (``Table.create_record``'s
            default is False).

    Attributes:
        flag_for_release: True: the next ``Session.update`` releases the version it makes
            (or the current one, if nothing changed); False: it stays unreleased.
    """

    __slots__ = (
        "_all_versions",
        "_attributes",
        "_children",
        "_color",
        "_data_revisions",
        "_deleted",
        "_edits",
        "_history_events",
        "_links",
        "_model",
        "_name",
        "_parent",
        "_properties",
        "_release_state",
        "_server_subsets",
        "_short_name",
        "_staged_subsets",
        "_table",
        "_type",
        "flag_for_release",
    )

    flag_for_release: bool
    _children: list[Record] | None

    def __init__(
        self,
        name: str | None,
        table: Table,
        parent: Record | Table | None = None,
        short_name: str | None = None,
        attributes: dict[str, AttributeValue] | None = None,
        subsets: set[str] | None = None,
        folder: bool = False,
        record_color: RecordColor = RecordColor.InheritFromParent,
        release_record: bool = True,
    ) -> None:
        if parent is not None and not isinstance(parent, Record) and parent is not table:
            raise TypeError("parent must be a Record of the same table, the table or None")
        if not isinstance(record_color, RecordColor):
            raise TypeError("record_color must be a RecordColor")
        self._start(table, release_record)
        self._model: RecordModel | None = None
        self._name = optional_str(name, "name")
        self._short_name = short_name
        self._type = RecordType.Folder if folder else RecordType.Record
        self._color = record_color
        self._parent: Record | Table | None = parent
        self._release_state: ReleaseState | None = None
        self._deleted = False
        for value in (attributes or {}).values():
            self.set_attributes([value])
        if subsets is not None:
            self.subsets = subsets

    def _start(self, table: Table, flag_for_release: bool) -> None:
        """The state every record starts with: nothing fetched yet, no local edits.

        Plain assignments: through the attribute guard for a record built by ``__init__``, and
        without it while ``_from_model`` builds one (see ``_UnguardedRecord``).
        """
        self._table = table
        self.flag_for_release = flag_for_release
        self._attributes = None
        self._edits = None  # made by the first edit (records are read by the thousand)
        self._links = None
        self._all_versions = None
        self._data_revisions = None
        self._children = None
        self._properties = None
        self._history_events = None
        self._server_subsets = None
        self._staged_subsets = None

    # --- construction from the server -------------------------------------------------------

    @classmethod
    def _from_model(cls, model: RecordModel, table: Table) -> Record:
        """A record the server sent: the state ``__init__`` sets, without its argument checks.

        Look-ups and listings build records by the thousand: the record is built as an
        ``_UnguardedRecord`` (the same slots, plain attribute assignment instead of the
        attribute guard, a third of the cost) and then becomes a ``Record``.
        """
        if cls is not Record:  # a subclass may have another layout: the guarded way
            record = cls.__new__(cls)
            record._start(table, True)
            record._load(model)
            return record
        unguarded: Record = _new_object(_UnguardedRecord)
        unguarded._start_from_server(table, model)
        unguarded.__class__ = Record
        return unguarded

    def _start_from_server(self, table: Table, model: RecordModel) -> None:
        """``_start(table, True)`` then ``_load(model)``, assigned in one frame.

        Records are built by the thousand: the two calls cost about 900 machine instructions
        per record, a sixth of building it. A unit test checks that both ways set the same
        state, slot by slot.
        """
        # _start(table, True)
        self._table = table
        self.flag_for_release = True
        self._attributes = None
        self._edits = None
        self._links = None
        self._all_versions = None
        self._data_revisions = None
        self._children = None
        self._properties = None
        self._history_events = None
        self._server_subsets = None
        self._staged_subsets = None
        # _load(model), for the values the contract allows (RecordSync._load)
        self._model = model
        self._name = None
        self._short_name = None
        try:
            self._type = type_by_wire(model.type_, OTHER_TYPE)
            self._color = color_by_wire(model.color, OTHER_COLOR)
            self._release_state = state_by_wire(model.release_state, OTHER_STATE)
        except TypeError:  # an unhashable value: _load reads it the slow way
            self._load(model)
        self._parent = None
        self._deleted = False

    @classmethod
    def _from_models(
        cls,
        models: Iterable[RecordModel | None],
        table_of: Callable[[RecordModel], Table],
    ) -> list[Record | None]:
        """``_from_model`` of each model (None stays None), in order.

        ``table_of`` is asked once per database and table GUID in ``models``: a batch's
        records are mostly of one table, and finding it cost about as much as building the
        record. A record with the table GUID and database key of the one before it takes
        that one's table after two string comparisons, without hashing the two strings (new
        objects in every answer) for the dict.

        Each record is built as in ``_from_model``, without the call to it.
        """
        guarded = None if cls is Record else cls._from_model  # a subclass: the guarded way
        tables: dict[tuple[str, str], Table] = {}
        records: list[Record | None] = []
        append = records.append
        last_key = last_guid = None
        table: Table | None = None
        for model in models:
            if model is None:
                append(None)
                continue
            key, guid = model.database_key, model.table_guid
            if table is None or guid != last_guid or key != last_key:
                table = tables.get((key, guid))
                if table is None:
                    table = tables[(key, guid)] = table_of(model)
                last_key, last_guid = key, guid
            if guarded is not None:
                append(guarded(model, table))
                continue
            record: Record = _new_object(_UnguardedRecord)
            record._start_from_server(table, model)
            record.__class__ = Record
            append(record)
        return records

    @property
    def _backend(self) -> Backend:
        return self._table._backend

    # --- identity ---------------------------------------------------------------------------

    @property
    def exists_on_server(self) -> bool:
        """True once the record was pushed (and until it is deleted)."""
        return self._model is not None and not self._deleted

    def _require_server(self, action: str) -> RecordModel:
        if self._model is None or self._deleted:
            raise InvalidRecordStateError(
                f"record {self.name!r} does not exist on the server: push it with "
                f"Session.update before {action}"
            )
        return self._model

    @property
    def history_guid(self) -> str | None:
        """Identifies the record (all its versions); None until pushed."""
        return self._model.history_guid if self._model else None

    @property
    def record_guid(self) -> str | None:
        """Identifies this version; None until pushed."""
        return self._model.version_guid if self._model else None

    @property
    def history_identity(self) -> int | None:
        """The record's integer identity; None until pushed."""
        return self._model.history_identity if self._model else None

    @property
    def version_number(self) -> int | None:
        """Version of this record (None in tables without version control)."""
        return self._model.version_number if self._model else None

    @property
    def db_key(self) -> str:
        """Key of the record's database."""
        return self._table.db_key

    @property
    def table(self) -> Table:
        """The record's table."""
        return self._table

    @property
    def table_name(self) -> str:
        """Name of the record's table."""
        return self._table.name

    @property
    def database(self) -> Database:
        """The record's database."""
        return self._table.database

    def _reference(self, by_version: bool = False) -> RecordReference:
        model = self._require_server("this operation")
        if by_version:
            return models.RecordReference(database_key=self.db_key, version_guid=model.version_guid)
        return models.RecordReference(database_key=self.db_key, history_guid=model.history_guid)

    # --- names, type, colour ----------------------------------------------------------------

    @property
    def name(self) -> str | None:
        """Full name; setting None restores the server's name (or leaves a new record nameless)."""
        if self._name is not None:
            return self._name
        return self._model.name if self._model else None

    @name.setter
    def name(self, value: str | None) -> None:
        self._name = optional_str(value, "name")

    @property
    def short_name(self) -> str | None:
        """Short name (defaults to the name when pushed)."""
        if self._short_name is not None:
            return self._short_name
        return self._model.short_name if self._model else None

    @short_name.setter
    def short_name(self, value: str | None) -> None:
        self._short_name = optional_str(value, "short_name")

    @property
    def type(self) -> RecordType:
        """Record, Folder or Generic; only new records may change it (to Record or Folder)."""
        return self._type

    @type.setter
    def type(self, value: RecordType) -> None:
        if not isinstance(value, RecordType):
            raise TypeError("type must be a RecordType")
        if self._model is not None:
            raise ValueError("the type of an existing record cannot change")
        if value is RecordType.Generic:
            raise ValueError("records are created as Record or Folder, never Generic")
        self._type = value

    @property
    def color(self) -> RecordColor:
        """Colour in the viewer's tree."""
        return self._color

    @color.setter
    def color(self, value: RecordColor | None) -> None:
        if value is None:
            value = (
                RecordColor.from_wire(self._model.color)
                if self._model
                else RecordColor.InheritFromParent
            )
        if not isinstance(value, RecordColor):
            raise TypeError("color must be a RecordColor")
        self._color = value

    # --- pseudo attributes ------------------------------------------------------------------

    @property
    def created_by(self) -> str | None:
        """Who created this version."""
        return self._model.created_by if self._model else None

    @property
    def created_on(self) -> datetime.datetime | None:
        """When this version was created."""
        return self._model.created_at if self._model else None

    @property
    def last_modified_by(self) -> str | None:
        """Who last changed this version."""
        return self._model.last_modified_by if self._model else None

    @property
    def last_modified_on(self) -> datetime.datetime | None:
        """When this version last changed."""
        return self._model.last_modified_at if self._model else None

    @property
    def released_on(self) -> datetime.datetime | None:
        """When this version was released (None if never)."""
        if self._model is None or isinstance(self._model.released_at, Unset):
            return None
        return self._model.released_at

    # --- tree -------------------------------------------------------------------------------

    @property
    def parent(self) -> Record | Table | None:
        """The parent record or folder, or the table at the root."""
        if self._parent is not None or self._model is None:
            return self._parent
        guid = self._model.parent_history_guid
        if guid is None:
            self._parent = self._table
        else:
            self._parent = self._backend.record_by_id(self.db_key, hguid=guid)
        return self._parent

    @property
    def children(self) -> list[Record]:
        """Child records and folders (one request per page, then cached).

        When not cached yet they are read as ``refetch_children()`` does: only those in the
        subset applied to the table.

        Raises:
            ValueError: Several subsets are applied to the table (use ``refetch_children``
                with a ``subset_name``).
        """
        self._require_server("listing its children")
        if self._children is None:
            self.refetch_children()
        return list(self._children or ())

    def refetch_children(
        self, filter_by_subset: bool = True, subset_name: str | None = None
    ) -> None:
        """Read the children again (one request per page).

        Args:
            filter_by_subset: Keep only children in a subset: ``subset_name``, or the one
                applied to the table. False: children in every subset.
            subset_name: The subset to keep (default: the one applied to the table).

        Raises:
            ValueError: Several subsets are applied and no ``subset_name`` was given, or the
                table has no such subset.
            InvalidRecordStateError: The record is not on the server.
        """
        self._require_server("listing its children")
        subset = self._table._subset_filter(filter_by_subset, subset_name)
        self._children = self._backend.record_children(self, subset=subset)

    @property
    def path(self) -> list[str]:
        """Short names of the ancestors, from the table root down."""
        names: list[str] = []
        node = self.parent
        while isinstance(node, Record):
            names.append(node.short_name or "")
            node = node.parent
        return names[::-1]

    # --- versions ---------------------------------------------------------------------------

    @property
    def release_state(self) -> ReleaseState:
        """Release state of this version (fetched when unknown)."""
        if self._release_state is None:
            self._require_server("reading its release state")
            self._backend.fetch_release_states([self], options=BatchOptions())
        return self._release_state or ReleaseState.Unknown

    @property
    def all_versions(self) -> dict[str, Record]:
        """Every visible version keyed ``v1``, ``v2`` … (``v0`` for an unversioned record)."""
        if self._all_versions is None:
            self._require_server("listing its versions")
            self._table.bulk_fetch_all_record_versions([self])
        return dict(self._all_versions or {})

    def get_associated_records(
        self,
        target_table: Table,
        link_direction: str = "Both",
        attribute_path: Sequence[AttributeDefinition] | None = None,
    ) -> list[Record]:
        """The records of ``target_table`` this record reaches through chains of tabular links.

        Each step of ``attribute_path`` is a linked tabular attribute: followed "Forward" from
        records of its table to the records its rows link to, or in "Reverse" from records of
        its linking table to the records whose rows link to them (that step reads every record
        of the attribute's table); "Both" follows whichever starts from the current records.
        Without a path, every tabular attribute linking this record's table and the target
        directly is followed.

        Args:
            target_table: The table of the records wanted.
            link_direction: "Both", "Forward" or "Reverse".
            attribute_path: The linked tabular attributes to follow, in order.

        Returns:
            The records reached in ``target_table`` (no subset filtering).

        Raises:
            ValueError: An unknown direction, or a step that is not a linked tabular attribute.
            InvalidRecordStateError: The record is not on the server.
        """
        self._require_server("following its tabular links")
        return associated_records(
            self, target_table, link_direction=link_direction, attribute_path=attribute_path
        )

    @property
    def data_revision_history(self) -> dict[str, DataRevisionHistory]:
        """How each attribute's data came to be in this version, by attribute name (fetched when unknown).

        ``Table.bulk_fetch_data_revision_history`` fetches it for many records at once.
        """
        if self._data_revisions is None:
            self._require_server("reading its data revision history")
            self._table.bulk_fetch_data_revision_history([self])
        return dict(self._data_revisions or {})

    def refetch_record_versions(self) -> None:
        """Reload ``all_versions`` and the release state."""
        self._table.bulk_fetch_all_record_versions([self])

    def refetch_record_release_state(self) -> None:
        """Reload the release state."""
        self._require_server("fetching its release state")
        self._backend.fetch_release_states([self], options=BatchOptions())

    # --- attributes -------------------------------------------------------------------------

    @property
    def attributes(self) -> dict[str, AttributeValue]:
        """Every attribute of the table by name, in layout order: values fetched (with binary data) on first use, empty ones where the record has no data (``is_empty()`` true), so a value can be set, passed to ``set_attributes`` and pushed for new and existing records alike."""
        if self._attributes is None:
            if self._model is not None and not self._deleted:
                self._table.bulk_fetch([self], include_binary_data=True)
            else:
                self._set_attributes(self._table._empty_values(), partial=False)
        merged = dict(self._attributes or {})
        if self._edits is not None:
            merged.update(self._edits.values)
        return merged

    def get_attributes(
        self,
        names: Iterable[str] | None = None,
        types: Iterable[str] | None = None,
        include_attributes: bool = True,
        include_meta_attributes: bool = False,
        include_pseudo_attributes: bool = False,
        empty: bool | None = None,
    ) -> list[AttributeValue | PseudoAttributeValue]:
        """Attribute values (and optionally record properties) that pass every filter.

        Args:
            names: Only these attribute or property names (None: all).
            types: Only these 4-letter type codes (``POIN``, ``DISC`` …; None: all).
            include_attributes: Include the table's attributes.
            include_meta_attributes: Include the values of meta-attributes (each right after
                its parent's value; with ``include_attributes=False`` only them).
            include_pseudo_attributes: Include record properties as ``PseudoAttributeValue``.
            empty: True: only empty values; False: only populated ones; None: both.

        Returns:
            The values in layout order (meta-attribute values after their parent's), then the
            properties.

        Raises:
            ValueError: A type code is not one of the known codes.
            TypeError: ``names`` or ``types`` is a bare str.
        """
        return self._filtered_attributes(
            names=names,
            types=types,
            include_attributes=include_attributes,
            include_meta_attributes=include_meta_attributes,
            include_pseudo_attributes=include_pseudo_attributes,
            empty=empty,
        )

    def refresh_attributes(self) -> None:
        """Fetch every attribute value again."""
        self._require_server("refreshing its attributes")
        self._table.bulk_fetch([self], include_binary_data=True)

    def decache_attributes(self) -> None:
        """Forget fetched values and discard the changes staged for the next update.

        Values set with ``set_attributes`` and removals staged with ``clear_attributes`` are
        dropped; ``attributes`` fetches the server's values again on next use.
        """
        self._attributes = None
        if self._edits is not None:
            self._edits.drop_attribute_edits()

    def set_attributes(self, values: Iterable[AttributeValue]) -> None:
        """Stage values to be written by the next ``Session.update``.

        A meta-attribute value (from a value's ``meta_attributes``) is staged on its own;
        staging an attribute value also stages its meta-attribute values that hold data.

        Args:
            values: Attribute values (one, or several), e.g. ``[AttributeInteger("Batch size", 5)]``.

        Raises:
            TypeError: An item is not an attribute value.
        """
        for value in _values(values):
            value._attach(self)
            edits = self._staging()
            parent = value.is_meta_for
            if parent is not None:
                edits.set_meta_value(parent, value)
                continue
            edits.set_value(value)
            for meta in value.meta_attributes.values():
                if not meta.is_empty():
                    edits.set_meta_value(value.name, meta)

    def clear_attributes(self, values: Iterable[AttributeValue | str]) -> None:
        """Stage values (or attribute names) to be removed on the server by the next update.

        Meta-attribute values are cleared by passing the value (from ``meta_attributes``).

        Args:
            values: Attribute values or attribute names.

        Raises:
            TypeError: An item is neither an attribute value nor a name.
        """
        for value in values:
            name = value.name if isinstance(value, AttributeValue) else value
            if not isinstance(name, str):
                raise TypeError("clear_attributes takes attribute values or names")
            parent = value.is_meta_for if isinstance(value, AttributeValue) else None
            if parent is not None:  # a meta-attribute value
                self._staging().clear_meta(parent, name)
                continue
            self._staging().clear(name)

    # --- links ------------------------------------------------------------------------------

    @property
    def links(self) -> dict[str, set[Record]]:
        """Linked records by link group (fetched on first use)."""
        if self._links is None and self._model is not None and not self._deleted:
            self._backend.fetch_links([self])
        merged = {group: set(records) for group, records in (self._links or {}).items()}
        merged.update({group: set(records) for group, records in self._pending_link_groups.items()})
        return merged

    def set_links(self, link_name: str, records: Iterable[Record]) -> None:
        """Stage the links of group ``link_name`` to be replaced by the next ``update_links``.

        Args:
            link_name: The link group's name.
            records: Every record the group should link to (it replaces the group).

        Raises:
            TypeError: ``link_name`` is empty, or an item is not a Record.
        """
        if not isinstance(link_name, str) or not link_name:
            raise TypeError("link_name must be a non-empty str")
        targets = set(records)
        if not all(isinstance(r, Record) for r in targets):
            raise TypeError("links point at Record objects")
        self._staging().set_link_group(link_name, targets)

    def decache_links(self) -> None:
        """Forget fetched links and discard the link groups staged with ``set_links``.

        ``links`` fetches the server's links again on next use.
        """
        self._links = None
        if self._edits is not None:
            self._edits.drop_link_groups()

    # --- viewer, deletion -------------------------------------------------------------------

    @property
    def viewer_url(self) -> str:
        """The record's datasheet in the viewer."""
        model = self._require_server("building its viewer URL")
        query = urlencode({"dbKey": self.db_key, "recordHistoryGuid": model.history_guid})
        return f"{self._backend.viewer_base_url.rstrip('/')}/datasheet.aspx?{query}"

    def delete_or_withdraw_record_on_server(self, withdrawal_notes: str | None = None) -> None:
        """Delete (unversioned, never released) or withdraw (released) this record now.

        Args:
            withdrawal_notes: Notes stored with a withdrawal.

        Raises:
            InvalidRecordStateError: The record is not on the server.
            APIError: The server refused (e.g. ``PermissionDeniedError``).
        """
        notes = optional_str(withdrawal_notes, "withdrawal_notes")
        self._require_server("deleting it")
        result = self._backend.delete_or_withdraw(
            [self], options=BatchOptions(), update_release_states=True, withdrawal_notes=notes
        )
        if result.failures:
            raise result.failures[0].error

    # --- identity in sets and dicts ---------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record):
            return NotImplemented
        if self._model is None or other._model is None:
            return self is other
        return (self.db_key, self._model.history_guid, self._model.version_guid) == (
            other.db_key,
            other._model.history_guid,
            other._model.version_guid,
        )

    def __hash__(self) -> int:
        if self._model is None:
            return id(self)
        return hash((self.db_key, self._model.history_guid))

    def _repr_html_(self) -> str:
        """The record's datasheet for notebooks (values with units, pictures, plots)."""
        from .display import record_html

        return record_html(self)

    def _display_cells(self) -> dict[str, object]:
        """The record's row in a compact table of records."""
        from .frames import record_cells

        return record_cells(self)

    def __repr__(self) -> str:
        version = f" v{self.version_number}" if self.version_number is not None else ""
        return f"<Record {self.db_key}/{self.table_name}: {self.name!r}{version}>"


def _values(values: Any) -> list[AttributeValue]:
    if isinstance(values, AttributeValue):
        values = [values]
    result = list(values)
    for value in result:
        if not isinstance(value, AttributeValue):
            raise TypeError(f"expected attribute values, got {type(value).__name__}")
    return result


def check_records(
    records: object, *, action: str | None = None, table: Table | None = None
) -> list[Record]:
    """``records`` as a list, each a Record; checked before any request.

    Args:
        records: What a user passed as a list of records.
        action: What is about to happen, when every record must exist on the server
            (e.g. ``"fetching attributes"``), for the error message.
        table: The table every record must belong to, if any.

    Returns:
        The records, in order.

    Raises:
        TypeError: ``records`` is not a collection of Record objects.
        ValueError: A record is not in ``table``.
        InvalidRecordStateError: A record is not on the server and ``action`` needs it.
    """
    if isinstance(records, Record | str | bytes) or not isinstance(records, Iterable):
        raise TypeError(f"records must be a list of Record, not {type(records).__name__}")
    result = list(records)
    for record in result:
        if not isinstance(record, Record):
            raise TypeError(f"records must be Record objects, not {type(record).__name__}")
        if table is not None and record.table is not table:
            raise ValueError(f"{record!r} is not in table {table.name!r}")
        if action is not None:
            record._require_server(action)
    return result


_new_object = object.__new__
"""``object.__new__``, bound once: a class attribute look-up per record is not free."""


class _UnguardedRecord(Record):
    """A ``Record`` being built by ``Record._from_model``, never seen outside it.

    Same slots as ``Record`` (so the instance can become a ``Record`` by assigning
    ``__class__``), with ``object.__setattr__`` in place of the attribute guard: every name
    ``_start`` and ``_load`` set is a slot of the record.
    """

    __slots__ = ()
    # The C slot itself (a Python method calling it would be as slow as the guard).
    __setattr__ = object.__setattr__  # type: ignore[assignment]
