from typing import Literal

PixverseC1TransitionRequestResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_C1_TRANSITION_REQUEST_RESOLUTION_VALUES: set[
    PixverseC1TransitionRequestResolution
] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_c1_transition_request_resolution(
    value: str,
) -> PixverseC1TransitionRequestResolution:
    if value in PIXVERSE_C1_TRANSITION_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_C1_TRANSITION_REQUEST_RESOLUTION_VALUES!r}"
    )
