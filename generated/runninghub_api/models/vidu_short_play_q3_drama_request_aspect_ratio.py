from typing import Literal

ViduShortPlayQ3DramaRequestAspectRatio = Literal["16:9", "9:16"]

VIDU_SHORT_PLAY_Q3_DRAMA_REQUEST_ASPECT_RATIO_VALUES: set[
    ViduShortPlayQ3DramaRequestAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_vidu_short_play_q3_drama_request_aspect_ratio(
    value: str,
) -> ViduShortPlayQ3DramaRequestAspectRatio:
    if value in VIDU_SHORT_PLAY_Q3_DRAMA_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_SHORT_PLAY_Q3_DRAMA_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
