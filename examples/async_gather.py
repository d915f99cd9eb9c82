"""AsyncRunningHub: several models at once with asyncio.gather, with progress and a deadline."""

from __future__ import annotations

import asyncio
from pathlib import Path

from runninghub import AsyncRunningHub, Progress
from runninghub.sandbox import Sandbox


def show(event: Progress) -> None:
    print(f"  task {event.task_id}: {event.status} after {event.elapsed:.1f} s")


async def main() -> None:
    with Sandbox(task_duration=2.0) as sandbox:
        async with AsyncRunningHub(sandbox.api_key, base_url=sandbox.base_url) as client:
            image, video = await asyncio.gather(
                client.run("gpt-image-2/text-to-image-official-stable", prompt="a cat", on_progress=show, timeout=60),
                client.run("kling-v3.0-pro/text-to-video", prompt="a cat running", on_progress=show, timeout=300),
            )
            for result in (image, video):
                print(await result.asave_all(Path("async-output")))


if __name__ == "__main__":
    asyncio.run(main())
