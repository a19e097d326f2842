from enum import StrEnum


class LinkGroupTypeKnown(StrEnum):
    CROSSDATABASE = "crossDatabase"
    DYNAMIC = "dynamic"
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)
