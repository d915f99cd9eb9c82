from typing import Literal

RhartImageZImageTurboRequest28Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGE_Z_IMAGE_TURBO_REQUEST_28_SELECT_VALUES: set[
    RhartImageZImageTurboRequest28Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_image_z_image_turbo_request_28_select(
    value: str,
) -> RhartImageZImageTurboRequest28Select:
    if value in RHART_IMAGE_Z_IMAGE_TURBO_REQUEST_28_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_Z_IMAGE_TURBO_REQUEST_28_SELECT_VALUES!r}"
    )
