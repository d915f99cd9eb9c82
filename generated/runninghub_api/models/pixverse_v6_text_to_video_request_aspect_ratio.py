from typing import Literal

PixverseV6TextToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"
]

PIXVERSE_V6_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    PixverseV6TextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_pixverse_v6_text_to_video_request_aspect_ratio(
    value: str,
) -> PixverseV6TextToVideoRequestAspectRatio:
    if value in PIXVERSE_V6_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
