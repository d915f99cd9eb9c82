from typing import Literal

RhartVideoSTextToVideoProDeprecatedRequestDuration = Literal["15", "25"]

RHART_VIDEO_S_TEXT_TO_VIDEO_PRO_DEPRECATED_REQUEST_DURATION_VALUES: set[
    RhartVideoSTextToVideoProDeprecatedRequestDuration
] = {
    "15",
    "25",
}


def check_rhart_video_s_text_to_video_pro_deprecated_request_duration(
    value: str,
) -> RhartVideoSTextToVideoProDeprecatedRequestDuration:
    if value in RHART_VIDEO_S_TEXT_TO_VIDEO_PRO_DEPRECATED_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_S_TEXT_TO_VIDEO_PRO_DEPRECATED_REQUEST_DURATION_VALUES!r}"
    )
