"""What the device-code sign-in shows the user (light: ``import facade`` loads it, not the flow)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DeviceCodePrompt"]


@dataclass(frozen=True)
class DeviceCodePrompt:
    """What the user needs to approve the sign-in on another device."""

    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_in: float

    @property
    def message(self) -> str:
        """A one-paragraph instruction for the user."""
        text = f"To sign in, open {self.verification_uri} and enter the code {self.user_code}"
        if self.verification_uri_complete:
            text += f" (or open {self.verification_uri_complete})"
        return text + f"; the code expires in {int(self.expires_in)} seconds."
