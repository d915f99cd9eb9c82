from typing import Literal

ViduImageToVideoQ2ProRequestDuration = Literal[
    "1", "10", "2", "3", "4", "5", "6", "7", "8", "9"
]

VIDU_IMAGE_TO_VIDEO_Q2_PRO_REQUEST_DURATION_VALUES: set[
    ViduImageToVideoQ2ProRequestDuration
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


def check_vidu_image_to_video_q2_pro_request_duration(
    value: str,
) -> ViduImageToVideoQ2ProRequestDuration:
    if value in VIDU_IMAGE_TO_VIDEO_Q2_PRO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_IMAGE_TO_VIDEO_Q2_PRO_REQUEST_DURATION_VALUES!r}"
    )
