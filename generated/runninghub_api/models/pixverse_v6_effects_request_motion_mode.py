from typing import Literal

PixverseV6EffectsRequestMotionMode = Literal["fast", "normal"]

PIXVERSE_V6_EFFECTS_REQUEST_MOTION_MODE_VALUES: set[
    PixverseV6EffectsRequestMotionMode
] = {
    "fast",
    "normal",
}


def check_pixverse_v6_effects_request_motion_mode(
    value: str,
) -> PixverseV6EffectsRequestMotionMode:
    if value in PIXVERSE_V6_EFFECTS_REQUEST_MOTION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_EFFECTS_REQUEST_MOTION_MODE_VALUES!r}"
    )
