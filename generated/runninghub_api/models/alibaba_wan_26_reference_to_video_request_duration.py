from typing import Literal

AlibabaWan26ReferenceToVideoRequestDuration = Literal[
    "10", "2", "3", "4", "5", "6", "7", "8", "9"
]

ALIBABA_WAN_26_REFERENCE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    AlibabaWan26ReferenceToVideoRequestDuration
] = {
    "10",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_alibaba_wan_26_reference_to_video_request_duration(
    value: str,
) -> AlibabaWan26ReferenceToVideoRequestDuration:
    if value in ALIBABA_WAN_26_REFERENCE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_26_REFERENCE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
