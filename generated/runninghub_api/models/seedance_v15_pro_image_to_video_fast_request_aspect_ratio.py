from typing import Literal

SeedanceV15ProImageToVideoFastRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_FAST_REQUEST_ASPECT_RATIO_VALUES: set[
    SeedanceV15ProImageToVideoFastRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_seedance_v15_pro_image_to_video_fast_request_aspect_ratio(
    value: str,
) -> SeedanceV15ProImageToVideoFastRequestAspectRatio:
    if value in SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_FAST_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_FAST_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
