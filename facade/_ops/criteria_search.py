"""Criteria search: every criterion in one paginated request.

``search_records_by_criteria`` gets the database's unit settings, so numeric values are read
in the active unit system.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from generated import models
from generated.api.search import search_records_by_criteria
from generated.types import UNSET

from .._core.responses import checked
from .._model.criteria import SearchCriterion
from .._model.database import Database
from .._model.enums import RecordColor, RecordType
from .._model.record import Record
from .._model.table import Table
from .context import OperationContext
from .listings import _all_pages
from .steps import Call, Steps

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.record_page import RecordPage
    from generated.models.record_property_name import RecordPropertyName
    from generated.models.search_criterion import SearchCriterion as CriterionModel
    from generated.models.search_operator import SearchOperator

__all__ = ["criterion_model", "search_where"]


@cache
def _operators() -> dict[str, SearchOperator]:
    """The contract's operator per criterion operation (the model loads at first use)."""
    return {
        "LESS_THAN": models.SearchOperator.LESSTHAN,
        "GREATER_THAN": models.SearchOperator.GREATERTHAN,
        "BETWEEN": models.SearchOperator.BETWEEN,
        "CONTAINS": models.SearchOperator.CONTAINS,
        "CONTAINS_ANY": models.SearchOperator.CONTAINSANY,
        "CONTAINS_ALL": models.SearchOperator.CONTAINSALL,
        "NOT_CONTAINS": models.SearchOperator.NOTCONTAINS,
        "EXISTS": models.SearchOperator.EXISTS,
        "NOT_EXISTS": models.SearchOperator.NOTEXISTS,
        "EQUAL": models.SearchOperator.EQUAL,
    }


@cache
def _properties() -> dict[str, RecordPropertyName]:
    """The contract's property name per record property (the model loads at first use)."""
    return {
        "name": models.RecordPropertyName.NAME,
        "short_name": models.RecordPropertyName.SHORTNAME,
        "type": models.RecordPropertyName.RECORDTYPE,
        "color": models.RecordPropertyName.RECORDCOLOR,
        "history_identity": models.RecordPropertyName.HISTORYIDENTITY,
        "version_number": models.RecordPropertyName.VERSIONNUMBER,
        "table_name": models.RecordPropertyName.TABLENAME,
        "parent_record_name": models.RecordPropertyName.PARENTNAME,
        "parent_record_short_name": models.RecordPropertyName.PARENTSHORTNAME,
        "created_on": models.RecordPropertyName.CREATEDDATE,
        "last_modified_on": models.RecordPropertyName.MODIFIEDDATE,
        "released_on": models.RecordPropertyName.RELEASEDDATE,
        "created_by": models.RecordPropertyName.CREATOR,
        "last_modified_by": models.RecordPropertyName.LASTMODIFIER,
    }


def _operand(value: Any) -> Any:
    """A criterion operand as the contract spells it."""
    if isinstance(value, RecordType):
        return value.wire
    if isinstance(value, RecordColor):
        return value.wire
    if isinstance(value, datetime.datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)
        return moment.astimezone(datetime.UTC).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def criterion_model(criterion: SearchCriterion) -> CriterionModel:
    """The contract's criterion for ``criterion``."""
    model = models.SearchCriterion(operator=_operators()[criterion.operation])
    if criterion.is_property:
        model.property_ = _properties()[criterion.attribute.name]
    else:
        model.attribute = criterion.attribute.name
        parent = getattr(criterion.attribute, "is_meta_for", None)
        if parent is not None:  # a meta-attribute, named with its parent
            model.meta_attribute_of = parent
    if criterion.column_name is not None:
        model.column = criterion.column_name
    value = criterion.value
    if criterion.operation == "BETWEEN" or isinstance(value, list):
        model.values = [_operand(v) for v in value]
    elif value is not None:
        model.value = _operand(value)
    return model


def search_where(
    context: OperationContext,
    database: Database,
    *,
    table: Table | None,
    criteria: Sequence[SearchCriterion],
    unit_system: str | None,
    absolute_temperatures: bool,
    subset: str | None = None,
) -> list[Record]:
    """Records meeting every criterion; one paginated request.

    The search covers ``table``, or for record-property criteria alone the whole database.
    """
    body = models.CriteriaSearchRequest(
        criteria=[criterion_model(c) for c in criteria],
        table_guid=table.guid if table is not None else UNSET,
        unit_system=unit_system if unit_system is not None else UNSET,
        absolute_temperatures=absolute_temperatures,
        subset=subset if subset is not None else UNSET,
    )

    def page(number: int, size: int) -> Steps[RecordPage]:
        response = yield Call(
            search_records_by_criteria,
            (database.db_key,),
            {"body": body, "page": number, "page_size": size},
        )
        return checked(response, "search_records_by_criteria", expected=models.RecordPage)

    return context.run(_all_pages(context, page))
