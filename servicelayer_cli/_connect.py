"""Connection settings (options or ``SERVICELAYER_*`` variables) and signing in with them."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

from ._errors import ExitCode

if TYPE_CHECKING:
    import facade

__all__ = ["NotSignedIn", "Settings", "connection_options", "open_session", "url_options"]


class NotSignedIn(click.ClickException):
    """No credentials were given and no OIDC token is stored (exit code 2)."""

    exit_code = ExitCode.AUTH


@dataclass(frozen=True, repr=False)
class Settings:
    """Where to connect and how to sign in; the repr never shows a secret."""

    url: str | None
    timeout: float
    api_key: str | None = None
    username: str | None = None
    password: str | None = None

    def require_url(self) -> str:
        """The Service Layer URL; a usage error when neither --url nor SERVICELAYER_URL is set."""
        if not self.url:
            raise click.UsageError(
                "no Service Layer URL: pass --url or set SERVICELAYER_URL", ctx=None
            )
        return self.url

    def configuration(self) -> facade.SessionConfiguration:
        """The SessionConfiguration these settings ask for."""
        import facade

        return facade.SessionConfiguration(timeout=round(self.timeout * 1000))

    def __repr__(self) -> str:
        return f"Settings(url={self.url!r}, username={self.username!r})"


_URL_OPTIONS = (
    click.option(
        "--url",
        envvar="SERVICELAYER_URL",
        metavar="URL",
        help="Root URL of the Service Layer [env: SERVICELAYER_URL].",
    ),
    click.option(
        "--timeout",
        type=click.FloatRange(min=0.1),
        default=60.0,
        show_default=True,
        help="Seconds to wait for each answer.",
    ),
)
_CREDENTIAL_OPTIONS = (
    click.option(
        "--api-key",
        envvar="SERVICELAYER_API_KEY",
        metavar="KEY",
        help="Sign in with an API key [env: SERVICELAYER_API_KEY].",
    ),
    click.option(
        "--username",
        "-u",
        envvar="SERVICELAYER_USERNAME",
        metavar="NAME",
        help="Sign in with a user name (DOMAIN\\user for NTLM) [env: SERVICELAYER_USERNAME].",
    ),
    click.option(
        "--password",
        envvar="SERVICELAYER_PASSWORD",
        metavar="PASSWORD",
        help="The user's password; asked for when missing on a terminal "
        "[env: SERVICELAYER_PASSWORD].",
    ),
)


Command = Callable[..., Any]


def _with_options(options: tuple[Callable[[Command], Command], ...], func: Command) -> Command:
    for option in reversed(options):
        func = option(func)
    return func


def url_options(func: Command) -> Command:
    """Adds --url and --timeout; the command receives them as ``settings``."""

    @functools.wraps(func)
    def wrapper(*args: Any, url: str | None, timeout: float, **kwargs: Any) -> Any:
        return func(*args, settings=Settings(url=url, timeout=timeout), **kwargs)

    return _with_options(_URL_OPTIONS, wrapper)


def connection_options(func: Command) -> Command:
    """Adds --url, --timeout, --api-key, --username and --password as ``settings``."""

    @functools.wraps(func)
    def wrapper(
        *args: Any,
        url: str | None,
        timeout: float,
        api_key: str | None,
        username: str | None,
        password: str | None,
        **kwargs: Any,
    ) -> Any:
        settings = Settings(
            url=url, timeout=timeout, api_key=api_key, username=username, password=password
        )
        return func(*args, settings=settings, **kwargs)

    return _with_options(_URL_OPTIONS + _CREDENTIAL_OPTIONS, wrapper)


def open_session(settings: Settings) -> facade.Session:
    """Sign in with the first of: API key, user name and password, the stored OIDC token.

    Args:
        settings: The connection settings.

    Returns:
        A connected session.

    Raises:
        click.UsageError: No URL, or a user name without a password off a terminal.
        NotSignedIn: No credentials and no stored token (exit code 2).
        facade.ServiceLayerError: The sign-in failed (wrong credentials, unreachable server…).
    """
    import facade

    url = settings.require_url()
    builder = facade.SessionBuilder(url, settings.configuration())
    if settings.api_key:
        return builder.with_api_key(settings.api_key)
    if settings.username:
        return builder.with_credentials(settings.username, _password(settings))
    try:
        return builder.with_oidc().with_stored_token()
    except (facade.StoredTokenNotFoundError, facade.OIDCConfigurationError):
        raise NotSignedIn(
            f"not signed in to {url}: run 'servicelayer login', or set SERVICELAYER_API_KEY, "
            "or SERVICELAYER_USERNAME and SERVICELAYER_PASSWORD"
        ) from None


def _password(settings: Settings) -> str:
    if settings.password is not None:
        return settings.password
    if not sys.stdin.isatty():
        raise click.UsageError(
            f"no password for {settings.username}: pass --password or set SERVICELAYER_PASSWORD"
        )
    password: str = click.prompt(f"Password for {settings.username}", hide_input=True)
    return password
