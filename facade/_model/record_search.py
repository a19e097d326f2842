"""Which table a list of criteria searches, checked before any request.

Criteria on attributes pin a search to their table; criteria on record properties alone
search every table of the database. Unknown attributes raise KeyError unless ``silent``,
in which case their criteria are left out.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .criteria import SearchCriterion
from .definitions import AttributeDefinition

if TYPE_CHECKING:  # annotations only: databases and tables import this module
    from .database import Database
    from .table import Table

__all__ = ["checked_criteria", "criteria_table", "known_criteria"]

_log = logging.getLogger("facade.search")


def checked_criteria(list_of_criteria: object) -> list[SearchCriterion]:
    """The criteria as a list.

    Raises:
        TypeError: Not a list of SearchCriterion.
        ValueError: The list is empty.
    """
    if isinstance(list_of_criteria, SearchCriterion | str) or not isinstance(
        list_of_criteria, Sequence
    ):
        raise TypeError("list_of_criteria must be a list of SearchCriterion")
    criteria = list(list_of_criteria)
    if not criteria:
        raise ValueError("list_of_criteria is empty: give at least one SearchCriterion")
    for position, criterion in enumerate(criteria):
        if not isinstance(criterion, SearchCriterion):
            raise TypeError(
                f"list_of_criteria[{position}] is a {type(criterion).__name__}, not a "
                "SearchCriterion (build one with definition.search_criterion(...))"
            )
    return criteria


def criteria_table(database: Database, criteria: list[SearchCriterion]) -> Table | None:
    """The one table the attribute criteria are on (None when all are on record properties).

    Raises:
        ValueError: The criteria are on attributes of two tables, or of another database.
    """
    tables: dict[str, Table] = {}
    for criterion in criteria:
        attribute = criterion.attribute
        if isinstance(attribute, AttributeDefinition):
            tables.setdefault(attribute.table.guid, attribute.table)
    if len(tables) > 1:
        names = ", ".join(sorted(t.name for t in tables.values()))
        raise ValueError(f"criteria must all be on one table's attributes; these use {names}")
    table = next(iter(tables.values()), None)
    if table is not None and table.db_key != database.db_key:
        raise ValueError(
            f"the criteria are on table {table.name!r} of database {table.db_key!r}, "
            f"not of {database.db_key!r}"
        )
    return table


def known_criteria(
    table: Table, criteria: list[SearchCriterion], *, silent: bool
) -> list[SearchCriterion]:
    """The criteria ``table`` can apply: on its attributes, their meta-attributes or record properties.

    Raises:
        ValueError: A criterion is on another table's attribute.
        KeyError: A criterion's attribute is not (or no longer) in the table, unless
            ``silent``, which leaves such criteria out.
    """
    definitions = table.attributes
    known = {(None, name) for name in definitions} | {
        (parent, meta) for parent, d in definitions.items() for meta in d.meta_attributes
    }
    kept: list[SearchCriterion] = []
    for criterion in criteria:
        attribute = criterion.attribute
        if isinstance(attribute, AttributeDefinition):
            if attribute.table.guid != table.guid:
                raise ValueError(
                    f"{attribute.name!r} is an attribute of table {attribute.table.name!r}, "
                    f"not of {table.name!r}: criteria must all be on one table"
                )
            if (attribute.is_meta_for, attribute.name) not in known:
                if not silent:
                    raise KeyError(f"no attribute {attribute.name!r} in table {table.name!r}")
                _log.warning("left out a criterion on unknown attribute %r", attribute.name)
                continue
        kept.append(criterion)
    return kept
