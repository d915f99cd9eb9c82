"""A sandbox that runs elsewhere (another process, behind a proxy), driven over HTTP.

`RemoteSandbox` offers what `Sandbox` offers to tests (`SandboxHandle`): clients talk to
`base_url` (for example a validating proxy such as prism in front of the sandbox), while the
handle resets, configures, injects faults and reads the journal through the sandbox's own
`/__sandbox/*` control routes at `control_url`.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx

from ._own_keys import FAULT_ID, RECORD_STATUS, RECORD_TASK_ID
from ._state import Fault, SandboxConfig


class SandboxHandle(Protocol):
    """What tests use of a sandbox, whether it runs in this process (`Sandbox`) or elsewhere
    (`RemoteSandbox`)."""

    @property
    def base_url(self) -> str:
        """The URL clients under test must use."""
        ...

    @property
    def api_key(self) -> str:
        """The key the sandbox accepts."""
        ...

    @property
    def config(self) -> SandboxConfig: ...

    def configure(self, **changes: Any) -> SandboxConfig: ...

    def reset(self) -> None: ...

    def inject_fault(
        self, path: str, kind: str, count: int = 1, *, method: str | None = None, **options: Any
    ) -> Fault: ...

    def clear_faults(self) -> None: ...

    @property
    def faults(self) -> list[dict[str, Any]]: ...

    @property
    def journal(self) -> list[dict[str, Any]]: ...

    @property
    def tasks_created(self) -> int: ...

    def task_records(self) -> list[dict[str, Any]]: ...

    def task_status(self, task_id: str) -> str | None: ...

    def release(self) -> None:
        """Let the requests that "hold" faults caught go on."""
        ...

    def start_task(self, task_id: str) -> None:
        """Move a QUEUED task to RUNNING now."""
        ...

    def end_task(self, task_id: str) -> None:
        """End a QUEUED or RUNNING task now."""
        ...

    def file_path(self, url: str) -> Path: ...


_CONFIG_FIELDS = frozenset(f.name for f in dataclasses.fields(SandboxConfig))


class RemoteSandbox:
    """A running sandbox reached over HTTP.

    >>> sb = RemoteSandbox("http://127.0.0.1:4010", control_url="http://127.0.0.1:8000", api_key="test-key")

    `base_url` is what clients use (the sandbox itself, or a proxy in front of it);
    `control_url` is the sandbox itself, whose `/__sandbox/*` routes (not in the spec, so not
    proxied) the handle calls. `settings` are `SandboxConfig` fields applied after every
    `reset()`, so that a test sees the same settings as with a local `Sandbox(**settings)`.
    File URLs the sandbox hands out use its `public_url` (by default the sandbox's own address).
    """

    def __init__(
        self,
        base_url: str,
        *,
        control_url: str,
        api_key: str,
        settings: dict[str, Any] | None = None,
        timeout: float = 30.0,
    ) -> None:
        unknown = set(settings or {}) - _CONFIG_FIELDS
        if unknown:
            raise ValueError(f"unknown sandbox setting(s): {', '.join(sorted(unknown))}")
        self._base_url = base_url.rstrip("/")
        self.control_url = control_url.rstrip("/")
        self._api_key = api_key
        self.settings = dict(settings or {})
        self._http = httpx.Client(base_url=self.control_url, timeout=timeout, trust_env=False)

    # --- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> RemoteSandbox:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _call(self, method: str, path: str, json: Any = None) -> Any:
        # Control POSTs must be JSON (the sandbox refuses anything a plain HTML form could send).
        if json is None and method == "POST":
            json = {}
        reply = self._http.request(method, "/__sandbox/" + path, json=json)
        if reply.status_code == 400:
            raise ValueError(reply.json().get("error", reply.text))
        if reply.status_code != 200:
            where = f"{method} {self.control_url}/__sandbox/{path}"
            raise RuntimeError(f"{where}: HTTP {reply.status_code} {reply.text[:500]}")
        return reply.json()

    # --- state -----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def api_key(self) -> str:
        return self._api_key

    @property
    def config(self) -> SandboxConfig:
        """The live settings (a copy: change them with `configure`)."""
        return self._config(self._call("GET", "config")["config"])

    def configure(self, **changes: Any) -> SandboxConfig:
        """Change settings, such as `sb.configure(task_duration=0.1)`; `reset()` restores them."""
        return self._config(self._call("POST", "config", changes)["config"])

    def _config(self, settings: dict[str, Any]) -> SandboxConfig:
        # The sandbox never sends its key: this handle knows it. Unknown names (a newer sandbox) are dropped.
        known = {f.name for f in dataclasses.fields(SandboxConfig)}
        values = {k: v for k, v in settings.items() if k in known}
        values["api_key"] = self._api_key
        return SandboxConfig(**values)

    def reset(self) -> None:
        """Forget tasks, uploads, webhook events, faults and the journal; restore the settings
        (the sandbox's own, then `settings`)."""
        self._call("POST", "reset")
        if self.settings:
            self._call("POST", "config", self.settings)

    def inject_fault(self, path: str, kind: str, count: int = 1, *, method: str | None = None, **options: Any) -> Fault:
        """Make the next `count` requests whose path matches `path` misbehave (see
        `Sandbox.inject_fault`)."""
        spec = {**options, "path": path, "kind": kind, "count": count, "method": method}
        data = dict(self._call("POST", "faults", spec)["fault"])
        fixed = {k: data.pop(k) for k in (FAULT_ID, "path", "kind", "remaining", "method")}
        return Fault(fixed[FAULT_ID], fixed["path"], fixed["kind"], fixed["remaining"], fixed["method"], data)

    def clear_faults(self) -> None:
        self._call("DELETE", "faults")

    @property
    def faults(self) -> list[dict[str, Any]]:
        """Faults not used up yet."""
        faults: list[dict[str, Any]] = self._call("GET", "faults")["faults"]
        return faults

    @property
    def journal(self) -> list[dict[str, Any]]:
        """Every request the sandbox received since the last reset (oldest first)."""
        journal: list[dict[str, Any]] = self._call("GET", "journal")["journal"]
        return journal

    @property
    def tasks_created(self) -> int:
        """How many tasks were created since the last reset."""
        return int(self._call("GET", "tasks")["tasks_created"])

    def task_records(self) -> list[dict[str, Any]]:
        """One dict per task created since the last reset (see `Sandbox.task_records`)."""
        records: list[dict[str, Any]] = self._call("GET", "tasks")["tasks"]
        return records

    def task_status(self, task_id: str) -> str | None:
        """The status a query would report now, or None for an unknown task."""
        for record in self.task_records():
            if record[RECORD_TASK_ID] == str(task_id):
                return str(record[RECORD_STATUS])
        return None

    def release(self) -> None:
        """Let the requests that "hold" faults caught go on (see `Sandbox.release`)."""
        self._call("POST", "release")

    def start_task(self, task_id: str) -> None:
        """Move a QUEUED task to RUNNING now (see `Sandbox.start_task`)."""
        self._call("POST", f"tasks/{task_id}/start")

    def end_task(self, task_id: str) -> None:
        """End a QUEUED or RUNNING task now (see `Sandbox.end_task`)."""
        self._call("POST", f"tasks/{task_id}/end")

    def file_path(self, url: str) -> Path:
        """The file on disk behind a URL the sandbox handed out (the sandbox must run on this
        machine)."""
        path = urlsplit(url).path
        if not path.startswith("/files/"):
            raise ValueError(f"not a sandbox file URL: {url}")
        return Path(self._call("GET", "config")["files_dir"]) / path[len("/files/") :]

    def __repr__(self) -> str:
        return f"RemoteSandbox(base_url={self._base_url!r}, control_url={self.control_url!r})"


__all__ = ["RemoteSandbox", "SandboxHandle"]
