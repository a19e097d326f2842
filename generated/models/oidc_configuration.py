from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OidcConfiguration")


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authority": authority,
                "issuer": issuer,
                "clientId": client_id,
                "redirectUri": redirect_uri,
                "scopes": scopes,
            }
        )
        if audience is not UNSET:
            field_dict["audience"] = audience

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        authority = d.pop("authority")

        issuer = d.pop("issuer")

        client_id = d.pop("clientId")

        redirect_uri = d.pop("redirectUri")

        scopes = cast(list[str], d.pop("scopes"))

        audience = d.pop("audience", UNSET)

        oidc_configuration = cls(
            authority=authority,
            issuer=issuer,
            client_id=client_id,
            redirect_uri=redirect_uri,
            scopes=scopes,
            audience=audience,
        )

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
