"""The server's tabular import accepts a local cell of every simple kind in its column."""

from __future__ import annotations

from server.store._read import AttributeDef
from server.store._tabular import prepare_tabular
from tests.unit.facade.model.test_tabular_every_cell_kind import COLUMNS, _filled


def test_the_server_accepts_every_cell_kind_in_its_column() -> None:
    definition = AttributeDef(
        guid="g",
        name="Every kind",
        type="tabular",
        unit=None,
        discrete_values=None,
        details={
            "columns": [
                {
                    "name": c.name,
                    "typeCode": c.type_code,
                    "unit": c.unit,
                    "isLinked": False,
                    "discreteValues": list(c.discrete_values or ()),
                }
                for c in COLUMNS
            ]
        },
    )
    stored = prepare_tabular(definition, _filled().to_model().to_dict(), None)
    cells = stored["rows"][0]["cells"]
    assert [c["type"] for c in cells] == [
        "shortText",
        "longText",
        "logical",
        "integer",
        "date",
        "point",
        "range",
        "discrete",
        "hyperlink",
    ]
    assert stored["rows"][0]["identity"] == 1 and stored["nextIdentity"] == 2
