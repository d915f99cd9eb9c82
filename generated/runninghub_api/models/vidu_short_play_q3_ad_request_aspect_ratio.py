from typing import Literal

ViduShortPlayQ3AdRequestAspectRatio = Literal["16:9", "9:16"]

VIDU_SHORT_PLAY_Q3_AD_REQUEST_ASPECT_RATIO_VALUES: set[
    ViduShortPlayQ3AdRequestAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_vidu_short_play_q3_ad_request_aspect_ratio(
    value: str,
) -> ViduShortPlayQ3AdRequestAspectRatio:
    if value in VIDU_SHORT_PLAY_Q3_AD_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_SHORT_PLAY_Q3_AD_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
