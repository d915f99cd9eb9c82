from typing import Literal

RhartVideoRGen4TurboImageToVideoRequestDuration = Literal["10", "5"]

RHART_VIDEO_R_GEN_4_TURBO_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoRGen4TurboImageToVideoRequestDuration
] = {
    "10",
    "5",
}


def check_rhart_video_r_gen_4_turbo_image_to_video_request_duration(
    value: str,
) -> RhartVideoRGen4TurboImageToVideoRequestDuration:
    if value in RHART_VIDEO_R_GEN_4_TURBO_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_R_GEN_4_TURBO_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
