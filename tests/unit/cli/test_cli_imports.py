"""The command line is the top layer: it uses the public ``facade`` API and nothing below it."""

from __future__ import annotations

import ast
from pathlib import Path

import facade
import servicelayer_cli

CLI_DIR = Path(servicelayer_cli.__file__).parent


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, imported names) for every import statement of ``path``."""
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def _attributes_of_facade(path: Path) -> set[str]:
    """Every ``facade.<name>`` the module reads."""
    return {
        node.attr
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "facade"
    }


def test_the_cli_imports_only_the_public_facade() -> None:
    modules = sorted(CLI_DIR.glob("*.py"))
    assert modules
    for path in modules:
        for module, names in _imports(path):
            top = module.split(".")[0]
            assert top != "generated", f"{path.name} imports {module}"
            if top == "facade":
                assert module == "facade", f"{path.name} imports the private {module}"
                assert set(names) <= set(facade.__all__), f"{path.name}: {names}"
            if top == "server":
                assert module == "server.__main__", f"{path.name} imports {module}"
        used = _attributes_of_facade(path)
        assert used <= set(facade.__all__), f"{path.name} uses {used - set(facade.__all__)}"


def test_nothing_imports_the_cli() -> None:
    root = CLI_DIR.parent
    for package in ("facade", "generated", "server"):
        for path in (root / package).rglob("*.py"):
            for module, _ in _imports(path):
                assert not module.startswith("servicelayer_cli"), f"{path} imports {module}"
