from typing import Literal

KlingVideoO1StdRefrenceToVideoRequestDuration = Literal["10", "5"]

KLING_VIDEO_O1_STD_REFRENCE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    KlingVideoO1StdRefrenceToVideoRequestDuration
] = {
    "10",
    "5",
}


def check_kling_video_o1_std_refrence_to_video_request_duration(
    value: str,
) -> KlingVideoO1StdRefrenceToVideoRequestDuration:
    if value in KLING_VIDEO_O1_STD_REFRENCE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_STD_REFRENCE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
