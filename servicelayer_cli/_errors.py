"""Exit codes and one-line messages for everything a command can raise."""

from __future__ import annotations

import enum

import click

__all__ = ["ExitCode", "NotFound", "describe", "exit_code_for"]


class ExitCode(enum.IntEnum):
    """What ``servicelayer`` exits with."""

    OK = 0
    USAGE = 1
    AUTH = 2
    NOT_FOUND = 3
    SERVER = 4


class NotFound(click.ClickException):
    """Something the command line was asked for does not exist (exit code 3)."""

    exit_code = ExitCode.NOT_FOUND


def exit_code_for(error: BaseException) -> ExitCode:
    """Map an exception to the exit code of the command line.

    Args:
        error: What a command, the facade or click raised.

    Returns:
        USAGE for usage errors and bad values, AUTH for sign-in problems, NOT_FOUND for
        missing databases, tables and records, SERVER for everything else.
    """
    if isinstance(error, click.UsageError):
        return ExitCode.USAGE
    if isinstance(error, click.ClickException):  # NotFound, NotSignedIn carry their own code
        codes = {int(code) for code in ExitCode}
        return ExitCode(error.exit_code) if error.exit_code in codes else ExitCode.USAGE
    import facade

    if isinstance(error, facade.NotFoundError | KeyError):
        return ExitCode.NOT_FOUND  # KeyError: the facade's look-ups by name or key
    auth_errors = (
        facade.AuthenticationError,  # OIDC errors too
        facade.PermissionDeniedError,
        facade.AutologonUnavailableError,
        facade.TokenStoreError,
    )
    if isinstance(error, auth_errors):
        return ExitCode.AUTH
    if isinstance(error, facade.InvalidRequestError):
        return ExitCode.USAGE  # the server refused what was asked (a 400 or 422)
    if isinstance(error, facade.ServiceLayerError):
        return ExitCode.SERVER  # 5xx, timeouts, unreachable server, version mismatch
    if isinstance(error, TypeError | ValueError | OSError):
        return ExitCode.USAGE  # bad option values, files that cannot be written
    return ExitCode.SERVER


def describe(error: BaseException) -> str:
    """Format an exception as one line, without a traceback.

    Args:
        error: The exception.

    Returns:
        Its message with line breaks folded into spaces.
    """
    if isinstance(error, click.ClickException):
        text = error.format_message()
    elif isinstance(error, KeyError) and error.args:
        text = str(error.args[0])
    elif isinstance(error, OSError) and error.filename is not None:
        text = f"{error.strerror or type(error).__name__}: {error.filename}"
    else:
        text = str(error) or type(error).__name__
    return " ".join(text.split())
