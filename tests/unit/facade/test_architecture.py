"""The facade's shape: read from its source, so a change that breaks a rule fails here.

- no module assigns another object's private attributes (the owner offers a method);
- no import cycle at run time (imports under ``TYPE_CHECKING`` are types only);
- every ``if TYPE_CHECKING:`` says why on its line;
- beyond two positional parameters, parameters are keyword-only (the public classes keep the
  Scripting Toolkit's signatures);
- the import-layer contract (``make layers``) refuses a planted violation, also one that is
  imported under ``TYPE_CHECKING`` only.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import facade

ROOT = Path(__file__).resolve().parents[3]
FACADE = ROOT / "facade"


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(FACADE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        yield ".".join(parts), path


# --- private attributes ---------------------------------------------------------------------


def foreign_private_assignments(source: str) -> list[str]:
    """``obj._name = …`` (also augmented, annotated, ``del`` and item assignment) where ``obj``
    is not ``self`` or ``cls``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign | ast.Delete):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        for target in targets:
            for part in ast.walk(target):
                if (
                    isinstance(part, ast.Attribute)
                    and part.attr.startswith("_")
                    and not part.attr.startswith("__")
                    and not (isinstance(part.value, ast.Name) and part.value.id in ("self", "cls"))
                ):
                    found.append(f"line {part.lineno}: {ast.unparse(part)}")
    return found


def test_the_private_attribute_check_finds_each_form() -> None:
    source = "record._a = 1\nrecord._b += 1\nrecord._c: int = 1\ndel record._d\nrecord._e[k] = 1\n"
    assert len(foreign_private_assignments(source)) == 5
    assert foreign_private_assignments("self._a = 1\ncls._b = 2\nrecord.public = 3\n") == []


def test_no_module_assigns_another_objects_private_attributes() -> None:
    found = {
        name: hits
        for name, path in _modules()
        if (hits := foreign_private_assignments(path.read_text()))
    }
    assert found == {}


# --- import cycles --------------------------------------------------------------------------


def runtime_imports(module: str, source: str, *, is_package: bool) -> set[str]:
    """Facade modules ``module`` imports when it runs (anywhere but under ``TYPE_CHECKING``)."""
    package = module if is_package else module.rpartition(".")[0]
    type_only: set[int] = set()
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
            type_only.update(id(n) for child in node.body for n in ast.walk(child))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            imported.update(a.name for a in node.names if a.name.split(".")[0] == "facade")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.split(".")[0] != "facade":
                continue
            imported.add(target)
            imported.update(f"{target}.{a.name}" for a in node.names)
    return imported


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_the_cycle_check_finds_a_cycle_and_ignores_type_only_imports() -> None:
    a = runtime_imports("facade.a", "from .b import B\n", is_package=False)
    b_source = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import A\n"
    b = runtime_imports("facade.b", b_source, is_package=False)
    assert import_cycles({"facade.a": a, "facade.b": b}) == []
    b = runtime_imports("facade.b", "def f():\n    from .a import A\n", is_package=False)
    assert import_cycles({"facade.a": a, "facade.b": b}) == [["facade.a", "facade.b"]]


def test_no_runtime_import_cycles_in_the_facade() -> None:
    modules = dict(_modules())
    graph = {
        name: {
            target
            for target in runtime_imports(
                name, path.read_text(), is_package=path.name == "__init__.py"
            )
            if target in modules and target != name
        }
        for name, path in modules.items()
    }
    assert import_cycles(graph) == []


def test_every_type_checking_import_says_why() -> None:
    silent = [
        f"{path.relative_to(ROOT)}:{number}"
        for _, path in _modules()
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if line.startswith("if TYPE_CHECKING:") and "#" not in line
    ]
    assert silent == []


# --- keyword-only parameters ----------------------------------------------------------------

PUBLIC_CLASSES = {
    klass.__name__
    for name in facade.__all__
    if isinstance(getattr(facade, name), type)
    for klass in getattr(facade, name).__mro__
    if klass.__module__.startswith("facade")
}
"""The facade's public classes and the mixins they are made of (their public methods are theirs)."""
INTERFACE_METHODS = {"start_tls", "connect_tcp", "connect_unix_socket"}
"""Signatures fixed by httpcore's ``NetworkBackend`` / ``NetworkStream``, which call them."""


def too_many_positional(source: str) -> list[str]:
    """Functions with more than two positional parameters (after ``self``/``cls``), except the
    public methods and constructors of the facade's public classes, dunder protocols and
    methods whose signature another library defines."""
    found: list[str] = []
    tree = ast.parse(source)
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name in PUBLIC_CLASSES:
            exempt.update(
                id(f)
                for f in node.body
                if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                and (not f.name.startswith("_") or f.name == "__init__")
            )
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or id(node) in exempt:
            continue
        if node.name.startswith("__") and node.name.endswith("__") and node.name != "__init__":
            continue
        if node.name in INTERFACE_METHODS:
            continue
        names = [a.arg for a in node.args.posonlyargs + node.args.args]
        if names and names[0] in ("self", "cls"):
            names = names[1:]
        if len(names) > 2:
            found.append(f"line {node.lineno}: {node.name}({', '.join(names)})")
    return found


def test_the_positional_check_counts_after_self() -> None:
    assert (
        too_many_positional("def f(a, b, *, c): ...\nclass X:\n    def g(self, a, b): ...\n") == []
    )
    assert too_many_positional("def f(a, b, c): ...\n") == ["line 1: f(a, b, c)"]


def test_parameters_beyond_two_positional_are_keyword_only() -> None:
    found = {
        name: hits for name, path in _modules() if (hits := too_many_positional(path.read_text()))
    }
    assert found == {}


# --- the import-layer contract --------------------------------------------------------------


PLANTED = [
    # (module, line added at its end, what the linter must report)
    ("_model/record.py", "from .._ops import lookups", "facade._model.record -> facade._ops"),
    (
        "_model/table.py",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .._session import Session",
        "facade._model.table -> facade._session",
    ),
    ("auth/_basic.py", "from .._model import database", "facade.auth._basic -> facade._model"),
    (
        "_core/errors.py",
        "from generated.api.status import get_status",
        "facade._core.errors -> generated.api.status",
    ),
]


def _package_dir(package: str) -> Path:
    """The package's folder here, else where it is installed (a scratch copy may hold only some)."""
    if (ROOT / package / "__init__.py").is_file():
        return ROOT / package
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.submodule_search_locations, f"{package} is not installed"
    return Path(next(iter(spec.submodule_search_locations)))


def test_the_layer_contract_refuses_planted_violations(tmp_path: Path) -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    for package in config["tool"]["importlinter"]["root_packages"]:  # the whole analysed tree
        shutil.copytree(
            _package_dir(package), tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for module, line, _ in PLANTED:
        target = tmp_path / "facade" / module
        target.write_text(target.read_text() + "\n" + line + "  # noqa\n")
    linter = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run(
        [str(linter), "--no-cache"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": str(Path(sys.executable).parent)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    reported = " ".join(run.stdout.split())
    assert [edge for _, _, edge in PLANTED if edge not in reported] == []


def test_the_layer_contract_holds_for_the_facade_as_it_is() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run(
        [str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout
