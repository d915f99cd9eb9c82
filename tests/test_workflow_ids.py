"""A workflow or AI App id that cannot name anything is refused before any request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from runninghub import InvalidParamsError, RunningHub


@pytest.mark.parametrize("bad", ["", "   ", None, True, 1.5, ["1"]])
@pytest.mark.parametrize(
    "call",
    [
        lambda c, i: c.submit_workflow(i),
        lambda c, i: c.submit_app(i, []),
        lambda c, i: c.workflow(i),
        lambda c, i: c.app(i),
        lambda c, i: c.quick_create_styles(i),
        lambda c, i: c.submit_quick_create(i, "002", []),
    ],
)
def test_unusable_ids_are_refused_before_sending(
    runninghub_sandbox: Any, bad: Any, call: Callable[[RunningHub, Any], Any]
) -> None:
    client = RunningHub(api_key=runninghub_sandbox.api_key, base_url=runninghub_sandbox.base_url)
    with client, pytest.raises((InvalidParamsError, TypeError)):
        call(client, bad)
    assert runninghub_sandbox.journal == [] and runninghub_sandbox.tasks_created == 0
