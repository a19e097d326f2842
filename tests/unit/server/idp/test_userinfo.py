"""/userinfo gives a 401, not a 500, for a validly signed token that names no subject."""

from __future__ import annotations

import json
import time

from joserfc import jwt

from server._app import build_app
from server._config import ServerConfig
from server._db import open_database
from server.idp._keys import SigningKeys

from .._asgi import call


def test_a_signed_token_without_sub_is_invalid_token() -> None:
    db = open_database(":memory:")
    config = ServerConfig()
    app = build_app(config, db, validate_responses=False)
    keys = SigningKeys(db)  # the provider's own key, from the same store
    claims = {
        "iss": config.embedded_issuer,
        "aud": config.oidc_audience,
        "exp": int(time.time()) + 300,
        "jti": "no-subject",
    }
    header = {"alg": "RS256", "kid": keys.kid, "typ": "at+jwt"}
    token = jwt.encode(header, claims, keys.signing_key, algorithms=["RS256"])
    answer = call(
        app, "GET", "/oidc/userinfo", headers=[(b"authorization", f"Bearer {token}".encode())]
    )
    assert answer.status == 401
    assert json.loads(answer.body) == {"error": "invalid_token"}
    db.close()
