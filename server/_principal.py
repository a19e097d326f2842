"""Who is calling: the result of authentication, used by every handler."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """What an account may do."""

    ADMIN = "admin"
    WRITER = "writer"
    READER = "reader"


@dataclass(frozen=True, slots=True)
class Principal:
    """An authenticated caller: account name, role and the scheme that proved it."""

    username: str
    role: Role
    scheme: str  # one of: basic, ntlm, negotiate, bearer, apiKey, session

    @property
    def can_write(self) -> bool:
        return self.role in (Role.ADMIN, Role.WRITER)

    @property
    def sees_drafts(self) -> bool:
        """Writers and admins also see unreleased versions."""
        return self.can_write
