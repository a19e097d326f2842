from enum import StrEnum


class ReleaseStateKnown(StrEnum):
    RELEASED = "released"
    SUPERSEDED = "superseded"
    UNRELEASED = "unreleased"
    UNVERSIONED = "unversioned"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
