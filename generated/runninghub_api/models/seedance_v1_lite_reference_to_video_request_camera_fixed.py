from typing import Literal

SeedanceV1LiteReferenceToVideoRequestCameraFixed = Literal["false", "true"]

SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_REQUEST_CAMERA_FIXED_VALUES: set[
    SeedanceV1LiteReferenceToVideoRequestCameraFixed
] = {
    "false",
    "true",
}


def check_seedance_v1_lite_reference_to_video_request_camera_fixed(
    value: str,
) -> SeedanceV1LiteReferenceToVideoRequestCameraFixed:
    if value in SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_REQUEST_CAMERA_FIXED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_REQUEST_CAMERA_FIXED_VALUES!r}"
    )
