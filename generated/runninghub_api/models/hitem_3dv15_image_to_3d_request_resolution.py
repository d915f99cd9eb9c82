from typing import Literal

Hitem3DV15ImageTo3DRequestResolution = Literal["1024", "1536", "1536pro", "512"]

HITEM_3DV15_IMAGE_TO_3D_REQUEST_RESOLUTION_VALUES: set[
    Hitem3DV15ImageTo3DRequestResolution
] = {
    "1024",
    "1536",
    "1536pro",
    "512",
}


def check_hitem_3dv15_image_to_3d_request_resolution(
    value: str,
) -> Hitem3DV15ImageTo3DRequestResolution:
    if value in HITEM_3DV15_IMAGE_TO_3D_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HITEM_3DV15_IMAGE_TO_3D_REQUEST_RESOLUTION_VALUES!r}"
    )
