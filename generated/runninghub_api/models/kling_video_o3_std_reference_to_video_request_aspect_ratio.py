from typing import Literal

KlingVideoO3StdReferenceToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_O3_STD_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingVideoO3StdReferenceToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_o3_std_reference_to_video_request_aspect_ratio(
    value: str,
) -> KlingVideoO3StdReferenceToVideoRequestAspectRatio:
    if value in KLING_VIDEO_O3_STD_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_STD_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
