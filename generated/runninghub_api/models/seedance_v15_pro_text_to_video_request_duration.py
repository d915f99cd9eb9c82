from typing import Literal

SeedanceV15ProTextToVideoRequestDuration = Literal[
    "10", "11", "12", "4", "5", "6", "7", "8", "9"
]

SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    SeedanceV15ProTextToVideoRequestDuration
] = {
    "10",
    "11",
    "12",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_seedance_v15_pro_text_to_video_request_duration(
    value: str,
) -> SeedanceV15ProTextToVideoRequestDuration:
    if value in SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
