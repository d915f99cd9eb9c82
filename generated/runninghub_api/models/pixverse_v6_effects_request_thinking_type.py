from typing import Literal

PixverseV6EffectsRequestThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V6_EFFECTS_REQUEST_THINKING_TYPE_VALUES: set[
    PixverseV6EffectsRequestThinkingType
] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v6_effects_request_thinking_type(
    value: str,
) -> PixverseV6EffectsRequestThinkingType:
    if value in PIXVERSE_V6_EFFECTS_REQUEST_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_EFFECTS_REQUEST_THINKING_TYPE_VALUES!r}"
    )
