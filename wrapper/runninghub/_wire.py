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
from typing import Any, Final

from runninghub_api.wire import (
    AccountInfoKeys,
    AccountStatusEnvelopeKeys,
    AccountStatusRequestKeys,
    AiAppListRequestKeys,
    AiAppPageKeys,
    AiAppRecordKeys,
    ApiCallDemoDataKeys,
    ApiKeyInfoKeys,
    AppNodeInfoKeys,
    AppTagKeys,
    AssetCreateRequestKeys,
    AssetGroupCreateRequestKeys,
    AssetGroupIdRequestKeys,
    AssetGroupKeys,
    AssetGroupPageKeys,
    AssetGroupUpdateRequestKeys,
    AssetIdRequestKeys,
    AssetKeys,
    AssetListRequestKeys,
    AssetPageKeys,
    AssetUpdateRequestKeys,
    CreateWorkflowTaskRequestKeys,
    EmptyEnvelopeKeys,
    FailedReasonKeys,
    GetWorkflowJsonRequestKeys,
    LegacyTaskRequestKeys,
    LegacyUploadDataKeys,
    LegacyUploadRequestKeys,
    LoraUploadUrlDataKeys,
    LoraUploadUrlRequestKeys,
    MediaUploadDataKeys,
    MediaUploadEnvelopeKeys,
    MediaUploadRequestKeys,
    NodeInfoKeys,
    PlatformErrorEnvelopeKeys,
    PlatformPageKeys,
    PricePreviewKeys,
    QueryTaskRequestKeys,
    QueueStatusKeys,
    QuickCreateModelParamKeys,
    QuickCreateParamsRequestKeys,
    QuickCreateRunRequestKeys,
    ResourceListRequestKeys,
    ResourceOwnerKeys,
    ResourcePageKeys,
    ResourcePosterKeys,
    ResourceRecordKeys,
    ResourceTagKeys,
    ResourceVersionKeys,
    RetryWebhookRequestKeys,
    RunAiAppRequestKeys,
    RunAiAppV2RequestKeys,
    RunWorkflowV2RequestKeys,
    TaskCreateDataKeys,
    TaskCreateEnvelopeKeys,
    TaskEndEventAlsoReadAs,
    TaskEndEventKeys,
    TaskFailedDataKeys,
    TaskOutputKeys,
    TaskOutputsEnvelopeKeys,
    TaskResultAlsoReadAs,
    TaskResultKeys,
    TaskRunningDataKeys,
    TaskUsageEntryKeys,
    TaskUsageKeys,
    V2ErrorBodyKeys,
    V2TaskAlsoReadAs,
    V2TaskKeys,
    WebhookDetailKeys,
    WorkflowJsonDataKeys,
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
UPLOAD_REQUEST = MediaUploadRequestKeys  # the multipart upload's file part
# request bodies that name a task, and a workflow or AI App node value
QUERY_REQUEST = QueryTaskRequestKeys
LEGACY_TASK_REQUEST = LegacyTaskRequestKeys
NODE = NodeInfoKeys
# the TASK_END callback RunningHub POSTs to a webhookUrl
END_EVENT = TaskEndEventKeys
END_EVENT_ALSO = TaskEndEventAlsoReadAs
# legacy submits: a workflow task, an AI App run
WORKFLOW_CREATE_REQUEST = CreateWorkflowTaskRequestKeys
APP_RUN_REQUEST = RunAiAppRequestKeys
# v2 submits of a workflow or an AI App (the id is in the path)
WORKFLOW_V2_REQUEST = RunWorkflowV2RequestKeys
APP_V2_REQUEST = RunAiAppV2RequestKeys
# A model submit's webhook field: every model request schema has it under the v2 runs' key
# (generator/bundle.py refuses a model request schema without it; params.py types the rest).
MODEL_WEBHOOK: Final = RunWorkflowV2RequestKeys.webhook_url
# workflows and AI Apps: templates, quick create, LoRA uploads, webhook deliveries
WORKFLOW_JSON_REQUEST = GetWorkflowJsonRequestKeys
WORKFLOW_JSON = WorkflowJsonDataKeys
API_DEMO = ApiCallDemoDataKeys  # an AI App's call example
APP_NODE = AppNodeInfoKeys  # one input of an AI App's call example
QUICK_PARAMS_REQUEST = QuickCreateParamsRequestKeys
QUICK_STYLE = QuickCreateModelParamKeys
QUICK_RUN_REQUEST = QuickCreateRunRequestKeys
LORA_REQUEST = LoraUploadUrlRequestKeys
LORA_UPLOAD = LoraUploadUrlDataKeys
DELIVERY = WebhookDetailKeys  # a task's webhook delivery record
RETRY_WEBHOOK = RetryWebhookRequestKeys
# platform replies (the `data` of their envelopes) and request bodies
PRICE = PricePreviewKeys
QUEUE = QueueStatusKeys
API_KEY = ApiKeyInfoKeys
PAGE = PlatformPageKeys  # the paging fields of the resource and AI App lists
RESOURCE_PAGE = ResourcePageKeys
AI_APP_PAGE = AiAppPageKeys
ASSET_PAGE = AssetPageKeys
GROUP_PAGE = AssetGroupPageKeys
RESOURCE = ResourceRecordKeys
RESOURCE_VERSION = ResourceVersionKeys
RESOURCE_LIST = ResourceListRequestKeys
AI_APP = AiAppRecordKeys
AI_APP_LIST = AiAppListRequestKeys
ASSET = AssetKeys
ASSET_GROUP = AssetGroupKeys
ASSET_CREATE = AssetCreateRequestKeys
ASSET_ID_REQUEST = AssetIdRequestKeys
ASSET_UPDATE = AssetUpdateRequestKeys
ASSET_LIST_REQUEST = AssetListRequestKeys  # also the asset group list's request
GROUP_CREATE = AssetGroupCreateRequestKeys
GROUP_ID_REQUEST = AssetGroupIdRequestKeys
GROUP_UPDATE = AssetGroupUpdateRequestKeys
# what the sandbox writes besides (it answers every reply shape above too)
V2_ERROR = V2ErrorBodyKeys  # a v2 refusal's body (the task object's four keys)
TASK_FAILED = TaskFailedDataKeys  # the legacy outputs' `data` of a failed task
PLATFORM_ENVELOPE = PlatformErrorEnvelopeKeys  # {code, msg, data} of the platform routes
ACCOUNT_REQUEST = AccountStatusRequestKeys  # accountStatus's body (its key field is `apikey`)
APP_TAG = AppTagKeys
RESOURCE_OWNER = ResourceOwnerKeys
RESOURCE_POSTER = ResourcePosterKeys
RESOURCE_TAG = ResourceTagKeys
LEGACY_UPLOAD_REQUEST = LegacyUploadRequestKeys  # the legacy multipart upload's parts


def read(data: Mapping[str, Any], key: str, also: tuple[str, ...] = ()) -> Any:
    """`data[key]` when the reply has the key (whatever its value), else the first of the other
    spellings it has, else None."""
    if key in data:
        return data[key]
    return next((data[k] for k in also if k in data), None)


def first_set(data: Mapping[str, Any], *keys: str) -> Any:
    """The first value among `keys` that is set (not None, empty or zero), else None."""
    return next((data[k] for k in keys if data.get(k)), None)
