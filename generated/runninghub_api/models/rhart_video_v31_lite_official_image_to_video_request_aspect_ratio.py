from typing import Literal

RhartVideoV31LiteOfficialImageToVideoRequestAspectRatio = Literal["16:9", "9:16"]

RHART_VIDEO_V31_LITE_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartVideoV31LiteOfficialImageToVideoRequestAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_rhart_video_v31_lite_official_image_to_video_request_aspect_ratio(
    value: str,
) -> RhartVideoV31LiteOfficialImageToVideoRequestAspectRatio:
    if (
        value
        in RHART_VIDEO_V31_LITE_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_LITE_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
