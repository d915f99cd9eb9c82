from typing import Literal

PixverseV55TextToVideoRequestDuration = Literal["10", "5", "8"]

PIXVERSE_V55_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    PixverseV55TextToVideoRequestDuration
] = {
    "10",
    "5",
    "8",
}


def check_pixverse_v55_text_to_video_request_duration(
    value: str,
) -> PixverseV55TextToVideoRequestDuration:
    if value in PIXVERSE_V55_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TEXT_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
