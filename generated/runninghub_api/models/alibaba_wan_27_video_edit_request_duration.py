from typing import Literal

AlibabaWan27VideoEditRequestDuration = Literal[
    "0", "10", "2", "3", "4", "5", "6", "7", "8", "9"
]

ALIBABA_WAN_27_VIDEO_EDIT_REQUEST_DURATION_VALUES: set[
    AlibabaWan27VideoEditRequestDuration
] = {
    "0",
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


def check_alibaba_wan_27_video_edit_request_duration(
    value: str,
) -> AlibabaWan27VideoEditRequestDuration:
    if value in ALIBABA_WAN_27_VIDEO_EDIT_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_WAN_27_VIDEO_EDIT_REQUEST_DURATION_VALUES!r}"
    )
