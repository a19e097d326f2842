"""The server's answer for one record, as the record tests read it."""

from __future__ import annotations

from typing import Any

ANSWER: dict[str, Any] = {
    "historyGuid": "bdd640fb-0667-4ad1-9c80-000000000038",
    "versionGuid": "23b8c1e9-3924-46de-beb1-00000000004a",
    "historyIdentity": 57,
    "versionNumber": 2,
    "name": "Aluminium 1050-O lot 1",
    "shortName": "Al 1050-O lot 1",
    "type": "record",
    "color": "red",
    "parentHistoryGuid": None,
    "tableGuid": "972a8469-1641-4f82-8b9d-000000000000",
    "tableName": "Metals",
    "databaseKey": "DEMO_MATERIALS",
    "releaseState": "released",
    "createdAt": "2025-01-06T13:35:00Z",
    "createdBy": "writer",
    "lastModifiedAt": "2025-01-06T14:35:00Z",
    "lastModifiedBy": "writer",
}
