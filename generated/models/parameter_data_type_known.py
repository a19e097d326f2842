from enum import StrEnum


class ParameterDataTypeKnown(StrEnum):
    DISCRETE = "discrete"
    NUMERIC = "numeric"

    def __str__(self) -> str:
        return str(self.value)
