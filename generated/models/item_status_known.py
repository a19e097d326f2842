from enum import StrEnum


class ItemStatusKnown(StrEnum):
    DELETED = "deleted"
    FAILED = "failed"
    NOTFOUND = "notFound"
    OK = "ok"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
