from typing import Literal

CinematicVideoGeneratorRequestDuration = Literal["10", "15", "5"]

CINEMATIC_VIDEO_GENERATOR_REQUEST_DURATION_VALUES: set[
    CinematicVideoGeneratorRequestDuration
] = {
    "10",
    "15",
    "5",
}


def check_cinematic_video_generator_request_duration(
    value: str,
) -> CinematicVideoGeneratorRequestDuration:
    if value in CINEMATIC_VIDEO_GENERATOR_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CINEMATIC_VIDEO_GENERATOR_REQUEST_DURATION_VALUES!r}"
    )
