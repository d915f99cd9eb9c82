from typing import Literal

SeedanceV15ProImageToVideoFastRequestCameraFixed = Literal["false", "true"]

SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_FAST_REQUEST_CAMERA_FIXED_VALUES: set[
    SeedanceV15ProImageToVideoFastRequestCameraFixed
] = {
    "false",
    "true",
}


def check_seedance_v15_pro_image_to_video_fast_request_camera_fixed(
    value: str,
) -> SeedanceV15ProImageToVideoFastRequestCameraFixed:
    if value in SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_FAST_REQUEST_CAMERA_FIXED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V15_PRO_IMAGE_TO_VIDEO_FAST_REQUEST_CAMERA_FIXED_VALUES!r}"
    )
