from typing import Literal

AlibabaWan27VideoExtendRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "2", "3", "4", "5", "6", "7", "8", "9"
]

ALIBABA_WAN_27_VIDEO_EXTEND_REQUEST_DURATION_VALUES: set[
    AlibabaWan27VideoExtendRequestDuration
] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_alibaba_wan_27_video_extend_request_duration(
    value: str,
) -> AlibabaWan27VideoExtendRequestDuration:
    if value in ALIBABA_WAN_27_VIDEO_EXTEND_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_27_VIDEO_EXTEND_REQUEST_DURATION_VALUES!r}"
    )
