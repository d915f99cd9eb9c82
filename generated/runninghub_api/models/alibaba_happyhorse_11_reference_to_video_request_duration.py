from typing import Literal

AlibabaHappyhorse11ReferenceToVideoRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

ALIBABA_HAPPYHORSE_11_REFERENCE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    AlibabaHappyhorse11ReferenceToVideoRequestDuration
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


def check_alibaba_happyhorse_11_reference_to_video_request_duration(
    value: str,
) -> AlibabaHappyhorse11ReferenceToVideoRequestDuration:
    if value in ALIBABA_HAPPYHORSE_11_REFERENCE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPYHORSE_11_REFERENCE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
