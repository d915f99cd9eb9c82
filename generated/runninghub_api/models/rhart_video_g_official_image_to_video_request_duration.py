from typing import Literal

RhartVideoGOfficialImageToVideoRequestDuration = Literal["10", "6"]

RHART_VIDEO_G_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoGOfficialImageToVideoRequestDuration
] = {
    "10",
    "6",
}


def check_rhart_video_g_official_image_to_video_request_duration(
    value: str,
) -> RhartVideoGOfficialImageToVideoRequestDuration:
    if value in RHART_VIDEO_G_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_G_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
