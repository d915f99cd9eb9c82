from typing import Literal

KlingVideoO3ProReferenceToVideoRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_O3_PRO_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    KlingVideoO3ProReferenceToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_o3_pro_reference_to_video_request_aspect_ratio(
    value: str,
) -> KlingVideoO3ProReferenceToVideoRequestAspectRatio:
    if value in KLING_VIDEO_O3_PRO_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O3_PRO_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
