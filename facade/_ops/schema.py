"""Schema and units: attribute definitions in a unit system, unit systems, equivalent units, lifecycle events and version histories of records."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from generated.api.batch import fetch_version_histories
from generated.api.databases import (
    list_attribute_definitions,
    list_equivalent_units,
    list_unit_systems,
)
from generated.api.records import list_record_history_events
from generated.types import UNSET, Unset

from .._core.responses import checked
from .context import OperationContext
from .steps import Call, Steps

if TYPE_CHECKING:  # annotations only: each model loads where it is first used
    pass
    from generated.models.attribute_definition import AttributeDefinition
    from generated.models.record_history_event import RecordHistoryEvent
    from generated.models.record_reference import RecordReference

__all__ = [
    "attribute_definitions",
    "attribute_definitions_steps",
    "equivalent_units",
    "history_events",
    "unit_systems",
    "version_histories",
]


def attribute_definitions(
    context: OperationContext,
    *,
    db_key: str,
    table_guid: str,
    unit_system: str | None,
    absolute_temperatures: bool,
) -> list[AttributeDefinition]:
    """The attribute definitions of a table, in ``unit_system`` (None: the database's own)."""
    return context.run(
        attribute_definitions_steps(
            db_key=db_key,
            table_guid=table_guid,
            unit_system=unit_system,
            absolute_temperatures=absolute_temperatures,
        )
    )


def attribute_definitions_steps(
    *, db_key: str, table_guid: str, unit_system: str | None, absolute_temperatures: bool
) -> Steps[list[AttributeDefinition]]:
    """``attribute_definitions`` as steps: the attributes, then their meta-attributes."""
    from generated.models.attribute_definition_list import AttributeDefinitionList

    response = yield Call(
        list_attribute_definitions,
        (db_key, table_guid),
        {
            "unit_system": unit_system if unit_system is not None else UNSET,
            "absolute_temperatures": absolute_temperatures,
        },
    )
    listed = checked(response, "list_attribute_definitions", expected=AttributeDefinitionList)
    metas = listed.meta_attributes if not isinstance(listed.meta_attributes, Unset) else []
    return [*listed.attributes, *metas]


def unit_systems(context: OperationContext, db_key: str) -> tuple[str, list[str]]:
    """The database's own unit system and every system it can be read in."""
    from generated.models.unit_system_list import UnitSystemList

    response = list_unit_systems.sync_detailed(db_key, client=context.client)
    listed = checked(response, "list_unit_systems", expected=UnitSystemList)
    return listed.database_unit_system, list(listed.unit_systems)


def equivalent_units(
    context: OperationContext, db_key: str, *, unit: str
) -> dict[str, dict[str, float]]:
    """Units dimensionally equivalent to ``unit``: ``{symbol: {"factor": f, "offset": o}}``."""
    from generated.models.unit_equivalents import UnitEquivalents

    response = list_equivalent_units.sync_detailed(db_key, client=context.client, unit=unit)
    listed = checked(response, "list_equivalent_units", expected=UnitEquivalents)
    return {e.symbol: {"factor": e.factor, "offset": e.offset} for e in listed.equivalents}


def history_events(
    context: OperationContext, db_key: str, *, history_guid: str
) -> list[RecordHistoryEvent]:
    """Lifecycle events of one record, oldest first."""
    from generated.models.record_history_event_list import RecordHistoryEventList

    response = list_record_history_events.sync_detailed(db_key, history_guid, client=context.client)
    return checked(response, "list_record_history_events", expected=RecordHistoryEventList).events


def version_histories(
    context: OperationContext, references: Sequence[RecordReference]
) -> list[Any]:
    """One batch: for each reference its visible versions and events, or the item's error."""
    from generated.models.version_histories_request import VersionHistoriesRequest
    from generated.models.version_histories_response import VersionHistoriesResponse

    body = VersionHistoriesRequest(records=list(references))
    return context.post_batch(fetch_version_histories, body, answer=VersionHistoriesResponse)
