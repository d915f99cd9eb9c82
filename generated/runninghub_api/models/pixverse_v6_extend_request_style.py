from typing import Literal

PixverseV6ExtendRequestStyle = Literal[
    "3d_animation", "anime", "clay", "comic", "cyberpunk"
]

PIXVERSE_V6_EXTEND_REQUEST_STYLE_VALUES: set[PixverseV6ExtendRequestStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v6_extend_request_style(value: str) -> PixverseV6ExtendRequestStyle:
    if value in PIXVERSE_V6_EXTEND_REQUEST_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_EXTEND_REQUEST_STYLE_VALUES!r}"
    )
