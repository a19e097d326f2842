from enum import StrEnum


class RecordHistoryEventKindKnown(StrEnum):
    CREATE = "create"
    MODIFY = "modify"
    RELEASE = "release"
    SUPERSEDE = "supersede"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
