from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_scheme_known import AuthSchemeKnown
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oidc_configuration import OidcConfiguration

_LAZY_IMPORTED = False


def _import_lazily() -> None:
    """Import the models this one refers to, once (they may import this module)."""
    global _LAZY_IMPORTED
    global OidcConfiguration
    from ..models.oidc_configuration import OidcConfiguration

    _LAZY_IMPORTED = True


_AUTH_SCHEME_KNOWN_VALUES = AuthSchemeKnown._value2member_map_
_new_instance = object.__new__


T = TypeVar("T", bound="AuthConfiguration")

_PROPERTY_NAMES = frozenset(
    (
        "schemes",
        "apiKeyHeader",
        "sessionHeader",
        "sessionLifetimeSeconds",
        "oidc",
    )
)


@_attrs_define
class AuthConfiguration:
    """
    Attributes:
        schemes (list[AuthSchemeKnown | str]):
        api_key_header (str):
        session_header (str):
        session_lifetime_seconds (int):
        oidc (None | OidcConfiguration | Unset):
    """

    schemes: list[AuthSchemeKnown | str]
    api_key_header: str
    session_header: str
    session_lifetime_seconds: int
    oidc: None | OidcConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTED:
            _import_lazily()
        schemes = []
        for schemes_item_data in self.schemes:
            schemes_item: str
            if isinstance(schemes_item_data, AuthSchemeKnown):
                schemes_item = schemes_item_data.value
            else:
                schemes_item = schemes_item_data
            schemes.append(schemes_item)

        api_key_header = self.api_key_header

        session_header = self.session_header

        session_lifetime_seconds = self.session_lifetime_seconds

        oidc: dict[str, Any] | None | Unset
        if isinstance(self.oidc, Unset):
            oidc = UNSET
        elif isinstance(self.oidc, OidcConfiguration):
            oidc = self.oidc.to_dict()
        else:
            oidc = self.oidc

        field_dict: dict[str, Any] = {
            "schemes": schemes,
            "apiKeyHeader": api_key_header,
            "sessionHeader": session_header,
            "sessionLifetimeSeconds": session_lifetime_seconds,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if oidc is not UNSET:
            field_dict["oidc"] = oidc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTED:
            _import_lazily()
        try:
            _first_value = src_dict["schemes"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["schemes"]
        schemes = []
        _schemes = _first_value
        for schemes_item_data in _schemes:
            _schemes_item = schemes_item_data
            schemes_item: AuthSchemeKnown | str
            try:
                schemes_item = _AUTH_SCHEME_KNOWN_VALUES.get(
                    _schemes_item, _schemes_item
                )
            except TypeError:
                schemes_item = _schemes_item

            schemes.append(schemes_item)

        api_key_header = src_dict["apiKeyHeader"]

        session_header = src_dict["sessionHeader"]

        session_lifetime_seconds = src_dict["sessionLifetimeSeconds"]

        _oidc = src_dict.get("oidc", UNSET)
        oidc: None | OidcConfiguration | Unset
        if _oidc is None or _oidc is UNSET:
            oidc = _oidc
        else:
            try:
                if not isinstance(_oidc, dict):
                    raise TypeError()
                oidc_type_0 = OidcConfiguration.from_dict(_oidc)

                oidc = oidc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                oidc = _oidc

        if cls is AuthConfiguration:
            auth_configuration = _new_instance(cls)
            auth_configuration.schemes = schemes
            auth_configuration.api_key_header = api_key_header
            auth_configuration.session_header = session_header
            auth_configuration.session_lifetime_seconds = session_lifetime_seconds
            auth_configuration.oidc = oidc
            auth_configuration.additional_properties = {}
        else:
            auth_configuration = cls(
                schemes,
                api_key_header,
                session_header,
                session_lifetime_seconds,
                oidc,
            )

        if len(src_dict) != 4 + (oidc is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            auth_configuration.additional_properties = d

        return auth_configuration

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
