"""A local RunningHub server for tests and demos, driven by the bundled OpenAPI spec.

Three ways to start it:

- `python -m runninghub.sandbox --port 8000` (or `main(argv)` / `serve(...)`), in the foreground;
- `with Sandbox(api_key="sandbox-key", task_duration=1.0) as sb:` in a background thread
  (`sb.base_url`, `sb.journal`, `sb.inject_fault(...)`, `sb.reset()`);
- the pytest fixture `runninghub_sandbox`, with
  `pytest_plugins = ["runninghub.sandbox.pytest_plugin"]`.

`RemoteSandbox` drives one already running elsewhere (for example behind a proxy) over its
/__sandbox/ control routes; both are `SandboxHandle`s.

Needs the `sandbox` extra: `pip install "runninghub[sandbox]"`.
"""

from .._extras import require_extra

require_extra("sandbox", "runninghub.sandbox")  # a clear message, not a bare ModuleNotFoundError

from ._remote import RemoteSandbox, SandboxHandle  # noqa: E402
from ._server import Sandbox, SandboxH11Protocol, build_parser, main, serve  # noqa: E402
from ._state import FAULT_KINDS, Fault, SandboxConfig  # noqa: E402

__all__ = [
    "FAULT_KINDS",
    "Fault",
    "RemoteSandbox",
    "Sandbox",
    "SandboxConfig",
    "SandboxH11Protocol",
    "SandboxHandle",
    "build_parser",
    "main",
    "serve",
]
