from typing import Literal

Hitem3DV21ImageTo3DRequestResolution = Literal["1536fast", "1536pro"]

HITEM_3DV21_IMAGE_TO_3D_REQUEST_RESOLUTION_VALUES: set[
    Hitem3DV21ImageTo3DRequestResolution
] = {
    "1536fast",
    "1536pro",
}


def check_hitem_3dv21_image_to_3d_request_resolution(
    value: str,
) -> Hitem3DV21ImageTo3DRequestResolution:
    if value in HITEM_3DV21_IMAGE_TO_3D_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HITEM_3DV21_IMAGE_TO_3D_REQUEST_RESOLUTION_VALUES!r}"
    )
