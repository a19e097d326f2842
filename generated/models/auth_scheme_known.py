from enum import StrEnum


class AuthSchemeKnown(StrEnum):
    APIKEY = "apiKey"
    BASIC = "basic"
    BEARER = "bearer"
    NEGOTIATE = "negotiate"
    NTLM = "ntlm"
    SESSION = "session"

    def __str__(self) -> str:
        return str(self.value)
