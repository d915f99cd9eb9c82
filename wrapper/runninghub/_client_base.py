"""What both clients share: `_ClientBase` (settings, catalog, core, the workflow and AI App
operations), the error a public method lets out, and fork safety."""

from __future__ import annotations

import functools
import logging
import os
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._errors import RunningHubError

# Only what defining the classes needs is imported here: `from runninghub import RunningHub`
# stays close to `import httpx`. The core, the catalog, budgets, workflows and the platform
# endpoints are imported when a client is made or a method is called.
if TYPE_CHECKING:
    from runninghub_api import AuthenticatedClient

    from ._budget import BeforeSubmit, Budget, Money, SpendCap
    from ._catalog import Catalog, Model
    from ._core import Core
    from ._effects import Op
    from ._types import Progress, Result, Task
    from ._workflows import Workflow

T = TypeVar("T")


@functools.cache
def _shared_catalog() -> Catalog:
    from ._catalog import Catalog

    return Catalog()


def _task_id(task: Task | str) -> str:
    from ._types import Task

    return task.id if isinstance(task, Task) else str(task)


class _ClientBase:
    """What both clients share: settings, the catalog, the core; key kept out of repr."""

    _core: Core
    _budget: Budget  # the client's max_cost_per_call and allow_unpriced (_budget.py), set by __init__

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
    ) -> None:
        from ._core import Core
        from ._settings import _resolve_settings, configure_logging_from_env

        configure_logging_from_env()
        self._core = Core(_resolve_settings(api_key, base_url, timeout, max_retries), _shared_catalog)

    def _guard(
        self, max_cost: Money | None, allow_unpriced: bool | None, cap: SpendCap | None = None
    ) -> BeforeSubmit | None:
        """The before-submit hook of a call's budget (price preview, then refuse or go on)."""
        from ._budget import Budget, guard

        return guard(self._core, Budget.of(max_cost, allow_unpriced, self._budget), cap)

    def _copy_options(self, timeout: float | httpx.Timeout | None, max_retries: int | None) -> dict[str, Any]:
        """Constructor arguments of a `with_options` copy. A timeout the user never set is not
        made explicit: the copy keeps using the HTTP client's own (a user's client's 300 s stays)."""
        settings = self._core.settings
        return {
            "base_url": self.base_url,
            "timeout": timeout if timeout is not None else (settings.timeout if settings.explicit_timeout else None),
            "max_retries": max_retries if max_retries is not None else self.max_retries,
            "max_reply_bytes": settings.max_reply_bytes,
            "max_download_bytes": settings.max_download_bytes,
        }

    def _share_state(self, other: _ClientBase) -> None:
        """What a `with_options` copy shares with its client: uploads done, learned run times, the
        budget, and (after fork()) the connection pool it follows."""
        other._http_owner = self  # type: ignore[attr-defined]
        other._core.uploads = self._core.uploads
        other._core.run_times = self._core.run_times
        other._budget = self._budget

    def _refuse_unpriced(self, label: str, max_cost: Money | None, allow_unpriced: bool | None) -> None:
        """Workflows and AI Apps have no price preview: under a budget they need allow_unpriced."""
        from ._budget import Budget, unpriced_refusal

        unpriced_refusal(label, Budget.of(max_cost, allow_unpriced, self._budget))

    # ---- workflow and AI App operations, built once for both clients
    def _workflow_op(
        self,
        workflow_id: str,
        node_info_list: Iterable[Any],
        deadline: float | None,
        *,
        validate: bool = True,
        route: str = "legacy",
        webhook_url: str | None = None,
        instance_type: str | None = None,
        add_metadata: bool | None = None,
        use_personal_queue: bool | None = None,
        retain_seconds: int | None = None,
        access_password: str | None = None,
        workflow: str | Mapping[str, Any] | Workflow | None = None,
        max_cost: Money | None = None,
        allow_unpriced: bool | None = None,
    ) -> Op[Task]:
        from . import _workflows

        self._refuse_unpriced(f"workflow {workflow_id}", max_cost, allow_unpriced)
        return _workflows.submit_workflow(
            self._core,
            workflow_id,
            node_info_list,
            validate=validate,
            webhook_url=webhook_url,
            instance_type=instance_type,
            add_metadata=add_metadata,
            use_personal_queue=use_personal_queue,
            retain_seconds=retain_seconds,
            access_password=access_password,
            workflow=workflow,
            deadline=deadline,
            route=route,
        )

    def _app_op(
        self,
        webapp_id: str,
        node_info_list: Iterable[Any],
        deadline: float | None,
        *,
        validate: bool = True,
        route: str = "legacy",
        fill_defaults: bool = False,
        webhook_url: str | None = None,
        instance_type: str | None = None,
        use_personal_queue: bool | None = None,
        retain_seconds: int | None = None,
        access_password: str | None = None,
        max_cost: Money | None = None,
        allow_unpriced: bool | None = None,
    ) -> Op[Task]:
        from . import _workflows
        from ._budget import Budget, app_guard

        budget = app_guard(self._core, Budget.of(max_cost, allow_unpriced, self._budget), str(webapp_id))
        return _workflows.submit_app(
            self._core,
            webapp_id,
            node_info_list,
            validate=validate,
            fill_defaults=fill_defaults,
            webhook_url=webhook_url,
            instance_type=instance_type,
            use_personal_queue=use_personal_queue,
            retain_seconds=retain_seconds,
            access_password=access_password,
            deadline=deadline,
            before_submit=budget,
            route=route,
        )

    def _quick_op(
        self,
        webapp_id: str,
        code: str,
        node_info_list: Iterable[Any],
        deadline: float | None,
        *,
        validate: bool = True,
        fill_defaults: bool = False,
    ) -> Op[Task]:
        from . import _workflows

        return _workflows.submit_quick_create(
            self._core,
            webapp_id,
            code,
            node_info_list,
            validate=validate,
            fill_defaults=fill_defaults,
            deadline=deadline,
        )

    def _run_op(
        self,
        submit: Callable[[float | None], Op[Task]],
        timeout: float | None,
        on_progress: Callable[[Progress], None] | None,
        cancel_on_timeout: bool,
    ) -> Op[Result]:
        from . import _workflows

        return _workflows.run_task(
            self._core, submit, timeout=timeout, on_progress=on_progress, cancel_on_timeout=cancel_on_timeout
        )

    @property
    def models(self) -> Catalog:
        """Every model in the spec: iterate it, `.get(name)`, `.search(text, category=...)`."""
        return self._core.catalog

    @property
    def base_url(self) -> str:
        return self._core.settings.base_url

    @property
    def max_retries(self) -> int:
        return self._core.settings.max_retries

    def __repr__(self) -> str:
        key = "set" if self._core.settings.api_key else "missing"
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key=<{key}>)"

    def validate(self, model: str | Model, params: Mapping[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
        """Check parameters as `submit` would, without sending anything: returns the body that
        would be sent (with RunningHub's defaults for omitted required fields filled in), or
        raises InvalidParamsError naming the field and the allowed values. Local files are
        checked for format and size but not uploaded."""
        from ._catalog import prepare_params
        from ._checks import check_model

        return prepare_params(self.models.get(check_model(model)), {**(params or {}), **fields})

    def low_level(self) -> AuthenticatedClient:
        """The generated low-level client (`runninghub_api`) with the same key, base URL and
        timeout, for endpoints the wrapper does not cover. It sends through this client's HTTP
        client (one connection pool; your `http_client`'s proxies and transport apply) and has
        no retries."""
        from ._low_level import low_level_client

        settings = self._core.settings
        timeout = settings.timeout if settings.explicit_timeout else None
        http: httpx.Client | httpx.AsyncClient = self._http  # type: ignore[attr-defined]
        return low_level_client(http, self.base_url, self._core._key().reveal(), timeout)

    def _set_limits(self, max_reply_bytes: int | None, max_download_bytes: int | None) -> None:
        settings = self._core.settings
        settings.max_reply_bytes = _byte_limit(max_reply_bytes, "max_reply_bytes", settings.max_reply_bytes)
        settings.max_download_bytes = _byte_limit(max_download_bytes, "max_download_bytes", settings.max_download_bytes)


def unexpected(exc: Exception, core: Core) -> BaseException:
    """What leaves a public method: RunningHub errors, bad-argument TypeError/ValueError, local
    file errors (OSError) and the package's own signals as they are; anything else (a library
    failing in a way nobody foresaw) as a RunningHubError that chains it."""
    if isinstance(exc, (RunningHubError, TypeError, ValueError, OSError)) or type(exc).__module__.startswith(
        "runninghub"
    ):
        return exc
    return RunningHubError(f"unexpected {type(exc).__name__}: {core.redact(str(exc))[:300]}")


def _byte_limit(value: int | None, name: str, default: int) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int (bytes), got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1")
    return value


# --------------------------------------------------------------------------- fork safety
# A client used in a child after fork() must not share sockets with its parent (two processes
# reading one connection see each other's replies). Clients this package created are kept in a
# weak set; in the child each gets a fresh connection pool (the inherited one is dropped, not
# closed: closing could end the parent's TLS sessions). A client you pass in is yours to reset.
_LIVE: weakref.WeakSet[Any] = weakref.WeakSet()
log = logging.getLogger("runninghub")


def _after_fork_in_child() -> None:
    clients = list(_LIVE)
    # owners first: a with_options copy then takes its owner's new pool
    for client in sorted(clients, key=lambda c: not c._own_http):
        try:
            client._after_fork()
        except Exception:
            log.debug("after fork: resetting %r failed", client, exc_info=True)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
