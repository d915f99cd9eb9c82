from typing import Literal

PixverseV56TextToVideoRequestDuration = Literal["10", "5", "8"]

PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    PixverseV56TextToVideoRequestDuration
] = {
    "10",
    "5",
    "8",
}


def check_pixverse_v56_text_to_video_request_duration(
    value: str,
) -> PixverseV56TextToVideoRequestDuration:
    if value in PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
