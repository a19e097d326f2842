"""save() of binary data fetched from the server stays inside its target, whatever file name
the server sends (stored there by another client that did not sanitize it)."""

from __future__ import annotations

import base64
import os
import uuid
from pathlib import Path

import httpx
import pytest

from facade import AttributeFile, ConnectionFailedError, Record, ResponseTooLargeError, Session
from tests.conftest import RunningServer
from tests.loopback_proxy import Exchange, LoopbackProxy, Reply, forward_unchanged, running

from ._support import leaf_records, sign_in

API = "/api/v1"
DB = "DEMO_MATERIALS"
HOSTILE = [
    "../../escape.txt",
    "..\\..\\escape.txt",
    "/tmp/escape.txt",
    "..",
    "a/../../b.txt",
    "invoice\u202efdp.exe",  # shown as "invoiceexe.pdf" where bidi controls are honoured
    "\u2067report\u2069\u200f.txt",
]


@pytest.fixture(scope="module")
def hostile_file_records(reference_server: RunningServer) -> dict[str, str]:
    """Metals records whose Datasheet has a hostile file name, written with plain httpx."""
    with sign_in(reference_server.url, "writer") as writer:
        targets = leaf_records(writer, DB, "Metals")[-len(HOSTILE) :]
        table = targets[0].table.guid
    named: dict[str, str] = {}
    with httpx.Client(
        base_url=reference_server.url + API, auth=("writer", "writer-password")
    ) as http:
        items = []
        for record, name in zip(targets, HOSTILE, strict=True):
            value = {
                "type": "file",
                "attribute": "Datasheet",
                "fileName": name,
                "data": base64.b64encode(f"content of {name}".encode()).decode(),
            }
            items.append(
                {
                    "databaseKey": DB,
                    "tableGuid": table,
                    "historyGuid": record.history_guid,
                    "name": record.name,
                    "attributes": [value],
                    "release": True,
                }
            )
            named[record.history_guid or ""] = name
        answer = http.post(
            "/records/import", json={"items": items}, headers={"Idempotency-Key": str(uuid.uuid4())}
        )
        assert answer.status_code == 200, answer.text
        assert [r["status"] for r in answer.json()["results"]] == ["ok"] * len(HOSTILE)
    return named


@pytest.mark.filterwarnings("ignore:downloading binary data:UserWarning")
@pytest.mark.parametrize("include_binary_data", [True, False], ids=["fetched", "on-demand"])
def test_saving_server_named_files_never_leaves_the_directory(
    reference_server: RunningServer,
    hostile_file_records: dict[str, str],
    tmp_path: Path,
    include_binary_data: bool,
) -> None:
    target = tmp_path / "inside" / "out"
    target.mkdir(parents=True)
    with sign_in(reference_server.url, "reader") as reader:
        records = reader.get_records_by_ids(
            [{"db_key": DB, "hguid": h} for h in hostile_file_records]
        )
        assert all(records)
        table = records[0].table  # type: ignore[union-attr]
        table.bulk_fetch(records, ["Datasheet"], include_binary_data=include_binary_data)  # type: ignore[arg-type]
        for record in records:
            assert record is not None
            value = record.attributes["Datasheet"]
            assert isinstance(value, AttributeFile)
            server_name = hostile_file_records[record.history_guid or ""]
            written = value.save(target)
            assert written.resolve().parent == target.resolve()
            assert written.read_bytes() == f"content of {server_name}".encode()
    everything = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert all(p.startswith("inside/out") or p == "inside" for p in everything), everything
    # Names that clean up to the same bare name ("escape.txt") overwrite one another.
    assert {p for p in everything if p.startswith("inside/out/")} == {
        "inside/out/escape.txt",
        "inside/out/b.txt",
        "inside/out/Datasheet",
        "inside/out/invoicefdp.exe",
        "inside/out/report.txt",
    }


def _exported_by_url(
    writer: Session, content: bytes, *, file_name: str
) -> tuple[Record, AttributeFile]:
    """A new Metals record holding ``content`` as its Datasheet, read back as a URL.

    The caller deletes the record: the server is shared with other tests."""
    table = writer.get_db(db_key=DB).get_table("Metals")
    record = table.create_record(f"Datasheet {uuid.uuid4().hex[:8]}")
    record.set_attributes([AttributeFile("Datasheet", content, file_name=file_name)])
    writer.update([record], refresh_attributes=False)
    table.bulk_fetch([record], ["Datasheet"])
    value = record.attributes["Datasheet"]
    assert isinstance(value, AttributeFile) and value.url
    return record, value


def test_save_streams_a_download_larger_than_the_memory_cap(
    reference_server: RunningServer, tmp_path: Path
) -> None:
    """A file exported by URL is streamed to disk by save(): the answer cap does not apply,
    while reading the same bytes into memory (binary_data) is refused past it."""
    content = os.urandom(3 << 20)
    with sign_in(reference_server.url, "writer", max_response_bytes=512 << 10) as writer:
        record, value = _exported_by_url(writer, content, file_name="big.bin")
        written = value.save(tmp_path)
        assert written == tmp_path / "big.bin"
        assert written.read_bytes() == content
        assert [p.name for p in tmp_path.iterdir()] == ["big.bin"]  # no temporary file left
        with (
            pytest.warns(UserWarning, match="on demand"),
            pytest.raises(ResponseTooLargeError, match="max_response_bytes"),
        ):
            value.binary_data  # noqa: B018
        assert not writer.bulk_delete_or_withdraw_records([record]).failures


def test_an_interrupted_download_leaves_no_file(
    reference_server: RunningServer, tmp_path: Path
) -> None:
    proxy = LoopbackProxy(reference_server.url)
    content = os.urandom(1 << 20)
    target = tmp_path / "out"
    target.mkdir()
    with running(proxy), sign_in(proxy.url, "writer") as writer:
        record, value = _exported_by_url(writer, content, file_name="cut.bin")

        def cut_downloads(exchange: Exchange) -> Reply:
            reply = forward_unchanged(exchange)
            if "/binary-data/" in exchange.path and exchange.method == "GET":
                reply.truncate = len(reply.body) // 2
            return reply

        proxy.rule = cut_downloads
        with pytest.raises(ConnectionFailedError, match="during the download"):
            value.save(target)
        assert list(target.iterdir()) == []
        proxy.rule = forward_unchanged
        assert value.save(target).read_bytes() == content
        assert not writer.bulk_delete_or_withdraw_records([record]).failures
