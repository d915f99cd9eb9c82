from typing import Literal

RhartVideoSOfficialImageToVideoProRequestDuration = Literal["12", "16", "20", "4", "8"]

RHART_VIDEO_S_OFFICIAL_IMAGE_TO_VIDEO_PRO_REQUEST_DURATION_VALUES: set[
    RhartVideoSOfficialImageToVideoProRequestDuration
] = {
    "12",
    "16",
    "20",
    "4",
    "8",
}


def check_rhart_video_s_official_image_to_video_pro_request_duration(
    value: str,
) -> RhartVideoSOfficialImageToVideoProRequestDuration:
    if value in RHART_VIDEO_S_OFFICIAL_IMAGE_TO_VIDEO_PRO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_OFFICIAL_IMAGE_TO_VIDEO_PRO_REQUEST_DURATION_VALUES!r}"
    )
