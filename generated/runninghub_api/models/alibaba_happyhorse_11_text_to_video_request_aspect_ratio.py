from typing import Literal

AlibabaHappyhorse11TextToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "4:5", "5:4", "9:16", "9:21"
]

ALIBABA_HAPPYHORSE_11_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    AlibabaHappyhorse11TextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "9:21",
}


def check_alibaba_happyhorse_11_text_to_video_request_aspect_ratio(
    value: str,
) -> AlibabaHappyhorse11TextToVideoRequestAspectRatio:
    if value in ALIBABA_HAPPYHORSE_11_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIBABA_HAPPYHORSE_11_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
