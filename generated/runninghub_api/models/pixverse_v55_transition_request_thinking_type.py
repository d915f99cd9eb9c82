from typing import Literal

PixverseV55TransitionRequestThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V55_TRANSITION_REQUEST_THINKING_TYPE_VALUES: set[
    PixverseV55TransitionRequestThinkingType
] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v55_transition_request_thinking_type(
    value: str,
) -> PixverseV55TransitionRequestThinkingType:
    if value in PIXVERSE_V55_TRANSITION_REQUEST_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TRANSITION_REQUEST_THINKING_TYPE_VALUES!r}"
    )
