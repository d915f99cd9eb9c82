from typing import Literal

KlingVideoO1StdRefrenceToVideoRequestMode = Literal["pro", "std"]

KLING_VIDEO_O1_STD_REFRENCE_TO_VIDEO_REQUEST_MODE_VALUES: set[
    KlingVideoO1StdRefrenceToVideoRequestMode
] = {
    "pro",
    "std",
}


def check_kling_video_o1_std_refrence_to_video_request_mode(
    value: str,
) -> KlingVideoO1StdRefrenceToVideoRequestMode:
    if value in KLING_VIDEO_O1_STD_REFRENCE_TO_VIDEO_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_STD_REFRENCE_TO_VIDEO_REQUEST_MODE_VALUES!r}"
    )
