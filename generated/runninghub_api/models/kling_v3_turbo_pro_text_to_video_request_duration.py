from typing import Literal

KlingV3TurboProTextToVideoRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

KLING_V3_TURBO_PRO_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    KlingV3TurboProTextToVideoRequestDuration
] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_kling_v3_turbo_pro_text_to_video_request_duration(
    value: str,
) -> KlingV3TurboProTextToVideoRequestDuration:
    if value in KLING_V3_TURBO_PRO_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_TURBO_PRO_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
