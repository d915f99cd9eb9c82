"""The JSON keys the client reads in RunningHub's replies, from the generated layer.

`runninghub_api.wire` (generated from the spec) names every schema's keys by the generated
models' attribute names: `TASK.task_id` is the key of `V2Task.task_id` ("taskId" today). The
core and the reply types read fields through these names, so a key renamed in spec/ reaches them
through `make generate`. The short names say which reply shape a read expects.

`LENIENT` holds the only spellings written here: ones no schema declares, read as a fallback
when the spec's key is absent (lenient reading of untrusted replies).
"""

from __future__ import annotations

from typing import Final

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
    TaskResultKeys,
    TaskRunningDataKeys,
    TaskUsageEntryKeys,
    TaskUsageKeys,
    V2TaskKeys,
)

# v2: the task object (model submits, /openapi/v2/query, a refusal), its parts
TASK = V2TaskKeys
RESULT = TaskResultKeys
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


class LENIENT:
    """Spellings no schema declares, accepted after the spec's key (kept from earlier releases:
    a snake_case task id, an `outputUrl` result, text outputs under `content` or `output`)."""

    task_id: Final = "task_id"
    output_url: Final = "outputUrl"
    text: Final = ("content", "output")
