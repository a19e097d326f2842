"""Every type in a public signature can be imported from ``facade``, and values are typed well
enough for a type checker: reading ``.unit`` of any attribute value needs no ``isinstance``."""

from __future__ import annotations

import ast
import functools
import importlib
import importlib.util
import inspect
import sys
import types
import typing
from pathlib import Path

from mypy import api as mypy_api

import facade

REPO = Path(__file__).resolve().parents[2]
_OPTIONAL = ("pandas",)  # names of an extra that annotations may use


def _facade_classes(annotation: object) -> typing.Iterator[type]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is not None:
        for argument in typing.get_args(annotation):
            yield from _facade_classes(argument)
    elif inspect.isclass(annotation) and annotation.__module__.startswith("facade"):
        yield annotation


def _signatures() -> typing.Iterator[tuple[str, typing.Callable[..., object]]]:
    for name in facade.__all__:
        obj = getattr(facade, name)
        if inspect.isfunction(obj):
            yield name, obj
        elif inspect.isclass(obj):
            for member_name, member in vars(obj).items():
                if member_name.startswith("_") and member_name != "__init__":
                    continue
                if isinstance(member, property) and member.fget is not None:
                    yield f"{name}.{member_name}", member.fget
                elif isinstance(member, staticmethod | classmethod):
                    yield f"{name}.{member_name}", member.__func__
                elif inspect.isfunction(member):
                    yield f"{name}.{member_name}", member


@functools.cache
def _type_checking_namespace(module_name: str) -> dict[str, object]:
    """The module's names as a type checker sees them: its ``if TYPE_CHECKING:`` blocks run.

    The facade imports contract models for annotations only (they load at first use), so an
    annotation such as ``ValueModel`` resolves here, not in the module at run time.
    """
    module = importlib.import_module(module_name)
    namespace = dict(vars(module))
    for node in ast.parse(inspect.getsource(module)).body:
        if not (isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"):
            continue
        for statement in node.body:
            block = ast.Module(body=[statement], type_ignores=[])
            try:
                exec(compile(block, module.__file__ or module_name, "exec"), namespace)
            except ImportError:  # a name the other module declares for type checkers only
                assert isinstance(statement, ast.ImportFrom), ast.unparse(statement)
                source = importlib.util.resolve_name(
                    "." * statement.level + (statement.module or ""), module.__package__
                )
                names = _type_checking_namespace(source)
                for alias in statement.names:
                    namespace[alias.asname or alias.name] = names[alias.name]
    return namespace


def test_every_type_in_a_public_signature_is_exported() -> None:
    exported = {id(getattr(facade, name)) for name in facade.__all__}
    namespace = {name: getattr(facade, name) for name in facade.__all__}
    missing: dict[str, str] = {}
    for where, function in _signatures():
        module = vars(sys.modules[function.__module__])
        if not where.endswith("__init__"):  # annotations may name models loaded at first use
            module = _type_checking_namespace(function.__module__)
        try:
            hints = typing.get_type_hints(function, {**module, **namespace})
        except NameError as error:
            unresolved = str(error)
            # a constructor the SDK calls with its own internals, or an optional extra's type
            assert where.endswith("__init__") or any(o in unresolved for o in _OPTIONAL), (
                f"{where}: {unresolved}"
            )
            continue
        for parameter, annotation in hints.items():
            for cls in _facade_classes(annotation):
                built_by_the_sdk = where.startswith(("Session.__init__", "AsyncSession.__init__"))
                if id(cls) not in exported and not built_by_the_sdk:
                    missing[f"{cls.__module__}.{cls.__qualname__}"] = f"{where} ({parameter})"
    assert missing == {}


def test_reading_unit_of_any_value_type_checks(tmp_path: Path) -> None:
    script = tmp_path / "uses_units.py"
    script.write_text(
        "from facade import Record\n"
        "def units(record: Record) -> list[str | None]:\n"
        "    return [value.unit for value in record.attributes.values()]\n"
        "def density(record: Record) -> str:\n"
        "    return record.attributes['Density'].unit or ''\n",
        encoding="utf-8",
    )
    out, err, status = mypy_api.run(
        ["--strict", "--no-incremental", "--follow-imports=silent", str(script)]
    )
    assert status == 0, out + err
