"""A client's settings: defaults, environment variables, the API key's check, logging from the
environment.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from . import __version__
from ._bounded import DEFAULT_MAX_DOWNLOAD_BYTES, DEFAULT_MAX_REPLY_BYTES
from ._checks import check_timeout
from ._errors import InvalidParamsError
from ._secret import Secret

log = logging.getLogger("runninghub")

DEFAULT_BASE_URL = "https://www.runninghub.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 3
# Enough idle connections for run_many at concurrency 50 to keep reusing its connections.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=64)


@dataclass
class Settings:
    api_key: Secret | None
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    max_retry_after: float = 60.0
    max_poll_failures: int = 10
    explicit_timeout: bool = False  # apply `timeout` per request (else the HTTP client's own)
    user_agent: str = f"runninghub-python/{__version__}"
    max_reply_bytes: int = DEFAULT_MAX_REPLY_BYTES
    max_download_bytes: int = DEFAULT_MAX_DOWNLOAD_BYTES


def configure_logging_from_env() -> None:
    """RUNNINGHUB_LOG=debug (or info, warning) sends the `runninghub` logger to stderr."""
    level = os.environ.get("RUNNINGHUB_LOG", "").upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR") or getattr(log, "_from_env", False):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    log._from_env = True  # type: ignore[attr-defined]


def check_api_key(key: str | None) -> Secret | None:
    """The key as a Secret; a key that cannot go into an HTTP header is refused here, before
    any request (the message never shows the key)."""
    if isinstance(key, Secret):
        key = key.reveal()
    if key is not None and not isinstance(key, str):
        raise TypeError(f"api_key must be a str, got {type(key).__name__}")
    key = key.strip() if key else None
    if not key:
        return None
    if not key.isascii() or not key.isprintable() or any(c.isspace() for c in key):
        raise InvalidParamsError(
            "api_key contains characters an HTTP header cannot carry (non-ASCII, spaces or control "
            "characters); copy the key again from the RunningHub console",
            field="api_key",
        )
    return Secret(key)


def _resolve_settings(
    api_key: str | None, base_url: str | None, timeout: float | httpx.Timeout | None, max_retries: int | None
) -> Settings:
    key = api_key if api_key is not None else os.environ.get("RUNNINGHUB_API_KEY")
    url = (base_url or os.environ.get("RUNNINGHUB_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidParamsError(f"base_url must be an http(s) URL, got {url!r}", field="base_url")
    if timeout is None:
        to = DEFAULT_TIMEOUT
    elif isinstance(timeout, httpx.Timeout):
        to = timeout
    else:
        to = httpx.Timeout(check_timeout(timeout))
    if max_retries is not None and (isinstance(max_retries, bool) or not isinstance(max_retries, int)):
        raise TypeError(f"max_retries must be an int, got {type(max_retries).__name__}")
    return Settings(
        api_key=check_api_key(key),
        base_url=url,
        timeout=to,
        explicit_timeout=timeout is not None,
        max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max(0, int(max_retries)),
    )
