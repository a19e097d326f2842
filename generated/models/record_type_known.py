from enum import StrEnum


class RecordTypeKnown(StrEnum):
    FOLDER = "folder"
    GENERIC = "generic"
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
