from typing import Literal

PixverseV6TransitionRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"
]

PIXVERSE_V6_TRANSITION_REQUEST_ASPECT_RATIO_VALUES: set[
    PixverseV6TransitionRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_pixverse_v6_transition_request_aspect_ratio(
    value: str,
) -> PixverseV6TransitionRequestAspectRatio:
    if value in PIXVERSE_V6_TRANSITION_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_TRANSITION_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
