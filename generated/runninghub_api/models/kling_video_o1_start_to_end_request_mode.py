from typing import Literal

KlingVideoO1StartToEndRequestMode = Literal["pro", "std"]

KLING_VIDEO_O1_START_TO_END_REQUEST_MODE_VALUES: set[
    KlingVideoO1StartToEndRequestMode
] = {
    "pro",
    "std",
}


def check_kling_video_o1_start_to_end_request_mode(
    value: str,
) -> KlingVideoO1StartToEndRequestMode:
    if value in KLING_VIDEO_O1_START_TO_END_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_START_TO_END_REQUEST_MODE_VALUES!r}"
    )
