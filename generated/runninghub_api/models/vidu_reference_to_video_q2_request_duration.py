from typing import Literal

ViduReferenceToVideoQ2RequestDuration = Literal[
    "1", "10", "2", "3", "4", "5", "6", "7", "8", "9"
]

VIDU_REFERENCE_TO_VIDEO_Q2_REQUEST_DURATION_VALUES: set[
    ViduReferenceToVideoQ2RequestDuration
] = {
    "1",
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


def check_vidu_reference_to_video_q2_request_duration(
    value: str,
) -> ViduReferenceToVideoQ2RequestDuration:
    if value in VIDU_REFERENCE_TO_VIDEO_Q2_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_Q2_REQUEST_DURATION_VALUES!r}"
    )
