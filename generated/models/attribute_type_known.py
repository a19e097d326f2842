from enum import StrEnum


class AttributeTypeKnown(StrEnum):
    DATE = "date"
    DISCRETE = "discrete"
    FILE = "file"
    FUNCTIONAL = "functional"
    HYPERLINK = "hyperlink"
    INTEGER = "integer"
    LOGICAL = "logical"
    LONGTEXT = "longText"
    PICTURE = "picture"
    POINT = "point"
    RANGE = "range"
    SHORTTEXT = "shortText"
    TABULAR = "tabular"

    def __str__(self) -> str:
        return str(self.value)
