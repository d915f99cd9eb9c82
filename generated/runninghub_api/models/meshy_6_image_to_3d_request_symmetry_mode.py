from typing import Literal

Meshy6ImageTo3DRequestSymmetryMode = Literal["auto", "off", "on"]

MESHY_6_IMAGE_TO_3D_REQUEST_SYMMETRY_MODE_VALUES: set[
    Meshy6ImageTo3DRequestSymmetryMode
] = {
    "auto",
    "off",
    "on",
}


def check_meshy_6_image_to_3d_request_symmetry_mode(
    value: str,
) -> Meshy6ImageTo3DRequestSymmetryMode:
    if value in MESHY_6_IMAGE_TO_3D_REQUEST_SYMMETRY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_6_IMAGE_TO_3D_REQUEST_SYMMETRY_MODE_VALUES!r}"
    )
