from typing import Literal

PixverseV55TransitionRequestResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V55_TRANSITION_REQUEST_RESOLUTION_VALUES: set[
    PixverseV55TransitionRequestResolution
] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v55_transition_request_resolution(
    value: str,
) -> PixverseV55TransitionRequestResolution:
    if value in PIXVERSE_V55_TRANSITION_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TRANSITION_REQUEST_RESOLUTION_VALUES!r}"
    )
