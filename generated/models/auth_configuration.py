from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_scheme_known import AuthSchemeKnown
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oidc_configuration import OidcConfiguration


T = TypeVar("T", bound="AuthConfiguration")


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
        from ..models.oidc_configuration import OidcConfiguration

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemes": schemes,
                "apiKeyHeader": api_key_header,
                "sessionHeader": session_header,
                "sessionLifetimeSeconds": session_lifetime_seconds,
            }
        )
        if oidc is not UNSET:
            field_dict["oidc"] = oidc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.oidc_configuration import OidcConfiguration

        d = dict(src_dict)
        schemes = []
        _schemes = d.pop("schemes")
        for schemes_item_data in _schemes:

            def _parse_schemes_item(data: object) -> AuthSchemeKnown | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_auth_scheme_type_0 = AuthSchemeKnown(data)

                    return componentsschemas_auth_scheme_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AuthSchemeKnown | str, data)

            schemes_item = _parse_schemes_item(schemes_item_data)

            schemes.append(schemes_item)

        api_key_header = d.pop("apiKeyHeader")

        session_header = d.pop("sessionHeader")

        session_lifetime_seconds = d.pop("sessionLifetimeSeconds")

        def _parse_oidc(data: object) -> None | OidcConfiguration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oidc_type_0 = OidcConfiguration.from_dict(data)

                return oidc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OidcConfiguration | Unset, data)

        oidc = _parse_oidc(d.pop("oidc", UNSET))

        auth_configuration = cls(
            schemes=schemes,
            api_key_header=api_key_header,
            session_header=session_header,
            session_lifetime_seconds=session_lifetime_seconds,
            oidc=oidc,
        )

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
