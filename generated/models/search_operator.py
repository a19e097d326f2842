from enum import StrEnum


class SearchOperator(StrEnum):
    BETWEEN = "between"
    CONTAINS = "contains"
    CONTAINSALL = "containsAll"
    CONTAINSANY = "containsAny"
    EQUAL = "equal"
    EXISTS = "exists"
    GREATERTHAN = "greaterThan"
    LESSTHAN = "lessThan"
    NOTCONTAINS = "notContains"
    NOTEXISTS = "notExists"

    def __str__(self) -> str:
        return str(self.value)
