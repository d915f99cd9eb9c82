from typing import Literal

PixverseV6TransitionRequestResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V6_TRANSITION_REQUEST_RESOLUTION_VALUES: set[
    PixverseV6TransitionRequestResolution
] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v6_transition_request_resolution(
    value: str,
) -> PixverseV6TransitionRequestResolution:
    if value in PIXVERSE_V6_TRANSITION_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_TRANSITION_REQUEST_RESOLUTION_VALUES!r}"
    )
