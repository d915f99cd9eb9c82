from typing import Literal

RhartVideoSOfficialTextToVideoProRequestSize = Literal[
    "1024x1792", "1080x1920", "1280x720", "1792x1024", "1920x1080", "720x1280"
]

RHART_VIDEO_S_OFFICIAL_TEXT_TO_VIDEO_PRO_REQUEST_SIZE_VALUES: set[
    RhartVideoSOfficialTextToVideoProRequestSize
] = {
    "1024x1792",
    "1080x1920",
    "1280x720",
    "1792x1024",
    "1920x1080",
    "720x1280",
}


def check_rhart_video_s_official_text_to_video_pro_request_size(
    value: str,
) -> RhartVideoSOfficialTextToVideoProRequestSize:
    if value in RHART_VIDEO_S_OFFICIAL_TEXT_TO_VIDEO_PRO_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_OFFICIAL_TEXT_TO_VIDEO_PRO_REQUEST_SIZE_VALUES!r}"
    )
