from enum import StrEnum


class AttributeTypeCodeKnown(StrEnum):
    DISC = "DISC"
    DTTM = "DTTM"
    FILE = "FILE"
    FUNC = "FUNC"
    HLNK = "HLNK"
    INPT = "INPT"
    LOGI = "LOGI"
    LTXT = "LTXT"
    PICT = "PICT"
    POIN = "POIN"
    RNGE = "RNGE"
    STXT = "STXT"
    TABL = "TABL"

    def __str__(self) -> str:
        return str(self.value)
