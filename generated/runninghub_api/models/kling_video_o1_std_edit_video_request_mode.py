from typing import Literal

KlingVideoO1StdEditVideoRequestMode = Literal["pro", "std"]

KLING_VIDEO_O1_STD_EDIT_VIDEO_REQUEST_MODE_VALUES: set[
    KlingVideoO1StdEditVideoRequestMode
] = {
    "pro",
    "std",
}


def check_kling_video_o1_std_edit_video_request_mode(
    value: str,
) -> KlingVideoO1StdEditVideoRequestMode:
    if value in KLING_VIDEO_O1_STD_EDIT_VIDEO_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_STD_EDIT_VIDEO_REQUEST_MODE_VALUES!r}"
    )
