from typing import Literal

AlibabaWan27ReferenceToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16"
]

ALIBABA_WAN_27_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    AlibabaWan27ReferenceToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_alibaba_wan_27_reference_to_video_request_aspect_ratio(
    value: str,
) -> AlibabaWan27ReferenceToVideoRequestAspectRatio:
    if value in ALIBABA_WAN_27_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_27_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
