from enum import StrEnum


class GraphDecorationKnown(StrEnum):
    LINES = "lines"
    LINESANDMARKERS = "linesAndMarkers"
    MARKERS = "markers"

    def __str__(self) -> str:
        return str(self.value)
