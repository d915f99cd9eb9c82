from typing import Literal

KlingVideoO1StartToEndRequestDuration = Literal["10", "5"]

KLING_VIDEO_O1_START_TO_END_REQUEST_DURATION_VALUES: set[
    KlingVideoO1StartToEndRequestDuration
] = {
    "10",
    "5",
}


def check_kling_video_o1_start_to_end_request_duration(
    value: str,
) -> KlingVideoO1StartToEndRequestDuration:
    if value in KLING_VIDEO_O1_START_TO_END_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_START_TO_END_REQUEST_DURATION_VALUES!r}"
    )
