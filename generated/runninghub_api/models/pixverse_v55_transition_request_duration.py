from typing import Literal

PixverseV55TransitionRequestDuration = Literal["10", "5", "8"]

PIXVERSE_V55_TRANSITION_REQUEST_DURATION_VALUES: set[
    PixverseV55TransitionRequestDuration
] = {
    "10",
    "5",
    "8",
}


def check_pixverse_v55_transition_request_duration(
    value: str,
) -> PixverseV55TransitionRequestDuration:
    if value in PIXVERSE_V55_TRANSITION_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TRANSITION_REQUEST_DURATION_VALUES!r}"
    )
