from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_scheme_known import AuthSchemeKnown
from ..models.server_session_status_known import ServerSessionStatusKnown
from ..types import UNSET, Unset

_AUTH_SCHEME_KNOWN_VALUES = AuthSchemeKnown._value2member_map_
_SERVER_SESSION_STATUS_KNOWN_VALUES = ServerSessionStatusKnown._value2member_map_
_fromisoformat = datetime.datetime.fromisoformat
_new_instance = object.__new__


T = TypeVar("T", bound="ServerSession")

_PROPERTY_NAMES = frozenset(
    (
        "id",
        "username",
        "authenticationScheme",
        "createdAt",
        "expiresAt",
        "status",
        "lastRefreshedAt",
    )
)


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

        field_dict: dict[str, Any] = {
            "id": id,
            "username": username,
            "authenticationScheme": authentication_scheme,
            "createdAt": created_at,
            "expiresAt": expires_at,
            "status": status,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if last_refreshed_at is not UNSET:
            field_dict["lastRefreshedAt"] = last_refreshed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["id"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["id"]
        id = _first_value

        username = src_dict["username"]

        _authentication_scheme = src_dict["authenticationScheme"]
        authentication_scheme: AuthSchemeKnown | str
        try:
            authentication_scheme = _AUTH_SCHEME_KNOWN_VALUES.get(
                _authentication_scheme, _authentication_scheme
            )
        except TypeError:
            authentication_scheme = _authentication_scheme

        created_at = _fromisoformat(src_dict["createdAt"])

        expires_at = _fromisoformat(src_dict["expiresAt"])

        _status = src_dict["status"]
        status: ServerSessionStatusKnown | str
        try:
            status = _SERVER_SESSION_STATUS_KNOWN_VALUES.get(_status, _status)
        except TypeError:
            status = _status

        _last_refreshed_at = src_dict.get("lastRefreshedAt", UNSET)
        last_refreshed_at: datetime.datetime | Unset
        if _last_refreshed_at is UNSET:
            last_refreshed_at = UNSET
        else:
            last_refreshed_at = _fromisoformat(_last_refreshed_at)

        if cls is ServerSession:
            server_session = _new_instance(cls)
            server_session.id = id
            server_session.username = username
            server_session.authentication_scheme = authentication_scheme
            server_session.created_at = created_at
            server_session.expires_at = expires_at
            server_session.status = status
            server_session.last_refreshed_at = last_refreshed_at
            server_session.additional_properties = {}
        else:
            server_session = cls(
                id,
                username,
                authentication_scheme,
                created_at,
                expires_at,
                status,
                last_refreshed_at,
            )

        if len(src_dict) != 6 + (last_refreshed_at is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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
