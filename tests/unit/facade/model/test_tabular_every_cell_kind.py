"""Local cells of every simple kind survive the contract both ways."""

from __future__ import annotations

import datetime
import json

from facade import AttributeTabular, LocalRangeValue, TabularColumn
from facade._model.tabular_wire import tabular_from_model
from generated.models.tabular_value import TabularValue

COLUMNS = (
    TabularColumn("Name", "STXT"),
    TabularColumn("Notes", "LTXT"),
    TabularColumn("Checked", "LOGI"),
    TabularColumn("Count", "INPT"),
    TabularColumn("Tested", "DTTM"),
    TabularColumn("Temperature", "POIN", "degC"),
    TabularColumn("Window", "RNGE", "degC"),
    TabularColumn("Grade", "DISC", discrete_values=("A", "B")),
    TabularColumn("Link", "HLNK"),
)
VALUES = (
    "Anneal",
    "Slow cool in the furnace.",
    True,
    3,
    datetime.date(2026, 1, 15),
    530.0,
    (500.0, 560.0),
    "B",
    "https://example.com/anneal",
)


def _filled() -> AttributeTabular:
    value = AttributeTabular("Every kind", COLUMNS)
    row = value.append_row()
    for cell, item in zip(row.cells, VALUES, strict=True):
        if isinstance(cell, LocalRangeValue):
            cell.set_bounds(*item)
        else:
            cell.value = item  # type: ignore[union-attr]
    return value


def test_every_cell_kind_round_trips_through_the_contract() -> None:
    sent = _filled().to_model().to_dict()
    sent["columns"] = [
        {
            "name": c.name,
            "typeCode": c.type_code,
            "unit": c.unit,
            "databaseUnit": c.unit,
            "isLinked": False,
            **({"discreteValues": list(c.discrete_values)} if c.discrete_values else {}),
        }
        for c in COLUMNS
    ]
    sent["rows"][0]["identity"] = 1
    read = tabular_from_model(TabularValue.from_dict(json.loads(json.dumps(sent))))
    assert read.rows[0].values() == VALUES
    assert read.column_types == [c.type_code for c in COLUMNS]
