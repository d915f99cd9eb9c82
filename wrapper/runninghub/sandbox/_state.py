"""The sandbox's state: configuration, tasks, uploads, webhook events, faults and the journal.

Touched by the server thread and by the caller's thread, so every read and write goes through
one lock. Task status is never stored: it is computed from the task's timestamps on each read,
so there is no thread per task.
"""

from __future__ import annotations

import copy
import dataclasses
import fnmatch
import json
import math
import re
import secrets
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from .._wire import (
    ACCOUNT,
    ACCOUNT_REQUEST,
    CREATED,
    DELIVERY,
    ENVELOPE,
    FAILED_REASON,
    LEGACY_OUTPUT,
    LEGACY_TASK_REQUEST,
    MODEL_WEBHOOK,
    RESULT,
    TASK,
    TASK_FAILED,
    USAGE,
    USAGE_ENTRY,
)
from .._wire import RUNNING as RUNNING_DATA  # the legacy outputs' `data` while RUNNING
from . import _outputs
from ._own_keys import FAULT_ID, FAULT_STATUS, PROMPT_FIELDS, RECORD_STATUS, RECORD_TASK_ID, WS_CLIENT_ID
from ._pricing import PriceTable, money_text

MB = 1024 * 1024

QUEUED, RUNNING, SUCCESS, FAILED, CANCEL = "QUEUED", "RUNNING", "SUCCESS", "FAILED", "CANCEL"
ACTIVE = frozenset({QUEUED, RUNNING})
TERMINAL = frozenset({SUCCESS, FAILED, CANCEL})

FAULT_KINDS = (FAULT_STATUS, "html", "truncated_json", "delay", "drop_before", "drop_after", "drop_during", "hold")


@dataclass
class SandboxConfig:
    """Settings of a sandbox. Changing a field takes effect on the next request (tasks already
    created keep the timings they were created with)."""

    api_key: str = "sandbox-key"
    """The key requests must carry (v2: bearer header; legacy: `apiKey` in the body)."""
    accept_any_key: bool = False
    """Accept any non-empty key (for tools that cannot send the configured one)."""
    task_duration: float = 2.0
    """Seconds from submit to the end of a task."""
    queued_fraction: float = 0.25
    """Share of `task_duration` spent QUEUED; the rest is RUNNING."""
    output_size: int = 0
    """Pad every output file to about this many bytes (0: natural size, a few hundred bytes)."""
    fail_marker: str = "[[fail]]"
    """A task whose request holds this text in any string field ends FAILED."""
    max_upload_bytes: int = 30 * MB
    """Largest accepted upload (both upload routes)."""
    concurrency_limit: int = 50
    """Most QUEUED or RUNNING tasks at once; beyond it a submit is refused (421)."""
    workflow_output_type: str = "image"
    """Output type of workflow, AI App and quick-create tasks."""
    webhook_retries: int = 3
    """Further attempts after a failed webhook delivery."""
    webhook_retry_delay: float = 0.5
    """Seconds before the first retry (doubles each time)."""
    webhook_timeout: float = 5.0
    """Seconds to wait for a webhook receiver."""
    webhook_loopback_only: bool = False
    """Deliver webhooks only to localhost / loopback addresses (others fail without a connection)."""
    task_cost: float = 0.05
    """Flat price of a task that the pricing rules do not price (every workflow and AI App task,
    and every model task when no pricing file is loaded)."""
    pricing_file: str | None = None
    """RunningHub's public pricing summary (developer kit JSON) to price model tasks by rule;
    read at start. None: the RUNNINGHUB_SANDBOX_PRICING environment variable, else flat prices."""
    balance: float = 100.0
    """Starting remainMoney of the account. A task is charged when it succeeds; a submit whose
    price exceeds what is left (tasks in flight counted) is refused (legacy 416, v2 812)."""
    currency: str = "CNY"
    api_key_type: str = "SHARED"
    """The key's type in queue/status (EXCLUSIVE, SHARED, NORMAL); a NORMAL (consumer) key gets
    errorCode 1014 from price-preview, as RunningHub answers such keys."""
    asset_processing: float = 0.5
    """Seconds a new asset stays PROCESSING before it is ready (assets/query)."""
    journal_limit: int = 10_000
    """Oldest journal entries are dropped beyond this many."""
    max_body_bytes: int = 8 * MB
    """Largest JSON request body (control routes included); a larger one is refused (413)."""
    max_lora_bytes: int = 4096 * MB
    """Largest LoRA file PUT to a getLoraUploadUrl URL (413 beyond)."""
    max_fault_pattern: int = 200
    """Longest fault path pattern accepted (a "re:" pattern is also matched with a time bound)."""

    def key_ok(self, key: str | None) -> bool:
        if not key:
            return False
        if self.accept_any_key:
            return True
        return secrets.compare_digest(key.encode(), self.api_key.encode())

    def masked_key(self) -> str:
        key = self.api_key
        return key[:4] + "****" + key[-4:] if len(key) > 8 else "****"


@dataclass
class Task:
    task_id: str
    client_id: str
    api: str  # "v2" or "legacy": which reply shape its webhook event uses
    route: str  # the path that created it
    kind: str  # output writer kind: image, video, audio, 3d, string
    created: float  # time.monotonic()
    created_wall: float
    queued_for: float
    run_for: float
    fail: bool
    text: str
    body: Any = None  # the request, redacted
    cost: Decimal = Decimal(0)
    billing: str = "model"  # "model": thirdPartyConsumeMoney; "coins" (workflows, apps): consumeMoney and coins
    webhook_url: str | None = None
    cancelled_at: float | None = None
    results: list[dict[str, Any]] | None = None
    webhook_scheduled: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def ends_at(self) -> float:
        return self.created + self.queued_for + self.run_for

    def status(self, now: float) -> str:
        if self.cancelled_at is not None:
            return CANCEL
        if now < self.created + self.queued_for:
            return QUEUED
        if now < self.ends_at:
            return RUNNING
        return FAILED if self.fail else SUCCESS


@dataclass
class WebhookEvent:
    id: str
    task_id: str
    url: str
    event_data: str
    create_time: str
    update_time: str
    status: str = "PENDING"
    response: str | None = None
    payload: Any = None  # the eventData delivered: an object (v2 tasks) or the JSON text (legacy)
    retry_count: int = 0
    attempts: int = 0
    next_at: float = 0.0
    in_flight: bool = False


@dataclass
class Fault:
    id: int
    pattern: str
    kind: str
    remaining: int
    method: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    # "hold": the requests it caught wait for this (Sandbox.release), so a test decides when they go on
    released: threading.Event = field(default_factory=threading.Event, repr=False, compare=False)

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        path = path[:MAX_MATCHED_PATH]
        if self.pattern.startswith("re:"):
            return re.search(self.pattern[3:], path) is not None
        return fnmatch.fnmatchcase(path, self.pattern)

    def as_dict(self) -> dict[str, Any]:
        return {
            FAULT_ID: self.id,
            "path": self.pattern,
            "kind": self.kind,
            "remaining": self.remaining,
            "method": self.method,
            **self.options,
        }


_FIELD_TYPES = {f.name: f.type for f in dataclasses.fields(SandboxConfig)}
# Settings that must not be negative, and the two with an upper bound too.
_NON_NEGATIVE = frozenset(
    {
        "task_duration",
        "output_size",
        "max_upload_bytes",
        "concurrency_limit",
        "webhook_retries",
        "webhook_retry_delay",
        "webhook_timeout",
        "task_cost",
        "balance",
        "asset_processing",
    }
)
_AT_LEAST_ONE = frozenset({"journal_limit", "max_body_bytes", "max_fault_pattern", "max_lora_bytes"})
_MAX_OUTPUT_SIZE = 1 << 30


def check_settings(changes: dict[str, Any]) -> None:
    """Refuse unknown names and values of the wrong type or out of range (ValueError), so a
    control-route POST cannot put the sandbox in a state it cannot serve."""
    unknown = set(changes) - set(_FIELD_TYPES)
    if unknown:
        raise ValueError(f"unknown sandbox setting(s): {', '.join(sorted(unknown))}")
    for name, value in changes.items():
        kind = str(_FIELD_TYPES[name])
        if kind == "bool":
            ok = isinstance(value, bool)
        elif kind == "int":
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif kind == "float":
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        elif kind == "str":
            ok = isinstance(value, str)
        elif kind == "str | None":
            ok = value is None or isinstance(value, str)
        else:  # a type this check does not know: left to the setting's own use
            ok = True
        if not ok:
            raise ValueError(f"sandbox setting {name}: expected {kind}, got {type(value).__name__}")
        if name in _NON_NEGATIVE and value < 0:
            raise ValueError(f"sandbox setting {name}: must not be negative")
        if name in _AT_LEAST_ONE and value < 1:
            raise ValueError(f"sandbox setting {name}: must be at least 1")
        if name == "queued_fraction" and not 0 <= value <= 1:
            raise ValueError("sandbox setting queued_fraction: must be between 0 and 1")
        if name == "output_size" and value > _MAX_OUTPUT_SIZE:
            raise ValueError(f"sandbox setting output_size: at most {_MAX_OUTPUT_SIZE} bytes")
        if name == "api_key" and not value:
            raise ValueError("sandbox setting api_key: must not be empty")


MAX_MATCHED_PATH = 512  # fault patterns see at most this much of a path
MAX_REGEX_REPEATS = 2  # variable repeats in one "re:" pattern (each multiplies the worst case by n)


def check_fault_pattern(pattern: str, max_length: int) -> None:
    """Refuse a fault pattern that could stall the event loop (ValueError, re.error): too long,
    or a "re:" expression with a repeat inside a repeat, an alternation under a repeat, or a
    backreference (the shapes of catastrophic backtracking), or more than two variable repeats.
    Python's re has no time limit and holds the GIL, so the bound is on the pattern itself, and
    paths are cut to 512 characters before matching: a match then takes well under 0.1 s."""
    if len(pattern) > max_length:
        raise ValueError(f"fault path pattern longer than {max_length} characters")
    if not pattern.startswith("re:"):
        return
    from re import _parser  # type: ignore[attr-defined]  # the stdlib's own parser

    repeats = 0

    def walk(items: Any, under_repeat: bool) -> None:
        nonlocal repeats
        for op, arg in items:
            name = str(op)
            if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, high, sub = arg
                if under_repeat and high != low:
                    raise ValueError("fault regex has a repeat inside a repeat (catastrophic backtracking)")
                if high != low:
                    repeats += 1
                    if repeats > MAX_REGEX_REPEATS:
                        raise ValueError(f"fault regex has more than {MAX_REGEX_REPEATS} variable repeats")
                walk(sub, under_repeat or high > 1)
            elif name in ("GROUPREF", "GROUPREF_EXISTS"):
                raise ValueError("fault regex has a backreference")
            elif name == "BRANCH":
                if under_repeat:
                    raise ValueError("fault regex has an alternation under a repeat")
                for branch in arg[1]:
                    walk(branch, under_repeat)
            elif name == "SUBPATTERN":
                walk(arg[-1], under_repeat)
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(arg[1], under_repeat)
            elif name == "ATOMIC_GROUP":
                walk(arg, under_repeat)

    walk(_parser.parse(pattern[3:]), False)


def _wall(ts: float | None = None) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(ts))  # as getWebhookDetail shows it


def new_task_id() -> str:
    """A 19-digit id, like RunningHub's snowflake ids."""
    return str(10**18 + secrets.randbelow(9 * 10**18))


def contains_marker(value: Any, marker: str) -> bool:
    if not marker:
        return False
    if isinstance(value, str):
        return marker in value
    if isinstance(value, dict):
        return any(contains_marker(v, marker) for v in value.values())
    if isinstance(value, list):
        return any(contains_marker(v, marker) for v in value)
    return False


# the spec's spellings of the key field (legacy bodies, accountStatus)
SECRET_FIELDS = frozenset({LEGACY_TASK_REQUEST.api_key, ACCOUNT_REQUEST.apikey})
_KEEP_CHARS = 1024


def redact(value: Any, depth: int = 0) -> Any:
    """A copy of a request body fit for the journal: API key fields removed (at any depth) and
    long strings (such as base64 data URIs) shortened."""
    if isinstance(value, dict):
        return {k: redact(v, depth + 1) for k, v in value.items() if k not in SECRET_FIELDS}
    if isinstance(value, list):
        return [redact(v, depth + 1) for v in value]
    if isinstance(value, str) and len(value) > _KEEP_CHARS:
        return value[:256] + f"...(+{len(value) - 256} chars)"
    return value


def first_text(body: Any) -> str:
    """The prompt of a request (for text outputs): `prompt`, else the first string value."""
    if isinstance(body, dict):
        for key in PROMPT_FIELDS:
            if isinstance(body.get(key), str):
                return str(body[key])
        for value in body.values():
            found = first_text(value)
            if found:
                return found
    if isinstance(body, list):
        for value in body:
            found = first_text(value)
            if found:
                return found
    return ""


PROMPT_TIPS = json.dumps({"result": True, "error": None, "outputs_to_execute": ["9"], "node_errors": {}})
NODE_ID = "9"
_RUN_PREFIXES = ("/openapi/v2/run/", "/task/", "/api/")


@dataclass(frozen=True)
class Refusal:
    """A submit RunningHub refuses before creating a task: its legacy code and v2 errorCode."""

    reason: str
    legacy_code: int
    legacy_msg: str
    v2_code: str
    v2_message: str


CONCURRENCY_REFUSAL = Refusal("concurrency", 421, "TASK_QUEUE_MAXED", "421", "TASK_QUEUE_MAXED")
# 416 on legacy routes (captures: legacy-create.refused.416-balance); on v2 routes the enterprise
# wallet code 812, as a third-party SDK's fixture of a v2 submit shows.
BALANCE_REFUSAL = Refusal(
    "balance", 416, "TASK_CREATE_FAILED_BY_NOT_ENOUGH_WALLET", "812", "CORPAPIKEY_INSUFFICIENT_FUNDS"
)


# Keys of the replies built on every request, looked up once (the generated layer's names).
_TASK_ID, _STATUS, _ERROR_CODE, _ERROR_MESSAGE = TASK.task_id, TASK.status, TASK.error_code, TASK.error_message
_RESULTS, _FAILED_REASON, _USAGE, _USAGE_LIST = TASK.results, TASK.failed_reason, TASK.usage, TASK.task_usage_list
_CODE, _MSG, _DATA = ENVELOPE.code, ENVELOPE.msg, ENVELOPE.data
_URL, _OUTPUT_TYPE, _NODE_ID, _TEXT = RESULT.url, RESULT.output_type, RESULT.node_id, RESULT.text
_MONEY, _COINS, _COST_TIME, _THIRD_PARTY = (
    USAGE.consume_money,
    USAGE.consume_coins,
    USAGE.task_cost_time,
    USAGE.third_party_consume_money,
)
# The v2 task object with its keys in the order real replies have them (captures: v2-query.*),
# every one blank; a reply is a copy with some values set (failedReason a new {} each time).
V2_BLANK: dict[str, Any] = {
    _TASK_ID: "",
    _STATUS: "",
    _ERROR_CODE: "",
    _ERROR_MESSAGE: "",
    _RESULTS: None,
    TASK.client_id: "",
    TASK.prompt_tips: "",
    _FAILED_REASON: {},
    _USAGE: None,
    TASK.parent_task_id: None,
    _USAGE_LIST: None,
}


def v2_refusal(code: str, message: str) -> dict[str, Any]:
    """The v2 task object of a refused request, as RunningHub sends it (captures:
    v2-query.refused.1007): empty taskId and status, the code, and the other keys empty."""
    return {**V2_BLANK, _ERROR_CODE: code, _ERROR_MESSAGE: message, _FAILED_REASON: {}}


class SandboxState:
    """All mutable state, behind one lock."""

    def __init__(self, config: SandboxConfig, workdir: Path, base_url: str) -> None:
        check_settings(dict(vars(config)))
        self.lock = threading.RLock()
        self.config = config
        self._initial_config = copy.deepcopy(config)
        self.workdir = workdir
        self.files_dir = workdir / "files"
        self.files_dir.mkdir(parents=True, exist_ok=True)
        self.base_url = base_url.rstrip("/")
        self.tasks: dict[str, Task] = {}
        self.webhooks: dict[str, WebhookEvent] = {}  # by task id
        self.faults: list[Fault] = []
        self.holds: list[Fault] = []  # "hold" faults whose requests may still wait (release_holds)
        self.journal: list[dict[str, Any]] = []
        self.lora_tokens: dict[str, str] = {}  # md5 -> token of the pre-signed URL
        self.assets: dict[str, dict[str, Any]] = {}  # assetId -> asset (sandbox/_extra_routes.py)
        self.asset_groups: dict[str, dict[str, Any]] = {}  # groupId -> group
        self._seq = 0
        self._fault_seq = 0
        self.prices = PriceTable.load(config.pricing_file)

    # --- configuration and reset ---------------------------------------------------------

    def configure(self, **changes: Any) -> SandboxConfig:
        """Change settings; ValueError (nothing changed) for an unknown name or a bad value."""
        check_settings(changes)
        with self.lock:
            old_pricing = self.config.pricing_file
            self.config = dataclasses.replace(self.config, **changes)
            if self.config.pricing_file != old_pricing:
                self.prices = PriceTable.load(self.config.pricing_file)
            return self.config

    def reset(self) -> None:
        """Forget tasks, webhook events, faults and the journal; restore the initial settings;
        delete output and upload files."""
        with self.lock:
            if self.config.pricing_file != self._initial_config.pricing_file:
                self.prices = PriceTable.load(self._initial_config.pricing_file)
            self.config = copy.deepcopy(self._initial_config)
            self.release_holds()
            self.tasks.clear()
            self.webhooks.clear()
            self.faults.clear()
            self.journal.clear()
            self.lora_tokens.clear()
            self.assets.clear()
            self.asset_groups.clear()
            shutil.rmtree(self.files_dir, ignore_errors=True)
            self.files_dir.mkdir(parents=True, exist_ok=True)

    # --- tasks ---------------------------------------------------------------------------

    def active_count(self, now: float | None = None) -> int:
        now = time.monotonic() if now is None else now
        with self.lock:
            return sum(1 for t in self.tasks.values() if t.status(now) in ACTIVE)

    def price_for(self, route: str, body: Any) -> Decimal:
        """What a task of `route` with `body` costs: the pricing rule when one applies (model
        routes), else the flat `task_cost`."""
        rule = self.prices.rule_price(route, body) if not route.startswith(_RUN_PREFIXES) else None
        return rule if rule is not None else Decimal(str(self.config.task_cost))

    def money_left(self, now: float | None = None) -> Decimal:
        """The balance minus what succeeded tasks cost and what tasks in flight will cost."""
        now = time.monotonic() if now is None else now
        with self.lock:
            spent = sum(
                (t.cost for t in self.tasks.values() if t.status(now) in (SUCCESS, *ACTIVE)),
                Decimal(0),
            )
            return Decimal(str(self.config.balance)) - spent

    def create_task(self, *, api: str, route: str, kind: str, body: Any, priced: Any = None) -> Task | Refusal:
        """A new task, or the Refusal that RunningHub would answer (concurrency, balance).
        `priced`: the fields to price it by (default `body`; model submits pass the body with
        the spec's server defaults filled in)."""
        now = time.monotonic()
        with self.lock:
            cfg = self.config
            if self.active_count(now) >= cfg.concurrency_limit:
                return CONCURRENCY_REFUSAL
            price = self.price_for(route, body if priced is None else priced)
            if price > self.money_left(now):
                return BALANCE_REFUSAL
            task_id = new_task_id()
            while task_id in self.tasks:
                task_id = new_task_id()
            duration = max(0.0, float(cfg.task_duration))
            queued = duration * min(1.0, max(0.0, float(cfg.queued_fraction)))
            # every submit body that takes a webhook names it as the model submits do
            webhook = body.get(MODEL_WEBHOOK) if isinstance(body, dict) else None
            task = Task(
                task_id=task_id,
                client_id=uuid.uuid4().hex,
                api=api,
                route=route,
                kind=_outputs.kind_of(kind),
                created=now,
                created_wall=time.time(),
                queued_for=queued,
                run_for=duration - queued,
                fail=contains_marker(body, cfg.fail_marker),
                text=first_text(body),
                body=redact(body),
                cost=price,
                billing="model" if api == "v2" and not route.startswith(_RUN_PREFIXES) else "coins",
                webhook_url=webhook if isinstance(webhook, str) and webhook else None,
            )
            self.tasks[task_id] = task
            return task

    def task_records(self) -> list[dict[str, Any]]:
        """One dict per task: id, route, request body (redacted), status, price (decimal text;
        charged if it succeeds) and its timeline (created_at and ended_at as epoch seconds;
        ended_at is when it ends or ended)."""
        now = time.monotonic()
        with self.lock:
            out = []
            for t in self.tasks.values():
                end = t.cancelled_at if t.cancelled_at is not None else t.ends_at
                out.append(
                    {
                        RECORD_TASK_ID: t.task_id,
                        "path": t.route,
                        "api": t.api,
                        "output_kind": t.kind,
                        RECORD_STATUS: t.status(now),
                        "body": copy.deepcopy(t.body),
                        "webhook_url": t.webhook_url,
                        "price": money_text(t.cost),
                        "created_at": t.created_wall,
                        "ended_at": t.created_wall + (end - t.created),
                    }
                )
            return out

    def get_task(self, task_id: Any) -> Task | None:
        with self.lock:
            return self.tasks.get(str(task_id))

    def cancel(self, task: Task) -> None:
        now = time.monotonic()
        with self.lock:
            if task.status(now) in ACTIVE:
                task.cancelled_at = now

    def start_task(self, task: Task) -> None:
        """A QUEUED task is RUNNING from now on (for the rest of its run time): tests move a task on
        when they choose instead of waiting for its clock."""
        now = time.monotonic()
        with self.lock:
            if task.status(now) == QUEUED:
                task.queued_for = now - task.created

    def end_task(self, task: Task) -> None:
        """A QUEUED or RUNNING task ends now (SUCCESS, or FAILED when its request held the fail marker)."""
        now = time.monotonic()
        with self.lock:
            if task.status(now) in ACTIVE:
                task.queued_for = min(task.queued_for, now - task.created)
                task.run_for = max(0.0, now - task.created - task.queued_for)

    def materialize(self, task: Task) -> list[dict[str, Any]]:
        """The results of a succeeded task, writing its output file on first call (blocking:
        call it from a worker thread)."""
        with task.lock:
            if task.results is not None:
                return task.results
            ext, output_type, _ = _outputs.OUTPUT_KINDS[task.kind]
            path = self.files_dir / task.task_id / f"0.{ext}"
            with self.lock:
                size = self.config.output_size
            text: str | None = None
            if task.kind == "string":
                text = f"Sandbox answer for task {task.task_id}: {task.text[:2000]}"
                tag = text
            else:
                tag = task.task_id
            _outputs.write_output(path, task.kind, tag, size, image_size=_outputs.image_dims(task.body))
            task.results = [
                {
                    _URL: f"{self.base_url}/files/{task.task_id}/0.{ext}",
                    _OUTPUT_TYPE: output_type,
                    _NODE_ID: NODE_ID,
                    _TEXT: text,
                }
            ]
            return task.results

    def usage(self, task: Task) -> dict[str, Any]:
        """`usage` as real replies carry it: decimal strings or null. Standard models report the
        money in thirdPartyConsumeMoney; workflows and apps in consumeMoney and RH coins (one
        coin = 0.01 of the currency here). A task that did not succeed costs nothing."""
        seconds = str(round(task.run_for))
        if task.status(time.monotonic()) != SUCCESS:
            return {_MONEY: None, _COINS: None, _COST_TIME: seconds, _THIRD_PARTY: None}
        money = money_text(task.cost)
        if task.billing == "model":
            return {_MONEY: None, _COINS: None, _COST_TIME: seconds, _THIRD_PARTY: money}
        coins = money_text((task.cost * 100).to_integral_value())
        return {_MONEY: money, _COINS: coins, _COST_TIME: seconds, _THIRD_PARTY: None}

    def failed_reason(self, task: Task) -> dict[str, Any]:
        # Real failure objects hold JSON text in strings: current_inputs/outputs "{}", the
        # traceback a JSON array serialised to a string (captures: legacy-outputs.failed-805).
        r = FAILED_REASON
        if task.status(time.monotonic()) == CANCEL:
            return {
                r.current_outputs: "{}",
                r.exception_type: "Cancelled",
                r.node_name: "",
                r.current_inputs: "{}",
                r.traceback: "[]",
                r.node_id: "",
                r.exception_message: "The task was cancelled.",
            }
        marker = self.config.fail_marker
        return {
            r.current_outputs: "{}",
            r.exception_type: "RuntimeError",
            r.node_name: "SaveImage",
            r.current_inputs: "{}",
            r.traceback: json.dumps(
                [
                    '  File "/workspace/ComfyUI/execution.py", line 328, in process_inputs\n',
                    f"RuntimeError: the request contains the fail marker {marker!r}\n",
                ]
            ),
            r.node_id: NODE_ID,
            r.exception_message: f"Sandbox failure: the request contains the fail marker {marker!r}.",
        }

    def v2_view(self, task: Task, results: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """The flat v2 task object (pass `results` from `materialize` once it succeeded)."""
        # As real query replies (captures: v2-query.*): clientId and promptTips empty,
        # failedReason {} unless the task failed, usage and taskUsageList once it ended.
        status = task.status(time.monotonic())
        view: dict[str, Any] = {**V2_BLANK, _TASK_ID: task.task_id, _STATUS: status, _FAILED_REASON: {}}
        if status == SUCCESS:
            view[_RESULTS] = results if results is not None else task.results
        elif status == FAILED:
            reason = self.failed_reason(task)
            view[_ERROR_CODE] = "1015"
            view[_ERROR_MESSAGE] = f"generation failed: {reason[FAILED_REASON.exception_message]}"
            view[_FAILED_REASON] = reason
        elif status == CANCEL:
            view[_ERROR_MESSAGE] = "task cancelled"
        if status in TERMINAL:
            usage = self.usage(task)
            view[_USAGE] = usage
            view[_USAGE_LIST] = [
                {
                    USAGE_ENTRY.task_id: task.task_id,
                    USAGE_ENTRY.parent_task_id: None,
                    USAGE_ENTRY.task_status: status,
                    USAGE_ENTRY.usage: dict(usage),
                }
            ]
        return view

    def legacy_outputs(self, task: Task, results: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """The /task/openapi/outputs envelope of a task."""
        status = task.status(time.monotonic())
        if status == QUEUED:
            return {_CODE: 813, _MSG: "APIKEY_TASK_IS_QUEUED", _DATA: None}
        if status == RUNNING:
            return {_CODE: 804, _MSG: "APIKEY_TASK_IS_RUNNING", _DATA: {RUNNING_DATA.net_wss_url: self.wss_url(task)}}
        if status in (FAILED, CANCEL):
            failed = {TASK_FAILED.failed_reason: self.failed_reason(task)}
            return {_CODE: 805, _MSG: "APIKEY_TASK_STATUS_ERROR", _DATA: failed}
        usage = self.usage(task)
        out = LEGACY_OUTPUT
        data = [
            {
                out.file_url: r[_URL],
                out.file_type: r[_OUTPUT_TYPE],
                out.task_cost_time: usage[_COST_TIME],
                out.node_id: r[_NODE_ID],
                out.consume_money: usage[_MONEY],
                out.third_party_consume_money: usage[_THIRD_PARTY],
                out.consume_coins: usage[_COINS],
            }
            for r in (results if results is not None else task.results or [])
        ]
        return {_CODE: 0, _MSG: "success", _DATA: data}

    def wss_url(self, task: Task) -> str:
        ws = self.base_url.replace("http://", "ws://", 1).replace("https://", "wss://", 1)
        return f"{ws}/ws/c_instance?{WS_CLIENT_ID}={task.client_id}"

    def create_data(self, task: Task) -> dict[str, Any]:
        """`data` of a legacy task-create reply: netWssUrl is null while QUEUED (as documented)."""
        status = task.status(time.monotonic())
        status = status if status in (QUEUED, RUNNING) else RUNNING
        return {
            CREATED.net_wss_url: self.wss_url(task) if status == RUNNING else None,
            CREATED.task_id: task.task_id,
            CREATED.client_id: task.client_id,
            CREATED.task_status: status,
            CREATED.prompt_tips: PROMPT_TIPS,
        }

    def webhook_payload(self, task: Task, results: list[dict[str, Any]] | None) -> tuple[Any, str]:
        """The TASK_END eventData of a task and its text for getWebhookDetail. Legacy tasks: the
        outputs envelope as a JSON string (taskCostTime a number inside, as documented); v2
        tasks: the v2 task object itself (a real capture)."""
        if task.api != "legacy":
            view = self.v2_view(task, results)
            return view, json.dumps(view, ensure_ascii=False)
        envelope = self.legacy_outputs(task, results)
        out = LEGACY_OUTPUT
        if isinstance(envelope.get(_DATA), list):
            envelope[_DATA] = [
                {
                    out.file_url: item[out.file_url],
                    out.file_type: item[out.file_type],
                    out.task_cost_time: int(item[out.task_cost_time]),
                    out.node_id: item[out.node_id],
                }
                for item in envelope[_DATA]
            ]
        text = json.dumps(envelope, ensure_ascii=False, separators=(",", ":"))
        return text, text

    def account(self) -> dict[str, Any]:
        """accountStatus `data`: strings as in real replies; the balance less what succeeded
        tasks cost."""
        now = time.monotonic()
        with self.lock:
            spent = sum((t.cost for t in self.tasks.values() if t.status(now) == SUCCESS), Decimal(0))
            money = Decimal(str(self.config.balance)) - spent
            return {
                ACCOUNT.remain_coins: money_text((money * 100).to_integral_value()),
                ACCOUNT.current_task_counts: str(self.active_count(now)),
                ACCOUNT.remain_money: money_text(money),
                ACCOUNT.currency: self.config.currency,
                ACCOUNT.api_type: self.config.api_key_type,
            }

    # --- webhooks ------------------------------------------------------------------------

    def ended_webhook_tasks(self) -> list[Task]:
        """Tasks with a webhook that have ended and have no event yet (marks them scheduled)."""
        now = time.monotonic()
        out = []
        with self.lock:
            for task in self.tasks.values():
                if task.webhook_url and not task.webhook_scheduled and task.status(now) in TERMINAL:
                    task.webhook_scheduled = True
                    out.append(task)
        return out

    def add_webhook_event(self, task: Task, event_data: str, payload: Any = None) -> WebhookEvent:
        """A TASK_END event: `event_data` is the text getWebhookDetail shows, `payload` the
        eventData delivered (default: that text)."""
        assert task.webhook_url
        now = _wall()
        event = WebhookEvent(
            id=new_task_id(),
            task_id=task.task_id,
            url=task.webhook_url,
            event_data=event_data,
            create_time=now,
            update_time=now,
            payload=event_data if payload is None else payload,
        )
        with self.lock:
            self.webhooks[task.task_id] = event
        return event

    def due_webhooks(self) -> list[WebhookEvent]:
        now = time.monotonic()
        with self.lock:
            due = [e for e in self.webhooks.values() if e.status == "PENDING" and not e.in_flight and e.next_at <= now]
            for e in due:
                e.in_flight = True
            return due

    def webhook_done(self, event: WebhookEvent, ok: bool, response: str, final: bool = False) -> None:
        """Record a delivery attempt (`final`: a failure not worth retrying)."""
        with self.lock:
            event.in_flight = False
            event.attempts += 1
            event.response = response[:2000]
            event.update_time = _wall()
            if ok:
                event.status = "SUCCESS"
            elif final or event.attempts > self.config.webhook_retries:
                event.status = "FAILED"
            else:
                event.retry_count += 1
                event.next_at = time.monotonic() + self.config.webhook_retry_delay * 2 ** (event.attempts - 1)

    def webhook_detail(self, task_id: str) -> dict[str, Any] | None:
        with self.lock:
            e = self.webhooks.get(task_id)
            if e is None:
                return None
            return {
                DELIVERY.id: e.id,
                DELIVERY.user_api_key: self.config.masked_key(),
                DELIVERY.task_id: e.task_id,
                DELIVERY.webhook_url: e.url,
                DELIVERY.event_data: e.event_data,
                DELIVERY.callback_status: e.status,
                DELIVERY.callback_response: e.response,
                DELIVERY.retry_count: e.retry_count,
                DELIVERY.create_time: e.create_time,
                DELIVERY.update_time: e.update_time,
            }

    def retry_webhook(self, webhook_id: str, url: str) -> bool:
        with self.lock:
            for e in self.webhooks.values():
                if e.id == webhook_id:
                    e.url = url
                    e.status = "PENDING"
                    e.attempts = 0
                    e.next_at = 0.0
                    return True
        return False

    # --- faults --------------------------------------------------------------------------

    def add_fault(self, pattern: str, kind: str, count: int = 1, method: str | None = None, **options: Any) -> Fault:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {', '.join(FAULT_KINDS)}")
        if count < 1:
            raise ValueError("count must be at least 1")
        check_fault_pattern(pattern, self.config.max_fault_pattern)
        if pattern.startswith("re:"):
            re.compile(pattern[3:])
        with self.lock:
            self._fault_seq += 1
            fault = Fault(self._fault_seq, pattern, kind, int(count), method, dict(options))
            self.faults.append(fault)
            if kind == "hold":
                self.holds.append(fault)
            return fault

    def take_fault(self, method: str, path: str) -> Fault | None:
        """The first fault matching this request (its count decremented), or None."""
        with self.lock:
            for fault in self.faults:
                if fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def list_faults(self) -> list[dict[str, Any]]:
        with self.lock:
            return [f.as_dict() for f in self.faults]

    def clear_faults(self) -> None:
        with self.lock:
            self.release_holds()
            self.faults.clear()

    def release_holds(self) -> None:
        """Let every request a "hold" fault caught go on, and any it catches later pass at once
        (reset and clear_faults do this too)."""
        with self.lock:
            for fault in self.holds:
                fault.released.set()
            self.holds.clear()

    # --- journal -------------------------------------------------------------------------

    def journal_begin(self, method: str, path: str, query_keys: list[str]) -> dict[str, Any]:
        with self.lock:
            self._seq += 1
            entry: dict[str, Any] = {
                "seq": self._seq,
                "time": time.time(),
                "method": method,
                "path": path,
                "query": query_keys,
                "body": None,
                "body_summary": None,
                "key_ok": None,
                RECORD_STATUS: None,
                "fault": None,
                RECORD_TASK_ID: None,
                "error_code": None,
                "duration_ms": None,
            }
            self.journal.append(entry)
            overflow = len(self.journal) - self.config.journal_limit
            if overflow > 0:
                del self.journal[:overflow]
            return entry

    def note(self, entry: dict[str, Any] | None, **values: Any) -> None:
        if entry is None:
            return
        with self.lock:
            entry.update(values)

    def journal_copy(self) -> list[dict[str, Any]]:
        with self.lock:
            return [copy.deepcopy(e) for e in self.journal]

    def iter_tasks(self) -> Iterator[Task]:
        with self.lock:
            return iter(list(self.tasks.values()))
