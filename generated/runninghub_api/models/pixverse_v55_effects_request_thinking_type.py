from typing import Literal

PixverseV55EffectsRequestThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V55_EFFECTS_REQUEST_THINKING_TYPE_VALUES: set[
    PixverseV55EffectsRequestThinkingType
] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v55_effects_request_thinking_type(
    value: str,
) -> PixverseV55EffectsRequestThinkingType:
    if value in PIXVERSE_V55_EFFECTS_REQUEST_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_EFFECTS_REQUEST_THINKING_TYPE_VALUES!r}"
    )
