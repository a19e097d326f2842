"""Every type in a public signature can be imported from ``facade``, and values are typed well
enough for a type checker: reading ``.unit`` of any attribute value needs no ``isinstance``."""

from __future__ import annotations

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


def test_every_type_in_a_public_signature_is_exported() -> None:
    exported = {id(getattr(facade, name)) for name in facade.__all__}
    namespace = {name: getattr(facade, name) for name in facade.__all__}
    missing: dict[str, str] = {}
    for where, function in _signatures():
        module = sys.modules[function.__module__]
        try:
            hints = typing.get_type_hints(function, {**vars(module), **namespace})
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
