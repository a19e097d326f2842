"""Data revision histories: how the data of each attribute of a record version came to be."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .history import ObjectHistory, object_history

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.data_revision import DataRevision

__all__ = ["DataRevisionHistory", "data_revision_from_model"]


@dataclass(frozen=True)
class DataRevisionHistory:
    """The revision of one attribute's data in a record version (``Record.data_revision_history``).

    ``data_version_number`` counts the times the data changed up to this version (0 when it
    never held any); ``created_in_record_version`` is the record version in which the current
    data appeared and ``retired_in_record_version`` the later version that changed it (None
    while it is current). Versions of a table without version control count as 0.
    ``history`` says who created the data first and who changed it last (None when empty).
    """

    name: str
    is_populated: bool
    data_version_number: int
    created_in_record_version: int | None
    retired_in_record_version: int | None
    history: ObjectHistory | None

    @property
    def is_meta(self) -> bool:
        """Always False: meta-attributes have no revisions of their own here."""
        return False


def data_revision_from_model(model: DataRevision) -> DataRevisionHistory:
    """The revision the server exported for one attribute."""
    return DataRevisionHistory(
        name=model.attribute,
        is_populated=model.is_populated,
        data_version_number=model.data_version_number,
        created_in_record_version=model.created_in_record_version,
        retired_in_record_version=model.retired_in_record_version,
        history=object_history(model.history),
    )
