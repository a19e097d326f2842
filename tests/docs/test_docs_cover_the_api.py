"""The documentation site covers the public ``facade`` API and every page is in the navigation."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import facade

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
# values, mentioned in the text
CONSTANTS = {"API_VERSION", "DATABASE_UNIT_SYSTEM", "KEYRING_SERVICE"}


def _pages() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in DOCS.glob("*.md")}


def test_every_public_name_has_a_reference_block() -> None:
    text = "\n".join(_pages().values())
    documented = set(re.findall(r"^::: facade\.(\w+)$", text, re.MULTILINE))
    assert documented <= set(facade.__all__), documented - set(facade.__all__)
    assert set(facade.__all__) - CONSTANTS <= documented, (
        set(facade.__all__) - CONSTANTS - documented
    )
    for constant in CONSTANTS:
        assert constant in text, constant


def test_reference_blocks_use_the_public_namespace_only() -> None:
    for name, text in _pages().items():
        for target in re.findall(r"^::: (\S+)$", text, re.MULTILINE):
            assert re.fullmatch(r"facade\.[A-Za-z]\w*", target), f"{name}: {target}"


def test_every_page_is_in_the_navigation() -> None:
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    in_nav = {next(iter(entry.values())) for entry in config["nav"]}
    assert in_nav == set(_pages())
    assert "architecture.md" in in_nav
