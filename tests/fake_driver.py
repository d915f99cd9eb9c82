"""A driver that runs a core operation against canned replies in virtual time.

Retry, polling and deadline logic is tested here in milliseconds: `Sleep` advances the virtual
clock instead of sleeping, and a reply may "take" virtual seconds (longer than the request's
budget: the request fails as the real drivers' deadline would make it fail).

    fake = FakeDriver(route)             # route(send, n) -> a reply spec (see `Reply`)
    core = fake.core()                   # a Core reading time from fake.clock
    result = fake.run(core.run(...))
    fake.requests, fake.sleeps, fake.clock.now
"""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx
from runninghub._bounded import DeadlineExceeded
from runninghub._catalog import Catalog
from runninghub._core import Core
from runninghub._effects import Fetch, LocalEffect, Op, Send, Sleep, advance
from runninghub._settings import _resolve_settings

KEY = "sk-fake-driver-key-0123456789"
BASE = "https://api.fake.test"


@functools.cache
def catalog() -> Catalog:
    return Catalog()


class Clock:
    """Virtual time: `monotonic()` for the core's clock, `time()` for its wall clock."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return 1_700_000_000.0 + self.now


@dataclass
class Reply:
    """A canned reply: HTTP `status`, a JSON `body` (dict) or raw bytes, `headers`, and the
    virtual seconds the request takes. `error` is thrown instead (a transport failure)."""

    body: Any = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    takes: float = 0.0
    error: BaseException | None = None


Route = Callable[[Send, int], Reply]


def task(task_id: str, status: str, **extra: Any) -> Reply:
    """A v2 task object reply."""
    body = {"taskId": task_id, "status": status, "errorCode": "", "errorMessage": "", "results": None, **extra}
    return Reply(body)


def sequence(replies: Iterable[Reply]) -> Route:
    """Answer requests in order; the last reply repeats."""
    items = list(replies)
    return lambda send, n: items[min(n, len(items) - 1)]


def by_path(**routes: Route | Reply) -> Route:
    """Route on the request path's last segment (submit paths: `submit`)."""
    counts: dict[str, int] = {}

    def route(send: Send, n: int) -> Reply:
        path = httpx.URL(send.url).path
        name = {"/openapi/v2/query": "query", "/task/openapi/cancel": "cancel"}.get(path, "submit")
        target = routes[name]
        i = counts.get(name, 0)
        counts[name] = i + 1
        return target if isinstance(target, Reply) else target(send, i)

    return route


class TimedTasks:
    """A route for model tasks that run `duration` virtual seconds from their submit: a submit
    creates a task (QUEUED), a query answers RUNNING until it is done, then SUCCESS with one
    output. `reads[task_id]` counts the status reads of each task."""

    def __init__(self, clock: Clock, duration: float) -> None:
        self.clock = clock
        self.duration = duration
        self.ends: dict[str, float] = {}
        self.reads: dict[str, int] = {}

    def __call__(self, send: Send, n: int) -> Reply:
        path = httpx.URL(send.url).path
        if path != "/openapi/v2/query":
            tid = str(2_000_000_000_000_000_000 + len(self.ends))
            self.ends[tid] = self.clock.now + self.duration
            self.reads[tid] = 0
            return task(tid, "QUEUED")
        tid = str(send.json["taskId"])
        self.reads[tid] += 1
        if self.clock.now < self.ends[tid]:
            return task(tid, "RUNNING")
        return task(tid, "SUCCESS", results=[{"url": f"https://files.fake.test/{tid}.png", "outputType": "png"}])


class FakeDriver:
    def __init__(self, route: Route, *, max_retries: int = 3) -> None:
        self.route = route
        self.clock = Clock()
        self.max_retries = max_retries
        self.requests: list[Send] = []
        self.sleeps: list[float] = []

    def core(self, api_key: str = KEY) -> Core:
        core = Core(_resolve_settings(api_key, BASE, None, self.max_retries), catalog)
        core.clock = self.clock.monotonic
        core.wall = self.clock.time
        core.run_times = type(core.run_times)(None)  # memory only: no run-time file from tests
        core.rng = random.Random(0)  # jitter: the same virtual run every time
        return core

    def paths(self) -> list[str]:
        return [httpx.URL(s.url).path for s in self.requests]

    def _answer(self, send: Send) -> httpx.Response:
        reply = self.route(send, len(self.requests))
        self.requests.append(send)
        request = httpx.Request(send.method, send.url)
        if send.budget is not None and reply.takes > send.budget:
            self.clock.now += send.budget
            raise DeadlineExceeded("budget ran out (fake)", request=request)
        self.clock.now += reply.takes
        if reply.error is not None:
            raise reply.error
        content = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        return httpx.Response(reply.status, headers=reply.headers, content=content, request=request)

    def run(self, op: Op[Any]) -> Any:
        value: Any = None
        error: BaseException | None = None
        while True:
            done, effect = advance(op, value, error)
            if done:
                return effect
            value, error = None, None
            try:
                if isinstance(effect, Send):
                    value = self._answer(effect)
                elif isinstance(effect, Sleep):
                    self.sleeps.append(effect.seconds)
                    self.clock.now += effect.seconds
                elif isinstance(effect, LocalEffect):
                    value = effect.sync()
                elif isinstance(effect, Fetch):
                    raise NotImplementedError("downloads are tested over loopback (tests/hostile_server.py)")
            except Exception as exc:
                error = exc
