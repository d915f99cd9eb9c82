from typing import Literal

RhartVideoSOfficialTextToVideoRequestSize = Literal["1280x720", "720x1280"]

RHART_VIDEO_S_OFFICIAL_TEXT_TO_VIDEO_REQUEST_SIZE_VALUES: set[
    RhartVideoSOfficialTextToVideoRequestSize
] = {
    "1280x720",
    "720x1280",
}


def check_rhart_video_s_official_text_to_video_request_size(
    value: str,
) -> RhartVideoSOfficialTextToVideoRequestSize:
    if value in RHART_VIDEO_S_OFFICIAL_TEXT_TO_VIDEO_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_OFFICIAL_TEXT_TO_VIDEO_REQUEST_SIZE_VALUES!r}"
    )
