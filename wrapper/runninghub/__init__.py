"""runninghub: the Python SDK for the RunningHub AI platform.

    from runninghub import RunningHub
    with RunningHub() as client:                     # key from $RUNNINGHUB_API_KEY
        result = client.run("gpt-image-2/text-to-image-official-stable", prompt="a cat")
        result.outputs[0].save("out/")

Everything is imported lazily (PEP 562): `import runninghub` loads only what you use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from ._errors import __all__ as _ERRORS

if TYPE_CHECKING:
    from ._async_batch import (
        AsyncBatch as AsyncBatch,
    )
    from ._async_client import (
        AsyncRunningHub as AsyncRunningHub,
    )
    from ._batch import (
        BatchProgress as BatchProgress,
    )
    from ._batch import (
        BatchSummary as BatchSummary,
    )
    from ._budget import (
        NotRun as NotRun,
    )
    from ._budget import (
        RunManyResults as RunManyResults,
    )
    from ._catalog import (
        Catalog as Catalog,
    )
    from ._catalog import (
        Media as Media,
    )
    from ._catalog import (
        Model as Model,
    )
    from ._catalog import (
        Param as Param,
    )
    from ._client import (
        RunningHub as RunningHub,
    )
    from ._errors import (
        APIConnectionError as APIConnectionError,
    )
    from ._errors import (
        APIError as APIError,
    )
    from ._errors import (
        APITimeoutError as APITimeoutError,
    )
    from ._errors import (
        AuthenticationError as AuthenticationError,
    )
    from ._errors import (
        BudgetExceededError as BudgetExceededError,
    )
    from ._errors import (
        CallbackError as CallbackError,
    )
    from ._errors import (
        ContentPolicyError as ContentPolicyError,
    )
    from ._errors import (
        InsufficientBalanceError as InsufficientBalanceError,
    )
    from ._errors import (
        InvalidParamsError as InvalidParamsError,
    )
    from ._errors import (
        NotFoundError as NotFoundError,
    )
    from ._errors import (
        RateLimitError as RateLimitError,
    )
    from ._errors import (
        RunningHubError as RunningHubError,
    )
    from ._errors import (
        ServerInvalidParamsError as ServerInvalidParamsError,
    )
    from ._errors import (
        SubmitOutcomeUnknownError as SubmitOutcomeUnknownError,
    )
    from ._errors import (
        TaskCancelledError as TaskCancelledError,
    )
    from ._errors import (
        TaskFailedError as TaskFailedError,
    )
    from ._errors import (
        TaskTimeoutError as TaskTimeoutError,
    )
    from ._errors import (
        UnpricedError as UnpricedError,
    )
    from ._errors import (
        UploadError as UploadError,
    )
    from ._platform import (
        AiApp as AiApp,
    )
    from ._platform import (
        ApiKey as ApiKey,
    )
    from ._platform import (
        Asset as Asset,
    )
    from ._platform import (
        AssetGroup as AssetGroup,
    )
    from ._platform import (
        Estimate as Estimate,
    )
    from ._platform import (
        QueueStatus as QueueStatus,
    )
    from ._platform import (
        Resource as Resource,
    )
    from ._sync_batch import (
        Batch as Batch,
    )
    from ._types import (
        Account as Account,
    )
    from ._types import (
        Output as Output,
    )
    from ._types import (
        Progress as Progress,
    )
    from ._types import (
        Result as Result,
    )
    from ._types import (
        Task as Task,
    )
    from ._types import (
        TaskSnapshot as TaskSnapshot,
    )
    from ._types import (
        Upload as Upload,
    )
    from ._types import (
        Usage as Usage,
    )
    from ._webhooks import (
        WebhookDeduplicator as WebhookDeduplicator,
    )
    from ._webhooks import (
        WebhookEvent as WebhookEvent,
    )
    from ._webhooks import (
        parse_webhook as parse_webhook,
    )
    from ._workflows import (
        App as App,
    )
    from ._workflows import (
        AppNode as AppNode,
    )
    from ._workflows import (
        Link as Link,
    )
    from ._workflows import (
        NodeInput as NodeInput,
    )
    from ._workflows import (
        QuickCreateStyle as QuickCreateStyle,
    )
    from ._workflows import (
        WebhookDelivery as WebhookDelivery,
    )
    from ._workflows import (
        Workflow as Workflow,
    )
    from ._workflows import (
        WorkflowNode as WorkflowNode,
    )

_EXPORTS: dict[str, str] = {
    "RunningHub": "._client",
    "AsyncRunningHub": "._async_client",
    "AsyncBatch": "._async_batch",
    "Batch": "._sync_batch",
    "BatchProgress": "._batch",
    "BatchSummary": "._batch",
    "Catalog": "._catalog",
    "Media": "._catalog",
    "Model": "._catalog",
    "Param": "._catalog",
    "Account": "._types",
    "Output": "._types",
    "Progress": "._types",
    "Result": "._types",
    "Task": "._types",
    "TaskSnapshot": "._types",
    "Upload": "._types",
    "Usage": "._types",
    "WebhookDeduplicator": "._webhooks",
    "WebhookEvent": "._webhooks",
    "parse_webhook": "._webhooks",
    "AiApp": "._platform",
    "ApiKey": "._platform",
    "Asset": "._platform",
    "AssetGroup": "._platform",
    "Estimate": "._platform",
    "QueueStatus": "._platform",
    "Resource": "._platform",
    "NotRun": "._budget",
    "RunManyResults": "._budget",
    "App": "._workflows",
    "AppNode": "._workflows",
    "Link": "._workflows",
    "NodeInput": "._workflows",
    "QuickCreateStyle": "._workflows",
    "WebhookDelivery": "._workflows",
    "Workflow": "._workflows",
    "WorkflowNode": "._workflows",
    **{name: "._errors" for name in _ERRORS},
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
