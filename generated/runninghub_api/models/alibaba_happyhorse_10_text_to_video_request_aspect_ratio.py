from typing import Literal

AlibabaHappyhorse10TextToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16"
]

ALIBABA_HAPPYHORSE_10_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    AlibabaHappyhorse10TextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_alibaba_happyhorse_10_text_to_video_request_aspect_ratio(
    value: str,
) -> AlibabaHappyhorse10TextToVideoRequestAspectRatio:
    if value in ALIBABA_HAPPYHORSE_10_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPYHORSE_10_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
