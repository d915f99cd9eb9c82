from typing import Literal

ViduReferenceToVideoQ2RequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

VIDU_REFERENCE_TO_VIDEO_Q2_REQUEST_ASPECT_RATIO_VALUES: set[
    ViduReferenceToVideoQ2RequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_vidu_reference_to_video_q2_request_aspect_ratio(
    value: str,
) -> ViduReferenceToVideoQ2RequestAspectRatio:
    if value in VIDU_REFERENCE_TO_VIDEO_Q2_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_Q2_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
