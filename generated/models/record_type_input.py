from enum import StrEnum


class RecordTypeInput(StrEnum):
    FOLDER = "folder"
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
