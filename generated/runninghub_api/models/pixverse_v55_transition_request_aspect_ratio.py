from typing import Literal

PixverseV55TransitionRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

PIXVERSE_V55_TRANSITION_REQUEST_ASPECT_RATIO_VALUES: set[
    PixverseV55TransitionRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_pixverse_v55_transition_request_aspect_ratio(
    value: str,
) -> PixverseV55TransitionRequestAspectRatio:
    if value in PIXVERSE_V55_TRANSITION_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TRANSITION_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
