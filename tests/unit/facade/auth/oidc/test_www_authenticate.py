"""Parsing WWW-Authenticate challenges and reading the OIDC hints of a Bearer challenge."""

from __future__ import annotations

from facade.auth.oidc._discovery import hints_from_challenges, parse_www_authenticate

REFERENCE_BEARER = (
    'Bearer authority="http://127.0.0.1:8765/oidc", clientid="servicelayer-sdk", '
    'redirecturi="http://127.0.0.1:8400/callback", scope="openid profile offline_access"'
)


def test_one_value_per_scheme_as_the_reference_server_sends() -> None:
    values = ['Basic realm="Service Layer"', "NTLM", "Negotiate", REFERENCE_BEARER]
    challenges = parse_www_authenticate(values)
    assert [c.scheme for c in challenges] == ["Basic", "NTLM", "Negotiate", "Bearer"]
    assert challenges[0].params == {"realm": "Service Layer"}
    assert challenges[3].params["clientid"] == "servicelayer-sdk"


def test_several_challenges_in_one_value() -> None:
    value = 'Basic realm="a, b", NTLM, Bearer authority="https://idp", scope=openid, Negotiate'
    challenges = parse_www_authenticate([value])
    assert [c.scheme for c in challenges] == ["Basic", "NTLM", "Bearer", "Negotiate"]
    assert challenges[0].params == {"realm": "a, b"}
    assert challenges[2].params == {"authority": "https://idp", "scope": "openid"}


def test_parameter_names_are_case_insensitive() -> None:
    hints = hints_from_challenges(
        ['bearer Authority="https://idp/x", ClientID="cli", RedirectURI="http://127.0.0.1:1/cb"']
    )
    assert hints is not None
    assert (hints.authority, hints.client_id, hints.redirect_uri) == (
        "https://idp/x",
        "cli",
        "http://127.0.0.1:1/cb",
    )


def test_quoted_strings_keep_escapes_and_commas() -> None:
    [challenge] = parse_www_authenticate([r'Bearer realm="a \"quoted\" realm, with comma"'])
    assert challenge.params["realm"] == 'a "quoted" realm, with comma'


def test_token68_credentials_are_not_parameters() -> None:
    challenges = parse_www_authenticate(["Negotiate oYGzMIGwoAMKAQ==", "NTLM TlRMTVNTUAACAAAA"])
    assert [c.token68 for c in challenges] == ["oYGzMIGwoAMKAQ==", "TlRMTVNTUAACAAAA"]
    assert all(c.params == {} for c in challenges)


def test_spaces_around_equals_and_unquoted_values() -> None:
    [challenge] = parse_www_authenticate(["Bearer authority = https://idp , clientid= c1"])
    assert challenge.params == {"authority": "https://idp", "clientid": "c1"}


def test_reference_bearer_challenge_gives_all_hints() -> None:
    hints = hints_from_challenges(['Basic realm="Service Layer"', REFERENCE_BEARER])
    assert hints is not None
    assert hints.authority == "http://127.0.0.1:8765/oidc"
    assert hints.client_id == "servicelayer-sdk"
    assert hints.redirect_uri == "http://127.0.0.1:8400/callback"
    assert hints.scopes == ("openid", "profile", "offline_access")


def test_bearer_without_authority_gives_no_hints() -> None:
    assert hints_from_challenges(['Bearer realm="api"', 'Basic realm="x"']) is None
    assert hints_from_challenges([]) is None


def test_unterminated_quote_is_ignored_not_fatal() -> None:
    challenges = parse_www_authenticate(['Bearer authority="https://idp', "NTLM"])
    assert [c.scheme for c in challenges] == ["NTLM"]
