"""``python -m servicelayer_cli``: the same as the ``servicelayer`` command."""

from ._app import main

main()
