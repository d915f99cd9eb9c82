from typing import Literal

KlingVideoO3StdReferenceToVideoRequestShotType = Literal["customize", "intelligence"]

KLING_VIDEO_O3_STD_REFERENCE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES: set[
    KlingVideoO3StdReferenceToVideoRequestShotType
] = {
    "customize",
    "intelligence",
}


def check_kling_video_o3_std_reference_to_video_request_shot_type(
    value: str,
) -> KlingVideoO3StdReferenceToVideoRequestShotType:
    if value in KLING_VIDEO_O3_STD_REFERENCE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_STD_REFERENCE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES!r}"
    )
