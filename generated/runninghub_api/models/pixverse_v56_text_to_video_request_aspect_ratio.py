from typing import Literal

PixverseV56TextToVideoRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    PixverseV56TextToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_pixverse_v56_text_to_video_request_aspect_ratio(
    value: str,
) -> PixverseV56TextToVideoRequestAspectRatio:
    if value in PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
