from typing import Literal

HiggsfieldDopImageToVideoRequestOptions = Literal[
    "dop-lite", "dop-preview", "dop-turbo"
]

HIGGSFIELD_DOP_IMAGE_TO_VIDEO_REQUEST_OPTIONS_VALUES: set[
    HiggsfieldDopImageToVideoRequestOptions
] = {
    "dop-lite",
    "dop-preview",
    "dop-turbo",
}


def check_higgsfield_dop_image_to_video_request_options(
    value: str,
) -> HiggsfieldDopImageToVideoRequestOptions:
    if value in HIGGSFIELD_DOP_IMAGE_TO_VIDEO_REQUEST_OPTIONS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIGGSFIELD_DOP_IMAGE_TO_VIDEO_REQUEST_OPTIONS_VALUES!r}"
    )
