from typing import Literal

SeedanceV15ProTextToVideoRequestCameraFixed = Literal["false", "true"]

SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_CAMERA_FIXED_VALUES: set[
    SeedanceV15ProTextToVideoRequestCameraFixed
] = {
    "false",
    "true",
}


def check_seedance_v15_pro_text_to_video_request_camera_fixed(
    value: str,
) -> SeedanceV15ProTextToVideoRequestCameraFixed:
    if value in SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_CAMERA_FIXED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V15_PRO_TEXT_TO_VIDEO_REQUEST_CAMERA_FIXED_VALUES!r}"
    )
