from typing import Literal

RhartVideoV31ProOfficialImageToVideoRequestDuration = Literal["4", "6", "8"]

RHART_VIDEO_V31_PRO_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoV31ProOfficialImageToVideoRequestDuration
] = {
    "4",
    "6",
    "8",
}


def check_rhart_video_v31_pro_official_image_to_video_request_duration(
    value: str,
) -> RhartVideoV31ProOfficialImageToVideoRequestDuration:
    if value in RHART_VIDEO_V31_PRO_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_PRO_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
