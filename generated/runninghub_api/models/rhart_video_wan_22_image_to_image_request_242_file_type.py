from typing import Literal

RhartVideoWan22ImageToImageRequest242FileType = Literal[
    "jpeg", "png", "webp(lossless)", "webp(lossy)"
]

RHART_VIDEO_WAN_22_IMAGE_TO_IMAGE_REQUEST_242_FILE_TYPE_VALUES: set[
    RhartVideoWan22ImageToImageRequest242FileType
] = {
    "jpeg",
    "png",
    "webp(lossless)",
    "webp(lossy)",
}


def check_rhart_video_wan_22_image_to_image_request_242_file_type(
    value: str,
) -> RhartVideoWan22ImageToImageRequest242FileType:
    if value in RHART_VIDEO_WAN_22_IMAGE_TO_IMAGE_REQUEST_242_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_WAN_22_IMAGE_TO_IMAGE_REQUEST_242_FILE_TYPE_VALUES!r}"
    )
