"""`make demo`: run a text-to-image model end to end against a local sandbox, no key needed.

Starts the RunningHub sandbox, runs the documented example request of
gpt-image-2/text-to-image-official-stable (rhart-image-g-2-official/text-to-image) through the
`runninghub` client with live progress, and saves the image into ./demo-output/. Point the same
code at RunningHub itself by dropping the sandbox and setting RUNNINGHUB_API_KEY.
"""

from __future__ import annotations

import struct
from pathlib import Path

from runninghub import Progress, RunningHub
from runninghub.sandbox import Sandbox

PROMPT = (
    "A high-end commercial photography poster. In the exact center is a minimalist, matte white smart "
    "speaker. It rests on a light gray terrazzo countertop. The background is a clean, low-saturation "
    "beige wall. Soft, natural light hits from a 45-degree angle above, casting a distinct yet soft-edged, "
    "elongated shadow on the counter. The overall composition is clean, airy, and ultra-minimalist, with "
    "ample negative space on the right side."
)


def show(event: Progress) -> None:
    print(f"  {event.status:<8} {event.elapsed:5.1f} s  task {event.task_id}")


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk."""
    with path.open("rb") as f:
        head = f.read(24)
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def main() -> None:
    with Sandbox(task_duration=2.0) as sandbox:
        print(f"sandbox running at {sandbox.base_url} (no API key or network needed)")
        with RunningHub(sandbox.api_key, base_url=sandbox.base_url) as client:
            model = client.models.get("gpt-image-2/text-to-image-official-stable")
            print(f"model {model.name} -> POST {model.path} ({model.output_type})")
            result = client.run(
                model,
                prompt=PROMPT,
                aspectRatio="16:9",
                resolution="2k",
                quality="medium",
                timeout=60,
                on_progress=show,
            )
            (path,) = result.save_all(Path("demo-output"))
    width, height = png_size(path)
    print(f"saved {path} ({path.stat().st_size} bytes); usage: {result.usage}")
    print(
        f"this is a sandbox placeholder: a {width}x{height} gradient (16:9, the 2k size class drawn at 1/8 scale);"
        " RunningHub itself returns the generated 2k image"
    )


if __name__ == "__main__":
    main()
