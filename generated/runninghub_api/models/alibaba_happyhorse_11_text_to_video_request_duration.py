from typing import Literal

AlibabaHappyhorse11TextToVideoRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

ALIBABA_HAPPYHORSE_11_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    AlibabaHappyhorse11TextToVideoRequestDuration
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


def check_alibaba_happyhorse_11_text_to_video_request_duration(
    value: str,
) -> AlibabaHappyhorse11TextToVideoRequestDuration:
    if value in ALIBABA_HAPPYHORSE_11_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPYHORSE_11_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
