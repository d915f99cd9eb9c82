"""What the client returns: tasks, snapshots, results, outputs, uploads, account, webhook events.

Replies are untrusted input: every field is read defensively (missing keys, numbers as
strings, `taskId` or `task_id`, ids as JSON numbers) and the raw reply is kept in `.raw`.
Money and durations are `Decimal` (real replies carry them as strings such as "0.14", as
numbers, or null), never floats.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from runninghub_api import wire_tables as _wire

from ._wire import (
    ACCOUNT,
    CREATED,
    FAILED_REASON,
    LEGACY_OUTPUT,
    LEGACY_UPLOAD,
    MEDIA_UPLOAD,
    RESULT,
    RESULT_ALSO,
    TASK,
    TASK_ALSO,
    USAGE,
    USAGE_ENTRY,
    first_set,
    read,
)

if TYPE_CHECKING:
    from ._async_client import AsyncRunningHub
    from ._client import RunningHub
    from ._live import NodeProgress

# Statuses, from the spec's TaskStatus sets (open set: anything else is not finished).
SUCCEEDED = _wire.SUCCESS_STATUSES
FAILURES = _wire.FAILED_STATUSES
CANCELLED = _wire.CANCELLED_STATUSES  # CANCEL as documented, CANCELLED and CANCELED accepted
TERMINAL = _wire.TERMINAL_STATUSES
(SUCCESS,) = SUCCEEDED  # the one spelling of each (public names)
(FAILED,) = FAILURES

_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")
_EXT = re.compile(r"^[a-z0-9]{1,10}$")


def money_of(value: Any) -> Decimal | None:
    """An amount or a duration as a Decimal: from a string ("0.14"), a JSON number (a float
    through its shortest text, so 0.05 stays 0.05) or None. Anything else, and NaN or
    infinity, is None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, (int, float, str)):
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            return None
    else:
        return None
    return number if number.is_finite() else None


def _count(value: Any) -> int | None:
    """A count or a byte size as an int (from "1470760", 1470760 or 3.0); None otherwise."""
    number = money_of(value)
    if number is None or number != number.to_integral_value():
        return None
    return int(number)


def task_id_of(value: Any) -> str | None:
    """A task id as a string (replies may carry a JSON number; big ints parse exactly)."""
    if value is None or isinstance(value, bool) or value == "":
        return None
    if isinstance(value, float):
        return None  # a float has already lost digits: refuse rather than guess
    return str(value).strip() or None


def safe_component(text: str, fallback: str = "output") -> str:
    """A string made safe as one file name component (no separators, no dot-only names)."""
    cleaned = _SAFE_NAME.sub("_", text).strip("._")[:120]
    return cleaned or fallback


@dataclass(frozen=True)
class Usage:
    """What a task cost, as reported (None where the reply did not say): money in the key's
    currency, RH coins, and the run time in seconds, all Decimal."""

    consume_money: Decimal | None = None
    third_party_consume_money: Decimal | None = None
    consume_coins: Decimal | None = None
    task_cost_time: Decimal | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def money(self) -> Decimal | None:
        """Money charged: consumeMoney plus thirdPartyConsumeMoney (real replies fill one of
        them: standard models the third-party amount, workflows on a wallet key consumeMoney);
        None when neither is reported. Coins are separate (`consume_coins`)."""
        known = [m for m in (self.consume_money, self.third_party_consume_money) if m is not None]
        return sum(known, Decimal(0)) if known else None

    @classmethod
    def from_reply(cls, data: Any) -> Usage | None:
        if not isinstance(data, Mapping):
            return None
        return cls(
            consume_money=money_of(data.get(USAGE.consume_money)),
            third_party_consume_money=money_of(data.get(USAGE.third_party_consume_money)),
            consume_coins=money_of(data.get(USAGE.consume_coins)),
            task_cost_time=money_of(data.get(USAGE.task_cost_time)),
            raw=dict(data),
        )


@dataclass(frozen=True)
class TaskUsageEntry:
    """One entry of a v2 reply's `taskUsageList`: a (sub)task and what it cost. `task_id` is
    None when the reply carried it as a JSON number too large to be exact (seen in a real
    webhook: the digits were already rounded)."""

    task_id: str | None
    parent_task_id: str | None
    status: str | None
    usage: Usage | None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_reply(cls, item: Any) -> TaskUsageEntry:
        item = item if isinstance(item, Mapping) else {}
        status = item.get(USAGE_ENTRY.task_status)
        return cls(
            task_id=task_id_of(item.get(USAGE_ENTRY.task_id)),
            parent_task_id=task_id_of(item.get(USAGE_ENTRY.parent_task_id)),
            status=str(status) if status else None,
            usage=Usage.from_reply(item.get(USAGE_ENTRY.usage)),
            raw=dict(item),
        )


@dataclass
class Output:
    """One output of a finished task: a file `url` (expires after about a day: save it), its
    `output_type` (file extension such as png, mp4, mp3, glb; txt for text) and, for text
    models, `text`."""

    url: str | None
    output_type: str | None
    text: str | None = None
    node_id: str | None = None
    index: int = 0
    task_id: str = ""
    _client: RunningHub | AsyncRunningHub | None = field(default=None, repr=False, compare=False)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The result item as received (unknown fields included)."""

    @classmethod
    def from_reply(cls, item: Any, index: int, task_id: str) -> Output:
        item = item if isinstance(item, Mapping) else {}
        # a v2 result item, else a legacy output's fields (the same reader serves both)
        url = first_set(item, RESULT.url, LEGACY_OUTPUT.file_url, *RESULT_ALSO.url)
        otype = item.get(RESULT.output_type) or item.get(LEGACY_OUTPUT.file_type)
        text = item.get(RESULT.text)
        if text is None:
            for key in RESULT_ALSO.text:
                if isinstance(item.get(key), str):
                    text = item[key]
                    break
        return cls(
            url=url if isinstance(url, str) and url else None,
            output_type=str(otype).lower() if otype else None,
            text=text if isinstance(text, str) else None,
            node_id=str(item[RESULT.node_id]) if item.get(RESULT.node_id) is not None else None,
            index=index,
            task_id=task_id,
            raw=dict(item),
        )

    @property
    def extension(self) -> str:
        """A safe file extension for this output (from outputType, else the URL, else bin)."""
        for candidate in (self.output_type, Path((self.url or "").split("?", 1)[0]).suffix.lstrip(".")):
            if candidate and _EXT.match(candidate.lower()):
                return candidate.lower()
        return "txt" if self.text is not None and not self.url else "bin"

    @property
    def default_filename(self) -> str:
        return f"{safe_component(self.task_id, 'task')}_{self.index}.{self.extension}"

    def save(
        self,
        dest: str | Path = ".",
        *,
        overwrite: bool = True,
        on_progress: Callable[[int, int | None], None] | None = None,
        timeout: float | None = None,
    ) -> Path:
        """Stream this output to disk and return the path.

        `dest` is a directory (an existing one, or a path without a file extension; the file is
        named `<task id>_<index>.<ext>`) or a file path such as `out/cat.png`. The
        download goes to a temporary file beside it, is length-checked and renamed into place.
        A text output without a URL is written as text. `on_progress` is called with (bytes
        written, total or None) as the file arrives. `timeout` bounds the whole download, retries
        included; without it, a server that sends nothing for 60 s (the stall timeout) fails the
        attempt.
        """
        from ._client import RunningHub
        from ._saving import save_output_sync

        client = self._client if isinstance(self._client, RunningHub) else None
        return save_output_sync(
            self, Path(dest), client=client, overwrite=overwrite, on_progress=on_progress, timeout=timeout
        )

    async def asave(
        self,
        dest: str | Path = ".",
        *,
        overwrite: bool = True,
        on_progress: Callable[[int, int | None], None] | None = None,
        timeout: float | None = None,
    ) -> Path:
        """`save`, as a coroutine, for AsyncRunningHub users."""
        from ._async_client import AsyncRunningHub
        from ._saving import save_output_async

        client = self._client if isinstance(self._client, AsyncRunningHub) else None
        return await save_output_async(
            self, Path(dest), client=client, overwrite=overwrite, on_progress=on_progress, timeout=timeout
        )


@dataclass
class TaskSnapshot:
    """One status read of a task."""

    task_id: str
    status: str
    outputs: list[Output] = field(default_factory=list)
    usage: Usage | None = None
    error_code: str | None = None
    error_message: str | None = None
    failed_reason: dict[str, Any] | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)
    parent_task_id: str | None = None
    task_usage: list[TaskUsageEntry] = field(default_factory=list, repr=False)
    """`taskUsageList`: per-(sub)task usage, as reported (empty when absent)."""

    @property
    def cost(self) -> Decimal | None:
        """Money charged for the task, as reported (`usage.money`: consumeMoney plus
        thirdPartyConsumeMoney), or None when the reply does not say."""
        return self.usage.money if self.usage is not None else None

    @property
    def done(self) -> bool:
        return self.status in TERMINAL

    @property
    def succeeded(self) -> bool:
        return self.status in SUCCEEDED

    @property
    def failed(self) -> bool:
        return self.status in FAILURES

    @property
    def cancelled(self) -> bool:
        return self.status in CANCELLED

    def save_all(self, directory: str | Path = ".") -> list[Path]:
        """Save every output into `directory`; returns the paths in output order."""
        return [o.save(directory) for o in self.outputs if o.url or o.text is not None]

    async def asave_all(self, directory: str | Path = ".") -> list[Path]:
        return [await o.asave(directory) for o in self.outputs if o.url or o.text is not None]

    @classmethod
    def from_reply(cls, data: Mapping[str, Any], task_id: str | None = None) -> TaskSnapshot:
        """Parse a v2 task object (submit or query reply)."""
        tid = task_id_of(read(data, TASK.task_id, TASK_ALSO.task_id)) or task_id or ""
        status = data.get(TASK.status) or data.get(CREATED.task_status) or ""
        results = data.get(TASK.results)
        outputs = [
            Output.from_reply(item, i, tid) for i, item in enumerate(results if isinstance(results, list) else [])
        ]
        code = data.get(TASK.error_code)
        usage_list = data.get(TASK.task_usage_list)
        failed = data.get(TASK.failed_reason)
        if isinstance(failed, str):
            try:
                failed = json.loads(failed)
            except ValueError:
                failed = {FAILED_REASON.exception_message: failed}
        return cls(
            task_id=tid,
            status=str(status).upper(),
            outputs=outputs,
            usage=Usage.from_reply(data.get(TASK.usage)),
            error_code=str(code) if code not in (None, "") else None,
            error_message=str(data[TASK.error_message]) if data.get(TASK.error_message) else None,
            failed_reason=failed if isinstance(failed, dict) else None,
            raw=dict(data),
            parent_task_id=task_id_of(data.get(TASK.parent_task_id)),
            task_usage=[TaskUsageEntry.from_reply(i) for i in usage_list] if isinstance(usage_list, list) else [],
        )


@dataclass
class Result(TaskSnapshot):
    """A task that ended with SUCCESS: its outputs, usage and how long the wait took."""

    elapsed: float = 0.0


@dataclass
class Task:
    """A submitted task. `id` is a string; `to_dict()`/`Task.from_dict()` let another process
    resume it (`client.wait(task)`)."""

    id: str
    model: str | None = None
    endpoint: str | None = None
    output_type: str | None = None
    submitted_at: float = field(default_factory=time.time)
    status: str = "QUEUED"
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)
    # the live progress channel RunningHub named at create (netWssUrl); it holds a signed
    # token, so it is in neither the repr nor to_dict()
    live_url: str | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "model": self.model,
            "endpoint": self.endpoint,
            "output_type": self.output_type,
            "submitted_at": self.submitted_at,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Task:
        return cls(
            id=str(data["id"]),
            model=data.get("model"),
            endpoint=data.get("endpoint"),
            output_type=data.get("output_type"),
            submitted_at=float(data.get("submitted_at") or time.time()),
        )


@dataclass(frozen=True)
class Upload:
    """An uploaded file: `url` (download_url, for model media fields) and `file_name` (for
    workflow and AI App node values)."""

    url: str | None
    file_name: str | None
    size: int | None = None
    sha256: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_reply(cls, data: Any, *, size: int | None = None, sha256: str | None = None) -> Upload:
        """Parse `data` of an upload reply (v2: download_url, fileName, size as a string of
        bytes, type; legacy: fileName, fileType). `size` (the bytes sent) wins over the
        reply's; other fields stay in `.raw`."""
        data = data if isinstance(data, Mapping) else {}
        url = data.get(MEDIA_UPLOAD.download_url)
        stored = data.get(MEDIA_UPLOAD.file_name, data.get(LEGACY_UPLOAD.file_name))
        return cls(
            url=url if isinstance(url, str) and url else None,
            file_name=stored if isinstance(stored, str) and stored else None,
            size=size if size is not None else _count(data.get(MEDIA_UPLOAD.size)),
            sha256=sha256,
            raw=dict(data),
        )


@dataclass(frozen=True)
class Account:
    """Account balance (Decimal) and task count (None where not reported)."""

    remain_coins: Decimal | None
    remain_money: Decimal | None
    currency: str | None
    current_task_counts: int | None
    api_type: str | None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_reply(cls, data: Any) -> Account:
        data = data if isinstance(data, Mapping) else {}
        return cls(
            remain_coins=money_of(data.get(ACCOUNT.remain_coins)),
            remain_money=money_of(data.get(ACCOUNT.remain_money)),
            currency=str(data[ACCOUNT.currency]) if data.get(ACCOUNT.currency) else None,
            current_task_counts=_count(data.get(ACCOUNT.current_task_counts)),
            api_type=str(data[ACCOUNT.api_type]) if data.get(ACCOUNT.api_type) else None,
            raw=dict(data),
        )


@dataclass(frozen=True)
class Progress:
    """What `on_progress` receives: the task, its status, seconds since the wait began, and
    the snapshot behind it (None for the submit event)."""

    task_id: str
    status: str
    elapsed: float
    snapshot: TaskSnapshot | None = None
    node: NodeProgress | None = None  # an event of the task's live channel (workflows and apps)
