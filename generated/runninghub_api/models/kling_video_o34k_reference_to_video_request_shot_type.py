from typing import Literal

KlingVideoO34KReferenceToVideoRequestShotType = Literal["customize", "intelligence"]

KLING_VIDEO_O34K_REFERENCE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES: set[
    KlingVideoO34KReferenceToVideoRequestShotType
] = {
    "customize",
    "intelligence",
}


def check_kling_video_o34k_reference_to_video_request_shot_type(
    value: str,
) -> KlingVideoO34KReferenceToVideoRequestShotType:
    if value in KLING_VIDEO_O34K_REFERENCE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O34K_REFERENCE_TO_VIDEO_REQUEST_SHOT_TYPE_VALUES!r}"
    )
