"""A datasheet with curves and tables, rendered by headless Chromium (the Debian package).

The browser reaches the reference server through a loopback proxy that adds the reader's API
key (a browser cannot send one), so the page arrives with the server's own headers and
Content-Security-Policy. The screenshot must show the plot: each curve's colour drawn across
the plot area, one per temperature; the DOM Chromium builds must hold each meta-attribute row
right under its parent's. Under CI=true a missing Chromium fails the test.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.conftest import RunningServer
from tests.loopback_proxy import Exchange, LoopbackProxy, Reply, running
from tests.peers import missing_peer

from ._helpers import API, all_records, client

DB = "DEMO_MATERIALS"
SERIES_COLOURS = ((0x1F, 0x77, 0xB4), (0xD6, 0x27, 0x28), (0x2C, 0xA0, 0x2C))
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        missing_peer("Chromium is not installed (apt-get install chromium; .ci/run does)")
    return found


@pytest.fixture(scope="module")
def keyed_proxy(reference_server: RunningServer) -> Iterator[LoopbackProxy]:
    proxy = LoopbackProxy(reference_server.url)

    def with_key(exchange: Exchange) -> Reply:
        exchange.headers["X-API-Key"] = "demo-reader-api-key"
        return Reply.of(exchange.forward())

    proxy.rule = with_key
    with running(proxy):
        yield proxy


def _metal_with_curves(url: str) -> dict[str, Any]:
    with client(url, "reader") as http:
        for record in all_records(http, DB, "Metals"):
            body = {
                "records": [{"databaseKey": DB, "historyGuid": record["historyGuid"]}],
                "attributes": ["Stress-strain", "Compatible polymers"],
            }
            result = http.post(f"{API}/records/export", json=body).json()["results"][0]
            if result["status"] == "ok" and len(result["attributes"]) == 2:
                return record
    raise AssertionError("no metal with a stress-strain curve and compatible polymers")


def _screenshot(chromium: str, url: str, path: Path, profile: Path) -> None:
    command = [
        chromium,
        *CHROMIUM_FLAGS,
        f"--user-data-dir={profile}",
        "--window-size=1400,1400",
        f"--screenshot={path}",
        url,
    ]
    done = subprocess.run(command, capture_output=True, timeout=120, check=False)
    assert path.exists(), done.stderr.decode(errors="replace")[-2000:]


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return all(abs(p - c) <= 40 for p, c in zip(pixel[:3], colour, strict=True))


def test_datasheet_draws_the_stress_strain_plot(
    reference_server: RunningServer, keyed_proxy: LoopbackProxy, tmp_path: Path
) -> None:
    chromium = _chromium()
    record = _metal_with_curves(reference_server.url)
    page = f"/viewer/datasheet?dbKey={DB}&recordHistoryGuid={record['historyGuid']}"
    with client(reference_server.url, "reader") as http:
        html = http.get(page).text
    assert html.count('class="series"') >= 3
    for temperature in ("20", "100", "200"):
        assert f"Temperature = {temperature} degC" in html
    assert "Strain (%)" in html and "Stress (MPa)" in html
    assert 'class="linked" href="datasheet?' in html

    shot = tmp_path / "plot.png"
    _screenshot(chromium, f"{keyed_proxy.url}{page}#Stress-strain", shot, tmp_path / "profile")
    image = Image.open(shot).convert("RGB")
    width, height = image.size
    pixels = image.load()
    assert pixels is not None
    for colour in SERIES_COLOURS:
        columns = {x for x in range(width) for y in range(height) if _near(pixels[x, y], colour)}
        assert len(columns) >= 100, f"curve colour {colour} drawn across {len(columns)} px only"


def test_datasheet_shows_meta_attributes_under_their_parent(
    reference_server: RunningServer, keyed_proxy: LoopbackProxy, tmp_path: Path
) -> None:
    """Chromium's DOM of the datasheet: each meta-attribute row right after its parent's."""
    chromium = _chromium()
    record = all_records_of(reference_server.url)[1]
    page = f"/viewer/datasheet?dbKey={DB}&recordHistoryGuid={record['historyGuid']}"
    command = [
        chromium,
        *CHROMIUM_FLAGS,
        f"--user-data-dir={tmp_path / 'profile'}",
        "--dump-dom",
        f"{keyed_proxy.url}{page}",
    ]
    done = subprocess.run(command, capture_output=True, timeout=120, check=False)
    dom = done.stdout.decode(errors="replace")
    assert "<table" in dom, done.stderr.decode(errors="replace")[-2000:]
    rows = re.findall(r'<tr(?: class="meta")? id="([^"]+)"', dom)
    density = rows.index("Density")
    assert rows[density + 1 : density + 3] == ["Density/Source", "Density/Test notes"]
    strength = rows.index("Yield strength")
    assert rows[strength + 1 : strength + 3] == [
        "Yield strength/Source",
        "Yield strength/Test temperature",
    ]
    assert rows[strength + 3] == "Form"


def all_records_of(url: str) -> list[dict[str, Any]]:
    with client(url, "reader") as http:
        return all_records(http, DB, "Metals")
