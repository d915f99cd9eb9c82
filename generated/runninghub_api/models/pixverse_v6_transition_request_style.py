from typing import Literal

PixverseV6TransitionRequestStyle = Literal[
    "3d_animation", "anime", "clay", "comic", "cyberpunk"
]

PIXVERSE_V6_TRANSITION_REQUEST_STYLE_VALUES: set[PixverseV6TransitionRequestStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v6_transition_request_style(
    value: str,
) -> PixverseV6TransitionRequestStyle:
    if value in PIXVERSE_V6_TRANSITION_REQUEST_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_TRANSITION_REQUEST_STYLE_VALUES!r}"
    )
