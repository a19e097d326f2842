"""The identity provider's form bodies: URL-encoded only, with caps on size and field count.

The endpoints are reachable without authentication, so a form is read as a stream and
refused past ``MAX_FORM_BYTES``; multipart bodies (and with them file parts) are refused
before any byte is read.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.requests import Request

from .._bodies import BodyTooLarge, read_capped_body

__all__ = [
    "MAX_FIELD_CHARS",
    "MAX_FORM_BYTES",
    "MAX_FORM_FIELDS",
    "FormRejected",
    "read_form",
]

MAX_FORM_BYTES = 64 * 1024
MAX_FORM_FIELDS = 32
MAX_FIELD_CHARS = 8 * 1024
_FORM_TYPE = "application/x-www-form-urlencoded"


class FormRejected(Exception):
    """The form cannot be accepted; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


async def read_form(request: Request) -> dict[str, str]:
    """The fields of a URL-encoded form body (the last value of a repeated name wins).

    Args:
        request: A POST to one of the identity provider's endpoints.

    Returns:
        The field names and values.

    Raises:
        FormRejected: 415 for any other content type (multipart, files), 413 past
            ``MAX_FORM_BYTES``, 400 for more than ``MAX_FORM_FIELDS`` fields, a field over
            ``MAX_FIELD_CHARS`` characters or a body that is not UTF-8.
    """
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != _FORM_TYPE:
        raise FormRejected(415, f"Send the form as {_FORM_TYPE}; files are not accepted.")
    try:
        raw = await read_capped_body(request, MAX_FORM_BYTES)
    except BodyTooLarge as error:
        raise FormRejected(413, str(error)) from None
    try:
        pairs = parse_qsl(
            raw.decode("utf-8"),
            keep_blank_values=True,
            max_num_fields=MAX_FORM_FIELDS,
        )
    except UnicodeDecodeError:
        raise FormRejected(400, "The form is not UTF-8.") from None
    except ValueError:
        raise FormRejected(400, f"The form has more than {MAX_FORM_FIELDS} fields.") from None
    fields: dict[str, str] = {}
    for name, value in pairs:
        if len(name) > MAX_FIELD_CHARS or len(value) > MAX_FIELD_CHARS:
            raise FormRejected(400, f"A form field is over {MAX_FIELD_CHARS} characters.")
        fields[name] = value
    return fields
