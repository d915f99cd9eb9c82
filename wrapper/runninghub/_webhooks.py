"""RunningHub's TASK_END callback: parse it, then confirm it with a query.

RunningHub does not sign callbacks, so a callback is a hint, never proof: anyone who learns the
URL can POST to it. `client.confirm_webhook(body)` re-reads the task, and the query's answer is
what to act on. Deliveries are retried by RunningHub, so the same event can arrive more than
once; `WebhookDeduplicator` remembers which (task, status) pairs were handled.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._errors import InvalidParamsError
from ._types import TaskSnapshot, task_id_of
from ._wire import END_EVENT, END_EVENT_ALSO, read


@dataclass(frozen=True)
class WebhookEvent:
    """A parsed callback: `event` (TASK_END), `task_id`, and `data`, the decoded eventData
    (None when absent or not JSON). Unverified: confirm it with a query."""

    event: str
    task_id: str
    data: Any = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)


def parse_webhook(body: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """Parse a callback body (bytes, text or an already-decoded dict). Raises
    InvalidParamsError when it is not a RunningHub callback."""
    if isinstance(body, (bytes, bytearray)):
        body = body.decode("utf-8", "replace")
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except ValueError:
            raise InvalidParamsError("webhook body is not JSON", field="body") from None
    if not isinstance(body, Mapping):
        raise InvalidParamsError("webhook body is not a JSON object", field="body")
    tid = task_id_of(read(body, END_EVENT.task_id, END_EVENT_ALSO.task_id))
    if not tid:
        raise InvalidParamsError(f"webhook body has no {END_EVENT.task_id}", field=END_EVENT.task_id)
    data = body.get(END_EVENT.event_data)
    if isinstance(data, str):
        with contextlib.suppress(ValueError):
            data = json.loads(data)
    return WebhookEvent(event=str(body.get(END_EVENT.event) or ""), task_id=tid, data=data, raw=dict(body))


class WebhookDeduplicator:
    """Remembers the last `size` (task id, status) pairs handled, thread-safe.

    `first_time(snapshot)` is True once per pair: use it after `confirm_webhook` so a
    re-delivered callback is acknowledged without being processed twice.
    """

    def __init__(self, size: int = 10_000) -> None:
        self._seen: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def first_time(self, snapshot: TaskSnapshot) -> bool:
        key = (snapshot.task_id, snapshot.status)
        with self._lock:
            if key in self._seen:
                return False
            self._seen[key] = None
            if len(self._seen) > self._size:
                self._seen.popitem(last=False)
            return True
