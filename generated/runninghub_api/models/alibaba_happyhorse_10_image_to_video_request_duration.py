from typing import Literal

AlibabaHappyhorse10ImageToVideoRequestDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

ALIBABA_HAPPYHORSE_10_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    AlibabaHappyhorse10ImageToVideoRequestDuration
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


def check_alibaba_happyhorse_10_image_to_video_request_duration(
    value: str,
) -> AlibabaHappyhorse10ImageToVideoRequestDuration:
    if value in ALIBABA_HAPPYHORSE_10_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPYHORSE_10_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
