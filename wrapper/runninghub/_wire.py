"""The JSON keys the client reads in RunningHub's replies, from the generated layer.

`runninghub_api.wire` (generated from the spec) names every schema's keys by the generated
models' attribute names: `TASK.task_id` is the key of `V2Task.task_id` ("taskId" today). The
core and the reply types read fields through these names, so a key renamed in spec/ reaches them
through `make generate`. The short names say which reply shape a read expects.

Other spellings the spec notes as lenient readings (`x-runninghub-also-read-as`) come the same
way (`TASK_ALSO.task_id == ("task_id",)`) and are read only when the spec's key is absent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from runninghub_api.wire import (
    AccountInfoKeys,
    AccountStatusEnvelopeKeys,
    EmptyEnvelopeKeys,
    FailedReasonKeys,
    LegacyTaskRequestKeys,
    LegacyUploadDataKeys,
    MediaUploadDataKeys,
    MediaUploadEnvelopeKeys,
    NodeInfoKeys,
    QueryTaskRequestKeys,
    TaskCreateDataKeys,
    TaskCreateEnvelopeKeys,
    TaskOutputKeys,
    TaskOutputsEnvelopeKeys,
    TaskResultAlsoReadAs,
    TaskResultKeys,
    TaskRunningDataKeys,
    TaskUsageEntryKeys,
    TaskUsageKeys,
    V2TaskAlsoReadAs,
    V2TaskKeys,
)

# v2: the task object (model submits, /openapi/v2/query, a refusal), its parts
TASK = V2TaskKeys
TASK_ALSO = V2TaskAlsoReadAs
RESULT = TaskResultKeys
RESULT_ALSO = TaskResultAlsoReadAs
USAGE = TaskUsageKeys
USAGE_ENTRY = TaskUsageEntryKeys
FAILED_REASON = FailedReasonKeys
# legacy: the {code, msg, data} envelope and the `data` of each reply the core reads
ENVELOPE = EmptyEnvelopeKeys
UPLOAD_ENVELOPE = MediaUploadEnvelopeKeys  # the one envelope that may say `message` instead of msg
CREATE_REPLY = TaskCreateEnvelopeKeys
CREATED = TaskCreateDataKeys
OUTPUTS_REPLY = TaskOutputsEnvelopeKeys
LEGACY_OUTPUT = TaskOutputKeys
RUNNING = TaskRunningDataKeys
ACCOUNT_REPLY = AccountStatusEnvelopeKeys
ACCOUNT = AccountInfoKeys
MEDIA_UPLOAD = MediaUploadDataKeys
LEGACY_UPLOAD = LegacyUploadDataKeys
# request bodies that name a task, and a workflow or AI App node value
QUERY_REQUEST = QueryTaskRequestKeys
LEGACY_TASK_REQUEST = LegacyTaskRequestKeys
NODE = NodeInfoKeys


def read(data: Mapping[str, Any], key: str, also: tuple[str, ...] = ()) -> Any:
    """`data[key]` when the reply has the key (whatever its value), else the first of the other
    spellings it has, else None."""
    if key in data:
        return data[key]
    return next((data[k] for k in also if k in data), None)


def first_set(data: Mapping[str, Any], *keys: str) -> Any:
    """The first value among `keys` that is set (not None, empty or zero), else None."""
    return next((data[k] for k in keys if data.get(k)), None)
