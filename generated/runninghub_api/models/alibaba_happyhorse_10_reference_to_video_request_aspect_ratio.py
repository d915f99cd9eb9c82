from typing import Literal

AlibabaHappyhorse10ReferenceToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16"
]

ALIBABA_HAPPYHORSE_10_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    AlibabaHappyhorse10ReferenceToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_alibaba_happyhorse_10_reference_to_video_request_aspect_ratio(
    value: str,
) -> AlibabaHappyhorse10ReferenceToVideoRequestAspectRatio:
    if value in ALIBABA_HAPPYHORSE_10_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPYHORSE_10_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
