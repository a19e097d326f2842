from enum import StrEnum


class HyperlinkDisplayKnown(StrEnum):
    CONTENTFRAME = "contentFrame"
    NEWWINDOW = "newWindow"
    TOPWINDOW = "topWindow"

    def __str__(self) -> str:
        return str(self.value)
