from typing import Literal

ViduShortPlayQ3AdRequestResolution = Literal["1080p"]

VIDU_SHORT_PLAY_Q3_AD_REQUEST_RESOLUTION_VALUES: set[
    ViduShortPlayQ3AdRequestResolution
] = {
    "1080p",
}


def check_vidu_short_play_q3_ad_request_resolution(
    value: str,
) -> ViduShortPlayQ3AdRequestResolution:
    if value in VIDU_SHORT_PLAY_Q3_AD_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_SHORT_PLAY_Q3_AD_REQUEST_RESOLUTION_VALUES!r}"
    )
