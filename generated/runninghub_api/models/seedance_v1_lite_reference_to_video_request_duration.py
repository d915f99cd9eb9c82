from typing import Literal

SeedanceV1LiteReferenceToVideoRequestDuration = Literal[
    "10", "11", "12", "2", "3", "4", "5", "6", "7", "8", "9"
]

SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    SeedanceV1LiteReferenceToVideoRequestDuration
] = {
    "10",
    "11",
    "12",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_seedance_v1_lite_reference_to_video_request_duration(
    value: str,
) -> SeedanceV1LiteReferenceToVideoRequestDuration:
    if value in SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
