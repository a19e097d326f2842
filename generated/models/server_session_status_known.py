from enum import StrEnum


class ServerSessionStatusKnown(StrEnum):
    ACTIVE = "ACTIVE"

    def __str__(self) -> str:
        return str(self.value)
