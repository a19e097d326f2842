"""Build hook: the wheel carries the OpenAPI contract inside the packages that read it.

``openapi/`` stays the single source of truth in the checkout. When a wheel is built, the
contract files are copied into ``facade/_openapi/`` (contract validation) and
``server/_openapi/`` (request validation, ``--api-version``), so an installed package finds
them without a checkout. Everything else is configured in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

CONTRACT_DIR = Path(__file__).resolve().parent / "openapi"
CONTRACT_FILES = {
    "facade": ("servicelayer.yaml",),
    "server": ("servicelayer.yaml", "servicelayer-1.1.yaml"),
}


class BuildWithContract(build_py):
    """``build_py`` that also copies the contract files into each package's ``_openapi/``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads openapi/ of the checkout
        for package, names in CONTRACT_FILES.items():
            target = Path(self.build_lib) / package / "_openapi"
            target.mkdir(parents=True, exist_ok=True)
            for name in names:
                shutil.copyfile(CONTRACT_DIR / name, target / name)


setup(cmdclass={"build_py": BuildWithContract})
