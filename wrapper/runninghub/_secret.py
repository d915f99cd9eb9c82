"""The API key as a value that never shows itself, and redaction of text that might echo it.

`Secret` keeps the key out of every repr, str, log record and traceback that records local
variables (crash reporters do): only `reveal()` gives the text, and the drivers call it at the
last moment, inside a helper whose frame is gone before anything can fail.
"""

from __future__ import annotations

import json
import re
from typing import Any, NoReturn
from urllib.parse import quote, quote_plus

REDACTED = "***"


class Secret:
    """An API key. `repr`/`str` are redacted; it cannot be pickled or formatted into text."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        object.__setattr__(self, "_value", value)

    def reveal(self) -> str:
        value: str = object.__getattribute__(self, "_value")
        return value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __bool__(self) -> bool:
        return bool(self.reveal())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other.reveal() == self.reveal()

    def __hash__(self) -> int:
        return hash(("Secret", self.reveal()))

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise AttributeError("Secret is read-only")

    def __reduce__(self) -> NoReturn:
        raise TypeError("an API key is not pickled")


class AuthHeaders(dict[str, str]):
    """Request headers to which the driver adds `Authorization: Bearer <key>` when it sends;
    the key itself is not an entry, so printing the headers shows no key."""

    __slots__ = ("secret",)

    def __init__(self, headers: dict[str, str], secret: Secret) -> None:
        super().__init__(headers)
        self.secret = secret


def wire_headers(headers: dict[str, str]) -> dict[str, str]:
    """The headers as sent. Call it inline in the request call: its result holds the key."""
    out = dict(headers)
    if isinstance(headers, AuthHeaders):
        out["Authorization"] = "Bearer " + headers.secret.reveal()
    return out


def _forms(key: str) -> list[str]:
    """The ways a reply may echo the key: as is, URL-encoded, JSON-escaped."""
    escaped = json.dumps(key)[1:-1]
    forms = {key, quote(key, safe=""), quote_plus(key, safe=""), escaped, escaped.replace("/", "\\/")}
    return sorted((f for f in forms if f), key=len, reverse=True)


def redact(text: str, secret: Secret | str | None) -> str:
    """`text` with every form of the key (any letter case) replaced by ***. Keys shorter than 4
    characters are not redacted: replacing them would mangle ordinary text."""
    key = secret.reveal() if isinstance(secret, Secret) else secret
    if not key or len(key) < 4 or not text:
        return text
    pattern = "|".join(re.escape(f) for f in _forms(key))
    return re.sub(pattern, REDACTED, text, flags=re.IGNORECASE)


def reveal_values(value: Any) -> Any:
    """`value` (a JSON body or query parameters) with every Secret in it replaced by its text."""
    if isinstance(value, Secret):
        return value.reveal()
    if isinstance(value, dict):
        return {k: reveal_values(v) for k, v in value.items()}
    if isinstance(value, list):
        return [reveal_values(v) for v in value]
    return value


def has_secret(value: Any) -> bool:
    if isinstance(value, Secret):
        return True
    if isinstance(value, dict):
        return any(has_secret(v) for v in value.values())
    if isinstance(value, list):
        return any(has_secret(v) for v in value)
    return False
