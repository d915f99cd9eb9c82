from typing import Literal

RhartVideoSOfficialImageToVideoRealisticRequestDuration = Literal["12", "4", "8"]

RHART_VIDEO_S_OFFICIAL_IMAGE_TO_VIDEO_REALISTIC_REQUEST_DURATION_VALUES: set[
    RhartVideoSOfficialImageToVideoRealisticRequestDuration
] = {
    "12",
    "4",
    "8",
}


def check_rhart_video_s_official_image_to_video_realistic_request_duration(
    value: str,
) -> RhartVideoSOfficialImageToVideoRealisticRequestDuration:
    if value in RHART_VIDEO_S_OFFICIAL_IMAGE_TO_VIDEO_REALISTIC_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_OFFICIAL_IMAGE_TO_VIDEO_REALISTIC_REQUEST_DURATION_VALUES!r}"
    )
