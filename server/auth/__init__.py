"""Authentication of API requests: Basic, API key, NTLM/Negotiate, Bearer and server sessions.

The app uses ``Authenticator``; the session handlers use ``SessionStore``; the discovery
handler uses ``auth_configuration``.
"""

from ._authenticator import Authenticator, AuthOutcome
from ._challenges import API_KEY_HEADER, SESSION_HEADER, auth_configuration
from ._ntlm import remove_ntlm_user_file
from ._sessions import ServerSession, SessionStore

__all__ = [
    "API_KEY_HEADER",
    "SESSION_HEADER",
    "AuthOutcome",
    "Authenticator",
    "ServerSession",
    "SessionStore",
    "auth_configuration",
    "remove_ntlm_user_file",
]
