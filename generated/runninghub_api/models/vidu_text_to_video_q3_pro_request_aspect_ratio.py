from typing import Literal

ViduTextToVideoQ3ProRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

VIDU_TEXT_TO_VIDEO_Q3_PRO_REQUEST_ASPECT_RATIO_VALUES: set[
    ViduTextToVideoQ3ProRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_vidu_text_to_video_q3_pro_request_aspect_ratio(
    value: str,
) -> ViduTextToVideoQ3ProRequestAspectRatio:
    if value in VIDU_TEXT_TO_VIDEO_Q3_PRO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_TEXT_TO_VIDEO_Q3_PRO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
