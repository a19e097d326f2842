from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="OidcConfiguration")

_PROPERTY_NAMES = frozenset(
    (
        "authority",
        "issuer",
        "clientId",
        "redirectUri",
        "scopes",
        "audience",
    )
)


@_attrs_define
class OidcConfiguration:
    """
    Attributes:
        authority (str): Base URL of the identity provider; its discovery document is at `/.well-known/openid-
            configuration` below it.
        issuer (str):
        client_id (str):
        redirect_uri (str):
        scopes (list[str]):
        audience (str | Unset):
    """

    authority: str
    issuer: str
    client_id: str
    redirect_uri: str
    scopes: list[str]
    audience: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authority = self.authority

        issuer = self.issuer

        client_id = self.client_id

        redirect_uri = self.redirect_uri

        scopes = self.scopes

        audience = self.audience

        field_dict: dict[str, Any] = {
            "authority": authority,
            "issuer": issuer,
            "clientId": client_id,
            "redirectUri": redirect_uri,
            "scopes": scopes,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if audience is not UNSET:
            field_dict["audience"] = audience

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        try:
            _first_value = src_dict["authority"]
        except (TypeError, AttributeError):
            src_dict = dict(src_dict)
            _first_value = src_dict["authority"]
        authority = _first_value

        issuer = src_dict["issuer"]

        client_id = src_dict["clientId"]

        redirect_uri = src_dict["redirectUri"]

        scopes = cast(list[str], src_dict["scopes"])

        audience = src_dict.get("audience", UNSET)

        if cls is OidcConfiguration:
            oidc_configuration = _new_instance(cls)
            oidc_configuration.authority = authority
            oidc_configuration.issuer = issuer
            oidc_configuration.client_id = client_id
            oidc_configuration.redirect_uri = redirect_uri
            oidc_configuration.scopes = scopes
            oidc_configuration.audience = audience
            oidc_configuration.additional_properties = {}
        else:
            oidc_configuration = cls(
                authority,
                issuer,
                client_id,
                redirect_uri,
                scopes,
                audience,
            )

        if len(src_dict) != 5 + (audience is not UNSET):
            d = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
            oidc_configuration.additional_properties = d

        return oidc_configuration

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
