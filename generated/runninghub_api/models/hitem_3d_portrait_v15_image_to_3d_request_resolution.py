from typing import Literal

Hitem3DPortraitV15ImageTo3DRequestResolution = Literal["1536"]

HITEM_3D_PORTRAIT_V15_IMAGE_TO_3D_REQUEST_RESOLUTION_VALUES: set[
    Hitem3DPortraitV15ImageTo3DRequestResolution
] = {
    "1536",
}


def check_hitem_3d_portrait_v15_image_to_3d_request_resolution(
    value: str,
) -> Hitem3DPortraitV15ImageTo3DRequestResolution:
    if value in HITEM_3D_PORTRAIT_V15_IMAGE_TO_3D_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HITEM_3D_PORTRAIT_V15_IMAGE_TO_3D_REQUEST_RESOLUTION_VALUES!r}"
    )
