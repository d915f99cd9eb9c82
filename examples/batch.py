"""Run one model over many prompts, at most 3 at a time, and save every output.

Against the local sandbox by default; set RUNNINGHUB_API_KEY (and optionally
RUNNINGHUB_BASE_URL) and pass --live to use RunningHub itself.
"""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

from runninghub import RunningHub, RunningHubError

MODEL = "gpt-image-2/text-to-image-official-stable"
PROMPTS = ["a red fox in snow", "a lighthouse at dusk", "a bowl of ramen, top view", "a paper crane [[fail]]"]


def main() -> None:
    live = "--live" in sys.argv
    if live:
        context = nullcontext(None)
    else:
        from runninghub.sandbox import Sandbox

        context = Sandbox(task_duration=1.5)
    with context as sandbox, RunningHub() if live else RunningHub(sandbox.api_key, base_url=sandbox.base_url) as client:
        results = client.run_many(MODEL, [{"prompt": p} for p in PROMPTS], concurrency=3, return_exceptions=True)
        for prompt, result in zip(PROMPTS, results, strict=True):
            if isinstance(result, RunningHubError):
                print(f"{prompt!r}: failed ({result}); task id {result.task_id}")
            else:
                print(f"{prompt!r}: {result.save_all(Path('batch-output'))}")


if __name__ == "__main__":
    main()
