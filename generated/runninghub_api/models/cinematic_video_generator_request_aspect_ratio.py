from typing import Literal

CinematicVideoGeneratorRequestAspectRatio = Literal["16:9", "3:4", "4:3", "9:16"]

CINEMATIC_VIDEO_GENERATOR_REQUEST_ASPECT_RATIO_VALUES: set[
    CinematicVideoGeneratorRequestAspectRatio
] = {
    "16:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_cinematic_video_generator_request_aspect_ratio(
    value: str,
) -> CinematicVideoGeneratorRequestAspectRatio:
    if value in CINEMATIC_VIDEO_GENERATOR_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CINEMATIC_VIDEO_GENERATOR_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
