"""P9c: ``Table.bulk_fetch`` of 10,000 records, each with a stress-strain curve of 3 series x
50 points, replayed in-process (as P1c): the facade's CPU per record against ``json.loads``
of the same answers. Target: the facade (transport, contract models and value objects) costs
at most 3x the parse alone."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

import httpx

from ._clients import (
    RecordingTransport,
    ReplayTransport,
    bare_client,
    facade_session,
    replace_network,
)
from ._report import Figure, Report, paired_medians
from ._server import BenchServer

__all__ = ["run_functional"]

RECORDS = 10_000
IMPORT_BATCH = 500
FETCH_BATCH = 500
REPEATS = 3
DB = "DEMO_MATERIALS"


def stress_strain_value() -> dict[str, Any]:
    """A 3-curve x 50-point stress-strain series (elastic line, yield, hardening)."""
    series = []
    for temperature, yield_mpa in ((20.0, 280.0), (100.0, 260.0), (200.0, 235.0)):
        strain_y = yield_mpa / 70_000 * 100
        xs = [strain_y * i / 9 for i in range(10)] + [
            strain_y + (12 - strain_y) * (i / 40) ** 1.5 for i in range(1, 41)
        ]
        ys = [
            x / 100 * 70_000
            if x <= strain_y
            else yield_mpa * (1 + 0.35 * ((x - strain_y) / 12) ** 0.4)
            for x in xs
        ]
        series.append(
            {
                "x": [round(x, 5) for x in xs],
                "y": [round(y, 3) for y in ys],
                "estimated": [False] * 50,
                "decoration": "lines",
                "parameters": [{"name": "Temperature", "value": temperature}],
            }
        )
    return {
        "type": "functionalSeriesPoint",
        "attribute": "Stress-strain",
        "unit": "MPa",
        "xAxis": "Strain",
        "parameters": [{"name": "Strain", "unit": "%"}, {"name": "Temperature", "unit": "degC"}],
        "series": series,
    }


def _create_records(client: httpx.Client, table_guid: str) -> list[str]:
    """RECORDS new Metals records carrying the curve (setup, not timed); their history GUIDs."""
    value = stress_strain_value()
    guids: list[str] = []
    run = uuid.uuid4().hex[:6]
    for start in range(0, RECORDS, IMPORT_BATCH):
        items = [
            {
                "databaseKey": DB,
                "tableGuid": table_guid,
                "name": f"Curve bench {run} {n}",
                "attributes": [value],
            }
            for n in range(start, min(start + IMPORT_BATCH, RECORDS))
        ]
        answer = client.post(
            "/api/v1/records/import",
            json={"items": items},
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        answer.raise_for_status()
        results = answer.json()["results"]
        failed = [r for r in results if r["status"] != "ok"]
        if failed:
            raise RuntimeError(f"{len(failed)} bench records not created: {failed[0]['error']}")
        guids += [r["record"]["historyGuid"] for r in results]
    return guids


def run_functional(report: Report) -> None:
    with BenchServer("--records", "200", "--max-batch", "1000") as server:
        with bare_client(server.url) as client:
            tables = client.get(f"/api/v1/databases/{DB}/tables").json()["tables"]
            metals_guid = next(t["guid"] for t in tables if t["name"] == "Metals")
            guids = _create_records(client, metals_guid)
        with facade_session(server.url) as session:
            table = session.get_db(db_key=DB).get_table("Metals")
            records = [
                r
                for r in session.get_records_by_ids([{"db_key": DB, "hguid": g} for g in guids])
                if r is not None
            ]
            assert len(records) == RECORDS
            table.attributes  # noqa: B018 — definitions loaded before recording

            def fetch() -> None:
                for record in records:
                    record.decache_attributes()
                table.bulk_fetch(records, attributes=["Stress-strain"], batch_size=FETCH_BATCH)

            recorder = RecordingTransport(httpx.HTTPTransport())
            replace_network(session, recorder)
            fetch()
            bodies = [body for _, _, _, body in recorder.answers]
            replace_network(session, ReplayTransport(recorder.answers))
            curve = records[0].attributes["Stress-strain"]
            assert len(curve.value) == 3 and len(curve.value[0].x) == 50

            def parse_only() -> None:
                for body in bodies:
                    json.loads(body)

            times = paired_medians(
                {"facade": fetch, "json.loads": parse_only},
                repeats=REPEATS,
                clock=time.process_time,
            )
    micros = {name: 1e6 * seconds / RECORDS for name, seconds in times.items()}
    ratio = micros["facade"] / micros["json.loads"]
    report.add(
        Figure(
            "P9c bulk_fetch 3x50-point stress-strain CPU per record facade/json.loads",
            ratio,
            "x",
            target="<= 3x",
            ok=ratio <= 3.0,
            details={
                "facade us/record": micros["facade"],
                "json.loads us/record": micros["json.loads"],
                "requests": len(bodies),
                "answer bytes/record": sum(len(b) for b in bodies) / RECORDS,
            },
        )
    )
