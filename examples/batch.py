"""Run one model over many prompts, at most 3 at a time, and save every output.

Against the local sandbox by default; set RUNNINGHUB_API_KEY (and optionally
RUNNINGHUB_BASE_URL) and pass --live to use RunningHub itself.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

from runninghub import RunningHub, RunningHubError

MODEL: Final = "gpt-image-2/text-to-image-official-stable"
PROMPTS = ["a red fox in snow", "a lighthouse at dusk", "a bowl of ramen, top view", "a paper crane [[fail]]"]


def run_all(client: RunningHub) -> None:
    with client:
        results = client.run_many(MODEL, [{"prompt": p} for p in PROMPTS], concurrency=3, return_exceptions=True)
        for prompt, result in zip(PROMPTS, results, strict=True):
            if isinstance(result, RunningHubError):
                print(f"{prompt!r}: failed ({result}); task id {result.task_id}")
            else:
                print(f"{prompt!r}: {result.save_all(Path('batch-output'))}")


def main() -> None:
    if "--live" in sys.argv:
        run_all(RunningHub())
        return
    from runninghub.sandbox import Sandbox

    with Sandbox(task_duration=1.5) as sandbox:
        run_all(RunningHub(sandbox.api_key, base_url=sandbox.base_url))


if __name__ == "__main__":
    main()
