"""``make demo``: start the embedded reference server with demo data, run the quickstart, stop.

The server gets a free loopback port and a temporary data file, so a fresh clone needs
nothing else.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "examples")]


def main() -> None:
    import quickstart

    from server.launch import ServerProcess

    with (
        tempfile.TemporaryDirectory() as data_dir,
        ServerProcess("--data", str(Path(data_dir) / "demo.sqlite3"), "--demo") as server,
    ):
        print(f"Reference server with demo data at {server.url}")
        quickstart.main(server.url)


if __name__ == "__main__":
    main()
