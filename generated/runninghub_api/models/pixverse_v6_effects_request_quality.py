from typing import Literal

PixverseV6EffectsRequestQuality = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V6_EFFECTS_REQUEST_QUALITY_VALUES: set[PixverseV6EffectsRequestQuality] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v6_effects_request_quality(
    value: str,
) -> PixverseV6EffectsRequestQuality:
    if value in PIXVERSE_V6_EFFECTS_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_EFFECTS_REQUEST_QUALITY_VALUES!r}"
    )
