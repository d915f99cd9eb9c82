from typing import Literal

KlingVideoO1StartToEndRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_O1_START_TO_END_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingVideoO1StartToEndRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_o1_start_to_end_request_aspect_ratio(
    value: str,
) -> KlingVideoO1StartToEndRequestAspectRatio:
    if value in KLING_VIDEO_O1_START_TO_END_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_START_TO_END_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
