from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_scheme_known import AuthSchemeKnown
from ..models.server_session_status_known import ServerSessionStatusKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerSession")


@_attrs_define
class ServerSession:
    """
    Attributes:
        id (str):
        username (str):
        authentication_scheme (AuthSchemeKnown | str): An authentication scheme; open for future values.
        created_at (datetime.datetime):
        expires_at (datetime.datetime):
        status (ServerSessionStatusKnown | str):
        last_refreshed_at (datetime.datetime | Unset):
    """

    id: str
    username: str
    authentication_scheme: AuthSchemeKnown | str
    created_at: datetime.datetime
    expires_at: datetime.datetime
    status: ServerSessionStatusKnown | str
    last_refreshed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        authentication_scheme: str
        if isinstance(self.authentication_scheme, AuthSchemeKnown):
            authentication_scheme = self.authentication_scheme.value
        else:
            authentication_scheme = self.authentication_scheme

        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()

        status: str
        if isinstance(self.status, ServerSessionStatusKnown):
            status = self.status.value
        else:
            status = self.status

        last_refreshed_at: str | Unset = UNSET
        if not isinstance(self.last_refreshed_at, Unset):
            last_refreshed_at = self.last_refreshed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "authenticationScheme": authentication_scheme,
                "createdAt": created_at,
                "expiresAt": expires_at,
                "status": status,
            }
        )
        if last_refreshed_at is not UNSET:
            field_dict["lastRefreshedAt"] = last_refreshed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username")

        def _parse_authentication_scheme(data: object) -> AuthSchemeKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_auth_scheme_type_0 = AuthSchemeKnown(data)

                return componentsschemas_auth_scheme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthSchemeKnown | str, data)

        authentication_scheme = _parse_authentication_scheme(
            d.pop("authenticationScheme")
        )

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        def _parse_status(data: object) -> ServerSessionStatusKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ServerSessionStatusKnown(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ServerSessionStatusKnown | str, data)

        status = _parse_status(d.pop("status"))

        _last_refreshed_at = d.pop("lastRefreshedAt", UNSET)
        last_refreshed_at: datetime.datetime | Unset
        if isinstance(_last_refreshed_at, Unset):
            last_refreshed_at = UNSET
        else:
            last_refreshed_at = datetime.datetime.fromisoformat(_last_refreshed_at)

        server_session = cls(
            id=id,
            username=username,
            authentication_scheme=authentication_scheme,
            created_at=created_at,
            expires_at=expires_at,
            status=status,
            last_refreshed_at=last_refreshed_at,
        )

        server_session.additional_properties = d
        return server_session

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
