from typing import Literal

ViduImageToVideoQ2ProFastRequestDuration = Literal[
    "1", "10", "2", "3", "4", "5", "6", "7", "8", "9"
]

VIDU_IMAGE_TO_VIDEO_Q2_PRO_FAST_REQUEST_DURATION_VALUES: set[
    ViduImageToVideoQ2ProFastRequestDuration
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


def check_vidu_image_to_video_q2_pro_fast_request_duration(
    value: str,
) -> ViduImageToVideoQ2ProFastRequestDuration:
    if value in VIDU_IMAGE_TO_VIDEO_Q2_PRO_FAST_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_IMAGE_TO_VIDEO_Q2_PRO_FAST_REQUEST_DURATION_VALUES!r}"
    )
