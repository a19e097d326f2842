from enum import StrEnum


class RecordColorKnown(StrEnum):
    AQUA = "aqua"
    BLACK = "black"
    BLUE = "blue"
    FUCHSIA = "fuchsia"
    GRAY = "gray"
    GREEN = "green"
    INHERITFROMPARENT = "inheritFromParent"
    LIME = "lime"
    MAROON = "maroon"
    NAVY = "navy"
    OLIVE = "olive"
    PURPLE = "purple"
    RED = "red"
    SILVER = "silver"
    TEAL = "teal"
    WHITE = "white"
    YELLOW = "yellow"

    def __str__(self) -> str:
        return str(self.value)
