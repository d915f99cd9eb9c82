"""The generated low-level client (runninghub_api) against the sandbox, over loopback HTTP."""

from __future__ import annotations

import hashlib
import io
import time
from typing import Any

import httpx
from runninghub.sandbox import Sandbox
from runninghub_api import AuthenticatedClient
from runninghub_api.api.rhart_image import rhart_image_g_2_official_text_to_image as text_to_image
from runninghub_api.api.tasks import query_task
from runninghub_api.api.uploads import upload_media
from runninghub_api.models.media_upload_data import MediaUploadData
from runninghub_api.models.media_upload_envelope import MediaUploadEnvelope
from runninghub_api.models.media_upload_request import MediaUploadRequest
from runninghub_api.models.query_task_request import QueryTaskRequest
from runninghub_api.models.rhart_image_g2_official_text_to_image_request import RhartImageG2OfficialTextToImageRequest
from runninghub_api.models.task_usage import TaskUsage
from runninghub_api.models.v2_error_body import V2ErrorBody
from runninghub_api.models.v2_task import V2Task
from runninghub_api.types import File


def _client(sb: Sandbox, key: str | None = None) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=sb.base_url, token=key or sb.api_key, timeout=httpx.Timeout(10))


def test_submit_query_to_success_and_download(runninghub_sandbox: Sandbox, reference_example: Any) -> None:
    sb = runninghub_sandbox
    sb.configure(task_duration=3600)  # ended by the test after its first read (below)
    body = RhartImageG2OfficialTextToImageRequest.from_dict(
        reference_example("rhart-image-g-2-official.text-to-image.request.json")
    )
    with _client(sb) as client:
        submitted = text_to_image.sync_detailed(client=client, body=body)
        assert submitted.status_code == 200
        task = submitted.parsed
        assert isinstance(task, V2Task) and task.status == "QUEUED" and task.error_code == ""
        assert isinstance(task.task_id, str) and len(task.task_id) == 19
        statuses = []
        deadline = time.monotonic() + 10
        while True:
            view = query_task.sync(client=client, body=QueryTaskRequest(task_id=task.task_id))
            assert isinstance(view, V2Task)
            statuses.append(view.status)
            if view.status == "SUCCESS":
                break
            sb.end_task(task.task_id)
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert statuses[0] in ("QUEUED", "RUNNING")
        assert isinstance(view.results, list) and view.results[0].output_type == "png"
        assert isinstance(view.usage, TaskUsage) and view.usage.third_party_consume_money == "0.05"  # a string, as real
        url = view.results[0].url
        assert isinstance(url, str)
        png = client.get_httpx_client().get(url).content
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and png == sb.file_path(url).read_bytes()
    assert sb.tasks_created == 1
    submit_entry = sb.journal[0]
    assert submit_entry["body"]["aspectRatio"] == "16:9" and submit_entry["key_ok"] is True


def test_errors_parse_as_v2_error_bodies(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    body = RhartImageG2OfficialTextToImageRequest.from_dict(
        {"prompt": "x" * 20001, "aspectRatio": "16:9", "resolution": "2k", "quality": "medium"}
    )
    with _client(sb) as client:
        invalid = text_to_image.sync_detailed(client=client, body=body)
        assert invalid.status_code == 400
        assert isinstance(invalid.parsed, V2ErrorBody) and invalid.parsed.error_code == "1007"
        assert isinstance(invalid.parsed.error_message, str) and invalid.parsed.error_message.startswith("prompt:")
    with _client(sb, key="wrong") as client:
        denied = query_task.sync_detailed(client=client, body=QueryTaskRequest(task_id="1"))
        assert denied.status_code == 401
        assert isinstance(denied.parsed, V2ErrorBody) and denied.parsed.error_code == "1002"
    assert sb.tasks_created == 0


def test_upload_media(runninghub_sandbox: Sandbox) -> None:
    sb = runninghub_sandbox
    payload = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100
    with _client(sb) as client:
        reply = upload_media.sync_detailed(
            client=client,
            body=MediaUploadRequest(file=File(payload=io.BytesIO(payload), file_name="cat.png", mime_type="image/png")),
        )
        assert reply.status_code == 200
        envelope = reply.parsed
        assert isinstance(envelope, MediaUploadEnvelope) and envelope.code == 0
        data = envelope.data
        assert isinstance(data, MediaUploadData)
        url, name = data.download_url, data.file_name
        assert name == f"openapi/{hashlib.sha256(payload).hexdigest()}.png"
        assert isinstance(url, str) and client.get_httpx_client().get(url).content == payload
