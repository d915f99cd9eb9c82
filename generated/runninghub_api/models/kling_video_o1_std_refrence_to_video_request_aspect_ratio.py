from typing import Literal

KlingVideoO1StdRefrenceToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_O1_STD_REFRENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingVideoO1StdRefrenceToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_o1_std_refrence_to_video_request_aspect_ratio(
    value: str,
) -> KlingVideoO1StdRefrenceToVideoRequestAspectRatio:
    if value in KLING_VIDEO_O1_STD_REFRENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O1_STD_REFRENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
