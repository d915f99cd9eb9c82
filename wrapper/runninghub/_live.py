"""Live progress of a ComfyUI task from its `netWssUrl` WebSocket (optional: `websockets`).

RunningHub names a WebSocket for a workflow or AI App task that is running (`data.netWssUrl`
of the legacy create reply). It carries ComfyUI's native messages (PLATFORM-EXTRAS §4):
`execution_start`, `execution_cached {nodes}`, `executing {node}`, `progress {node, value,
max}`, `executed {node, output}`, `execution_success`, `execution_error`,
`execution_interrupted`. RunningHub documents the channel as unstable, so it is a hint, never
the authority: the end it reports is confirmed by a status query, and a channel that drops, or
stays silent for `SILENT` seconds, hands the wait back to polling without an error.

`LiveChannel` listens in a daemon thread (one per task; the sync websockets client works the
same under both clients) and queues `NodeProgress` events; the wait loop takes them with the
`Listen` effect, so `on_progress` is called in the caller's thread or task. The URL holds a
signed token (`Rh-Comfy-Auth`): it is never logged, and never kept in a task's repr or dict.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ._effects import LocalEffect

log = logging.getLogger("runninghub")

SILENT = 20.0
"""A channel with no message for this long is treated as gone quiet: the wait polls again."""
MAX_MESSAGE = 1024 * 1024
"""The largest message accepted (bytes); a bigger one closes the channel."""
CONNECT_TIMEOUT = 10.0
ENDS = {"execution_success": "success", "execution_error": "error", "execution_interrupted": "interrupted"}


def available() -> bool:
    """True when the `websockets` package is installed (`pip install "runninghub[live]"`)."""
    from ._extras import has_extra

    return has_extra("live")


def usable_url(url: Any) -> str | None:
    """The URL when it is a ws:// or wss:// URL with a host (server text is untrusted)."""
    if not isinstance(url, str) or len(url) > 8192:
        return None
    parts = urlsplit(url)
    return url if parts.scheme in ("ws", "wss") and parts.hostname else None


@dataclass(frozen=True)
class NodeProgress:
    """One event from a task's live channel.

    `kind`: start, cached, executing, progress, executed, success, error or interrupted.
    `node_id`/`node_title`: the node concerned (the title when the workflow is known);
    `value`/`max`: a sampler's steps; `cached`: node ids ComfyUI skipped; `fraction`: the share
    of the workflow's nodes done so far (None when the node count is unknown); `raw`: the
    message's data.
    """

    kind: str
    node_id: str | None = None
    node_title: str | None = None
    value: int | None = None
    max: int | None = None
    cached: tuple[str, ...] = ()
    fraction: float | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)


class LiveChannel:
    """A task's live channel: a listening thread, a queue of events, and what it has seen."""

    def __init__(self, url: str, *, titles: Mapping[str, str | None] | None = None) -> None:
        self._url = url
        self._titles = dict(titles or {})
        self._events: queue.Queue[NodeProgress] = queue.Queue()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._done_nodes: set[str] = set()
        self._current: str | None = None
        self.ended: str | None = None  # "success", "error" or "interrupted" once seen
        self.dropped = False
        self.last_message = time.monotonic()

    def __repr__(self) -> str:  # the URL carries a signed token
        return f"<LiveChannel ended={self.ended} dropped={self.dropped}>"

    @property
    def healthy(self) -> bool:
        """Connected (or connecting), not ended, and heard from within SILENT seconds."""
        return not self.dropped and self.ended is None and time.monotonic() - self.last_message < SILENT

    @property
    def pending(self) -> bool:
        """Events are queued that the wait loop has not taken yet (the listener may have
        queued the last ones, the end among them, after the loop's last take)."""
        return not self._events.empty()

    def start(self) -> None:
        if self._thread is None:
            self.last_message = time.monotonic()
            self._thread = threading.Thread(target=self._listen, name="runninghub-live", daemon=True)
            self._thread.start()

    def close(self) -> None:
        self._stop.set()

    def take(self, timeout: float) -> list[NodeProgress]:
        """Events that arrive within `timeout` s: returns as soon as there is one, or when the
        channel ends or drops (then at once)."""
        self.start()
        events: list[NodeProgress] = []
        deadline = time.monotonic() + max(0.0, timeout)
        while True:
            remaining = deadline - time.monotonic()
            try:
                events.append(self._events.get(timeout=max(0.0, min(remaining, 0.05)) if not events else 0))
            except queue.Empty:
                if events or remaining <= 0 or self.dropped or (self._stop.is_set() and self._events.empty()):
                    return events
                continue
            while not self._events.empty():
                events.append(self._events.get_nowait())
            return events

    # ---- the listening thread
    def _listen(self) -> None:
        try:
            from websockets.sync.client import connect

            with connect(
                self._url, open_timeout=CONNECT_TIMEOUT, close_timeout=1, max_size=MAX_MESSAGE, compression=None
            ) as ws:
                while not self._stop.is_set():
                    try:
                        message = ws.recv(timeout=0.25)
                    except TimeoutError:
                        continue
                    self.last_message = time.monotonic()
                    event = self._event(message)
                    if event is not None:
                        self._events.put(event)
                        if event.kind in ENDS.values():
                            self.ended = event.kind
                            return
        except Exception as exc:  # dropped, refused, bad frames, a proxy in the way: poll instead
            log.debug("live channel closed: %s", type(exc).__name__)
        finally:
            if self.ended is None:
                self.dropped = True
            self._stop.set()

    def _event(self, message: str | bytes) -> NodeProgress | None:
        """A NodeProgress for a ComfyUI message; None for binary frames, unknown or bad ones."""
        if isinstance(message, bytes):
            return None  # preview images and the like
        try:
            doc = json.loads(message)
        except (ValueError, RecursionError):
            return None
        if not isinstance(doc, dict) or not isinstance(doc.get("type"), str):
            return None
        kind, data = doc["type"], doc.get("data")
        data = data if isinstance(data, dict) else {}
        node = data.get("node", data.get("node_id"))
        node_id = str(node) if isinstance(node, str | int) and not isinstance(node, bool) else None
        if kind == "execution_start":
            return self._make("start", None, data)
        if kind == "execution_cached":
            nodes = tuple(str(n) for n in data.get("nodes") or () if isinstance(n, str | int))
            self._done_nodes.update(nodes)
            return self._make("cached", None, data, cached=nodes)
        if kind == "executing":
            if self._current is not None:
                self._done_nodes.add(self._current)
            self._current = node_id
            if node_id is None:  # the graph is done; execution_success follows
                return None
            return self._make("executing", node_id, data)
        if kind == "progress":
            value, top = data.get("value"), data.get("max")
            ok = all(isinstance(v, int) and not isinstance(v, bool) for v in (value, top))
            return self._make("progress", node_id, data, value=value if ok else None, top=top if ok else None)
        if kind == "executed":
            if node_id is not None:
                self._done_nodes.add(node_id)
            return self._make("executed", node_id, data)
        if kind in ENDS:
            return self._make(ENDS[kind], node_id, data)
        return None

    def _make(
        self,
        kind: str,
        node_id: str | None,
        data: Mapping[str, Any],
        *,
        cached: tuple[str, ...] = (),
        value: int | None = None,
        top: int | None = None,
    ) -> NodeProgress:
        total = len(self._titles)
        fraction = None
        if kind == "success":
            fraction = 1.0
        elif total:
            done = len(self._done_nodes & self._titles.keys())
            if kind == "progress" and value is not None and top:
                done_share = min(1.0, value / top)
                fraction = min(1.0, (done + done_share) / total)
            else:
                fraction = min(1.0, done / total)
        title = self._titles.get(node_id) if node_id is not None else None
        return NodeProgress(kind, node_id, title, value, top, cached, fraction, dict(data))


@dataclass(frozen=True)
class Listen(LocalEffect):
    """Wait up to `seconds` for events of a live channel (returns early with them)."""

    channel: LiveChannel
    seconds: float

    def sync(self) -> list[NodeProgress]:
        return self.channel.take(self.seconds)

    async def aio(self) -> list[NodeProgress]:
        import asyncio  # here, not at module level: a blocking client never loads asyncio

        return await asyncio.to_thread(self.channel.take, self.seconds)


def live_channel(url: str | None, titles: Mapping[str, str | None] | None = None) -> LiveChannel | None:
    """A channel for a task's live URL, or None (no usable URL, or `websockets` not installed)."""
    usable = usable_url(url)
    if usable is None or not available():
        return None
    return LiveChannel(usable, titles=titles)
