from typing import Literal

RhartImageZImageTurboImageToImageRequest64Select = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

RHART_IMAGE_Z_IMAGE_TURBO_IMAGE_TO_IMAGE_REQUEST_64_SELECT_VALUES: set[
    RhartImageZImageTurboImageToImageRequest64Select
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_image_z_image_turbo_image_to_image_request_64_select(
    value: str,
) -> RhartImageZImageTurboImageToImageRequest64Select:
    if value in RHART_IMAGE_Z_IMAGE_TURBO_IMAGE_TO_IMAGE_REQUEST_64_SELECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_IMAGE_Z_IMAGE_TURBO_IMAGE_TO_IMAGE_REQUEST_64_SELECT_VALUES!r}"
    )
