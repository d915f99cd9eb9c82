"""Budgets: a price preview read before a submit, and a refusal before anything is paid.

A budget is checked by a hook that `Core.submit` runs after validation and uploads (uploads
are free and the preview is then of exactly the body that would be submitted) and before the
submit request. The hook previews the price (`POST /openapi/v2/price-preview/...`); above the
limit it raises BudgetExceededError, and a call that cannot be priced raises UnpricedError
unless unpriced calls are allowed. `run_many(max_total_cost=...)` adds a SpendCap shared by its
workers: once the estimated total of what was submitted plus the next call would pass the cap,
nothing more is submitted and the inputs left are returned as NotRun.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from ._catalog import Model
from ._core import Core
from ._effects import Op
from ._errors import APIError, BudgetExceededError, InvalidParamsError, UnpricedError
from ._types import TaskSnapshot

if TYPE_CHECKING:
    from ._platform import Estimate  # the price-preview code is imported when a budget needs it

BeforeSubmit = Callable[[Model, dict[str, Any], float | None], Op[None]]
"""Run by Core.submit with the model, the final body and the call's deadline (monotonic clock),
just before the submit request."""

Money = Decimal | int | float | str


def to_money(value: Money | None, name: str = "max_cost") -> Decimal | None:
    """A budget as a Decimal (a float through its shortest text, so 0.1 stays 0.1); None stays
    None. Negative, NaN or unreadable values raise InvalidParamsError."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise InvalidParamsError(f"{name} must be a number, got {value!r}", field=name)
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise InvalidParamsError(f"{name} must be a number, got {value!r}", field=name) from None
    if not amount.is_finite() or amount < 0:
        raise InvalidParamsError(f"{name} must be a finite amount >= 0, got {value!r}", field=name)
    return amount


@dataclass(frozen=True)
class Budget:
    """The limit for one call (None: no per-call limit) and whether unpriced calls may run."""

    limit: Decimal | None = None
    allow_unpriced: bool = False

    @classmethod
    def of(cls, max_cost: Money | None, allow_unpriced: bool | None, default: Budget | None = None) -> Budget:
        """The budget of a call: the smaller of its `max_cost` and the client's
        `max_cost_per_call`; `allow_unpriced` None means the client's setting."""
        base = default or cls()
        limits = [x for x in (to_money(max_cost), base.limit) if x is not None]
        allow = base.allow_unpriced if allow_unpriced is None else bool(allow_unpriced)
        return cls(min(limits) if limits else None, allow)


class CapReached(Exception):
    """Internal: run_many's cap refused this input (nothing was sent for it)."""

    def __init__(self, estimate: Estimate | None, spent: Decimal) -> None:
        super().__init__("max_total_cost reached")
        self.estimate = estimate
        self.spent = spent


class SpendCap:
    """run_many's `max_total_cost`: the estimated total of what it submitted (thread-safe).
    The first input that would pass the cap closes it: no later input is submitted."""

    def __init__(self, cap: Decimal) -> None:
        self.cap = cap
        self.reserved = Decimal(0)
        self.closed = False
        self._lock = threading.Lock()

    def reserve(self, amount: Decimal) -> bool:
        with self._lock:
            if self.closed or self.reserved + amount > self.cap:
                self.closed = True
                return False
            self.reserved += amount
            return True


def spend_cap(max_total_cost: Money | None) -> SpendCap | None:
    """run_many's cap for `max_total_cost` (None without one)."""
    cap = to_money(max_total_cost, "max_total_cost")
    return SpendCap(cap) if cap is not None else None


def unpriced_refusal(label: str, budget: Budget, cap: SpendCap | None = None) -> None:
    """Workflows and AI Apps have no price preview: under a budget they need allow_unpriced."""
    limit = budget.limit if budget.limit is not None else (cap.cap if cap is not None else None)
    if limit is not None and not budget.allow_unpriced:
        raise UnpricedError(
            f"{label}: RunningHub has no price preview for it, so the budget cannot be checked; "
            "pass allow_unpriced=True to run it anyway (nothing was sent)",
            model=label,
            limit=limit,
        )


def _check(budget: Budget, cap: SpendCap | None, label: str, preview: Callable[[], Op[Estimate]]) -> Op[None]:
    """Preview the price, then refuse (BudgetExceededError, UnpricedError, CapReached) or go on."""
    limit = budget.limit if budget.limit is not None else (cap.cap if cap is not None else None)
    if cap is not None and cap.closed:  # the cap was reached: do not even preview
        raise CapReached(None, cap.reserved)
    estimate: Estimate | None = None
    try:
        estimate = yield from preview()
    except APIError as exc:  # the server refused to price it (1014, unknown route, no price)
        if not budget.allow_unpriced:
            raise UnpricedError(
                f"{label}: the price cannot be previewed ({exc}); under a budget it is not "
                "run unless allow_unpriced=True (no task was created)",
                model=label,
                limit=limit,
            ) from exc
    cost = estimate.cost if estimate is not None else Decimal(0)
    if budget.limit is not None and estimate is not None and cost > budget.limit:
        raise BudgetExceededError(
            f"{label}: estimated {estimate.price} {estimate.currency or ''}".rstrip()
            + f" is above max_cost {budget.limit} (no task was created)",
            model=label,
            limit=budget.limit,
            estimate=estimate,
        )
    if cap is not None and not cap.reserve(cost):
        raise CapReached(estimate, cap.reserved)


def guard(core: Core, budget: Budget, cap: SpendCap | None = None) -> BeforeSubmit | None:
    """The before-submit hook enforcing `budget` (and `cap`) on a model call, or None when
    neither limits."""
    if budget.limit is None and cap is None:
        return None

    def check(model: Model, body: dict[str, Any], deadline: float | None) -> Op[None]:
        from ._platform import estimate_body

        yield from _check(budget, cap, model.name, lambda: estimate_body(core, model, body, deadline=deadline))

    return check


BeforeAppSubmit = Callable[[dict[str, Any], float | None], Op[None]]
"""Run by an AI App submit with its final body and deadline, just before the submit request."""


def app_guard(core: Core, budget: Budget, webapp_id: str) -> BeforeAppSubmit | None:
    """The before-submit hook enforcing `budget` on an AI App run (its preview route is known
    from one third-party client only; where it fails, the app is unpriced)."""
    if budget.limit is None:
        return None
    label = f"AI App {webapp_id}"

    def check(body: dict[str, Any], deadline: float | None) -> Op[None]:
        from ._platform import estimate_app_body

        yield from _check(budget, None, label, lambda: estimate_app_body(core, webapp_id, body, deadline=deadline))

    return check


@dataclass(frozen=True)
class NotRun:
    """run_many's place-holder for an input that was not submitted because `max_total_cost`
    would have been passed. `estimate` is its price preview (None if it had none), `spent` the
    estimated total already submitted when it was refused."""

    index: int
    params: Mapping[str, Any] = field(repr=False)
    estimate: Estimate | None = None
    spent: Decimal = Decimal(0)


class RunManyResults(list[Any]):
    """What run_many returns: a list in input order (Results; exceptions with
    return_exceptions; NotRun for inputs a cost cap kept back), plus `.cost` (the sum of the
    reported cost of the results), `.not_run` (indices of NotRun entries) and `.estimated`
    (the estimated total submitted, under max_total_cost)."""

    estimated: Decimal | None = None

    @property
    def cost(self) -> Decimal:
        return total_cost(self)

    @property
    def not_run(self) -> list[int]:
        return [i for i, item in enumerate(self) if isinstance(item, NotRun)]


def total_cost(results: Iterable[Any]) -> Decimal:
    """The sum of `.cost` over the results that report one (others count 0)."""
    total = Decimal(0)
    for item in results:
        if isinstance(item, TaskSnapshot) and item.cost is not None:
            total += item.cost
    return total


def not_run(index: int, params: Mapping[str, Any], exc: CapReached) -> NotRun:
    return NotRun(index=index, params=params, estimate=exc.estimate, spent=exc.spent)


def results_of(items: Iterable[Any], cap: SpendCap | None) -> RunManyResults:
    out = RunManyResults(items)
    out.estimated = cap.reserved if cap is not None else None
    return out


__all__ = [
    "BeforeAppSubmit",
    "BeforeSubmit",
    "Budget",
    "NotRun",
    "RunManyResults",
    "SpendCap",
    "app_guard",
    "guard",
    "not_run",
    "results_of",
    "spend_cap",
    "to_money",
    "total_cost",
    "unpriced_refusal",
]
