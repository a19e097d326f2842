"""Records associated through chains of tabular links (the Toolkit's ``get_associated_records``).

A linked tabular attribute of table T links each of its records to records of its linking
table L. Following it forward goes from records of T to the L records their rows link to;
following it in reverse goes from records of L to the T records whose rows link to them (every
record of T is read for that step, with that one attribute). A path of tabular attributes is
followed step by step; ``"Both"`` takes, at each step, whichever direction starts from the
current records' table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .definitions import AttributeDefinition, AttributeDefinitionTabular
from .tabular import AttributeTabular

if TYPE_CHECKING:  # Record and Table import this module; the names appear in annotations only
    from .record import Record
    from .table import Table

__all__ = ["LINK_DIRECTIONS", "associated_records"]

LINK_DIRECTIONS = ("Both", "Forward", "Reverse")


def _key(record: Record) -> tuple[str, str]:
    return (record.db_key, str(record.history_guid))


def _linked_keys(
    records: Sequence[Record], step: AttributeDefinitionTabular
) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """For each record of the step's table, the records its rows of ``step`` link to."""
    step.table.bulk_fetch(list(records), attributes=[step.name])
    links: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for record in records:
        value = record.attributes[step.name]
        if isinstance(value, AttributeTabular):
            links[_key(record)] = value._linked_record_keys()
    return links


def _forward(records: list[Record], step: AttributeDefinitionTabular) -> list[Record]:
    keys = set().union(*_linked_keys(records, step).values()) if records else set()
    found = step.table.database.get_records_by_ids(
        [{"db_key": db_key, "hguid": hguid} for db_key, hguid in sorted(keys)]
    )
    return [record for record in found if record is not None]


def _reverse(records: list[Record], step: AttributeDefinitionTabular) -> list[Record]:
    wanted = {_key(record) for record in records}
    candidates = step.table.all_records()
    links = _linked_keys(candidates, step)
    return [record for record in candidates if links.get(_key(record), set()) & wanted]


def _step(
    records: list[Record], step: AttributeDefinitionTabular, *, direction: str
) -> list[Record]:
    if not records:
        return []
    here = records[0].table.name
    found: dict[tuple[str, str], Record] = {}
    if direction in ("Forward", "Both") and step.table.name == here:
        found.update((_key(r), r) for r in _forward(records, step))
    if direction in ("Reverse", "Both") and step.linking_table == here:
        found.update((_key(r), r) for r in _reverse(records, step))
    return list(found.values())


def _direct_path(start: Table, target: Table) -> list[AttributeDefinitionTabular]:
    """Every tabular attribute linking the two tables directly, either way."""
    path = [
        d
        for table, other in ((start, target), (target, start))
        for d in table.attributes.values()
        if isinstance(d, AttributeDefinitionTabular) and d.linking_table == other.name
    ]
    return path


def associated_records(
    record: Record,
    target_table: Table,
    *,
    link_direction: str = "Both",
    attribute_path: Sequence[AttributeDefinition] | None = None,
) -> list[Record]:
    """The records of ``target_table`` reached from ``record`` through tabular links.

    Raises:
        ValueError: ``link_direction`` is not Both, Forward or Reverse, or a step of
            ``attribute_path`` is not a linked tabular attribute.
    """
    if link_direction not in LINK_DIRECTIONS:
        raise ValueError(f"link_direction must be one of {LINK_DIRECTIONS}, not {link_direction!r}")
    if attribute_path is None:
        reached: dict[tuple[str, str], Record] = {}
        for direct in _direct_path(record.table, target_table):
            reached.update((_key(r), r) for r in _step([record], direct, direction=link_direction))
        current = list(reached.values())
    else:
        current = [record]
        for index, step in enumerate(attribute_path):
            if not isinstance(step, AttributeDefinitionTabular) or step.linking_table is None:
                raise ValueError(
                    f"attribute_path[{index}] must be a linked tabular attribute, not {step!r}"
                )
            current = _step(current, step, direction=link_direction)
    return [
        r for r in current if r.table.name == target_table.name and r.db_key == target_table.db_key
    ]
