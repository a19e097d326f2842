from enum import StrEnum


class SearchMode(StrEnum):
    NAME = "name"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
