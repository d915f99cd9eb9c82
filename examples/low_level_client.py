"""The generated low-level client (`runninghub_api`) end to end against a local sandbox.

One typed function per endpoint and attrs models, with no retries, validation or polling of its
own: what `runninghub.RunningHub` builds on. `make demo` shows the same job with the wrapper.

Starts the RunningHub sandbox, submits the documented example request of
rhart-image-g-2-official/text-to-image (gpt-image-2/text-to-image-official-stable) with the
generated low-level client, polls the task to SUCCESS and saves the image in ./demo-output/.
"""

from __future__ import annotations

import time
from pathlib import Path

from runninghub.sandbox import Sandbox
from runninghub_api import AuthenticatedClient
from runninghub_api.api.rhart_image import rhart_image_g_2_official_text_to_image as text_to_image
from runninghub_api.api.tasks import query_task
from runninghub_api.models.query_task_request import QueryTaskRequest
from runninghub_api.models.rhart_image_g2_official_text_to_image_request import RhartImageG2OfficialTextToImageRequest
from runninghub_api.models.v2_task import V2Task

REQUEST = {
    "prompt": (
        "A high-end commercial photography poster. In the exact center is a minimalist, matte white smart "
        "speaker. It rests on a light gray terrazzo countertop. The background is a clean, low-saturation "
        "beige wall. Soft, natural light hits from a 45-degree angle above, casting a distinct yet soft-edged, "
        "elongated shadow on the counter. The overall composition is clean, airy, and ultra-minimalist, with "
        "ample negative space on the right side."
    ),
    "aspectRatio": "16:9",
    "resolution": "2k",
    "quality": "medium",
}


def main() -> None:
    with Sandbox(api_key="sandbox-key", task_duration=1.0) as sandbox:
        print(f"sandbox running at {sandbox.base_url}")
        with AuthenticatedClient(base_url=sandbox.base_url, token="sandbox-key") as client:
            task = text_to_image.sync(client=client, body=RhartImageG2OfficialTextToImageRequest.from_dict(REQUEST))
            assert isinstance(task, V2Task) and isinstance(task.task_id, str), task
            print(f"submitted task {task.task_id} ({task.status})")
            while True:
                view = query_task.sync(client=client, body=QueryTaskRequest(task_id=task.task_id))
                assert isinstance(view, V2Task), view
                print(f"  status {view.status}")
                if view.status in ("SUCCESS", "FAILED", "CANCEL"):
                    break
                time.sleep(0.25)
            if view.status != "SUCCESS" or not view.results:
                raise SystemExit(f"task ended {view.status}: {view.error_message}")
            result = view.results[0]
            assert isinstance(result.url, str)
            target = Path("demo-output") / f"{task.task_id}.{result.output_type or 'png'}"
            target.parent.mkdir(exist_ok=True)
            with client.get_httpx_client().stream("GET", result.url) as reply, target.open("wb") as f:
                reply.raise_for_status()
                for chunk in reply.iter_bytes():
                    f.write(chunk)
    print(f"saved {target.resolve()} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
