"""connect(): open a connection with the given sign-in and return the Session on it."""

from __future__ import annotations

import httpx

from .._connection import Identity, open_connection
from .._core.configuration import SessionConfiguration
from .._session import Session

__all__ = ["configuration_or_default", "connect"]


def configuration_or_default(value: object) -> SessionConfiguration:
    """``value``, or ``SessionConfiguration()`` for None; TypeError for anything else."""
    if value is None:
        return SessionConfiguration()
    if not isinstance(value, SessionConfiguration):
        raise TypeError(
            f"session_configuration must be a SessionConfiguration, not {type(value).__name__}"
        )
    return value


def connect(
    service_layer_url: str,
    configuration: SessionConfiguration,
    *,
    auth: httpx.Auth,
    identity: Identity,
    use_server_session: bool = True,
) -> Session:
    """Connect and sign in; returns ``Session(connection)``.

    ``auth`` signs the creation of the server session (and every request when
    ``use_server_session`` is False). ``auth.can_reauthenticate`` (default True) says whether
    it may sign in again when the server session is lost.
    """
    connection = open_connection(
        service_layer_url,
        configuration,
        auth=auth,
        identity=identity,
        use_server_session=use_server_session,
    )
    try:
        return Session(connection)
    except BaseException:
        connection.close()
        raise
