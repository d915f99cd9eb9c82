"""What a sandbox task costs: RunningHub's public pricing rules when given, else a flat price.

The pricing file is the official developer kit's public pricing summary
(`{"pricing": [{endpoint, pricing_type, price | rules, unit, currency}]}`). It is read once, at
sandbox start, from the path in the `pricing_file` setting (or the RUNNINGHUB_SANDBOX_PRICING
environment variable); the sandbox ships no copy and works without it.

- `fixed`: the entry's price;
- `parameter_based`: the first rule whose `when` values all equal the request's fields, the
  spec's server defaults filled in for fields left out (compared as text, so 5 matches "5";
  "" matches any value); per-second units ("/秒", "/second") are multiplied by the request's
  `duration` when it is a number;
- anything else (no entry, no matching rule, `unparsed`): the flat `task_cost` setting.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

logger = logging.getLogger("runninghub.sandbox")
ENV_VAR = "RUNNINGHUB_SANDBOX_PRICING"
_PER_SECOND = ("/秒", "/second")
_MODEL_PREFIX = "/openapi/v2/"


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() and number >= 0 else None


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _matches(fields: dict[str, Any], name: str, wanted: Any) -> bool:
    """A rule's condition: the field has this value (as text). An empty value matches whatever
    the field holds, or its absence: the summary writes a price that does not vary with the
    field that way (such as maxImages "" or n "", the only rule of their entries)."""
    if _text(wanted) == "":
        return True
    return name in fields and fields[name] is not None and _text(fields[name]) == _text(wanted)


@dataclass(frozen=True)
class PriceTable:
    """Pricing entries by endpoint (the model path after /openapi/v2/)."""

    entries: dict[str, dict[str, Any]]
    source: str | None = None

    @classmethod
    def empty(cls) -> PriceTable:
        return cls({})

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None) -> PriceTable:
        """The table in `path` (None: the RUNNINGHUB_SANDBOX_PRICING file, if set). A missing or
        unreadable file gives an empty table (flat prices), with a warning."""
        where = path if path is not None else os.environ.get(ENV_VAR)
        if not where:
            return cls.empty()
        try:
            doc = json.loads(Path(where).read_text(encoding="utf-8"))
            items = doc["pricing"] if isinstance(doc, dict) else doc
            entries = {str(e["endpoint"]).strip("/"): e for e in items if isinstance(e, dict) and e.get("endpoint")}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("sandbox pricing file %s not used (%s); flat prices apply", where, exc)
            return cls.empty()
        return cls(entries, str(where))

    def rule_price(self, route: str, body: Any) -> Decimal | None:
        """The price the rules give for a submit of `body` to `route`, or None (no rule)."""
        entry = self.entries.get(route.removeprefix(_MODEL_PREFIX).strip("/"))
        if entry is None:
            return None
        fields = body if isinstance(body, dict) else {}
        kind = entry.get("pricing_type")
        price: Decimal | None = None
        if kind == "fixed":
            price = _decimal(entry.get("price"))
        elif kind == "parameter_based":
            for rule in entry.get("rules") or []:
                when = rule.get("when") if isinstance(rule, dict) else None
                if isinstance(when, dict) and all(_matches(fields, k, v) for k, v in when.items()):
                    price = _decimal(rule.get("price"))
                    break
        if price is None:
            return None
        if str(entry.get("unit", "")).startswith(_PER_SECOND):
            seconds = _decimal(fields.get("duration"))
            if seconds is not None:
                price *= seconds
        return price

    def currency(self, route: str) -> str | None:
        entry = self.entries.get(route.removeprefix(_MODEL_PREFIX).strip("/"))
        return str(entry["currency"]) if entry and entry.get("currency") else None


def money_text(amount: Decimal) -> str:
    """An amount as RunningHub writes it: plain decimal text, no exponent ("0.14", "10")."""
    text = format(amount.normalize(), "f")
    return text if text not in ("-0", "") else "0"
