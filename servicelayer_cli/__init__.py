"""``servicelayer``: the command line of the Service Layer SDK.

A thin layer on top of the public ``facade`` API (and of ``server`` for ``servicelayer
serve``); nothing imports it. Commands import what they need when they run, so
``servicelayer --help`` starts quickly.
"""

from ._app import cli, main

__all__ = ["cli", "main"]
