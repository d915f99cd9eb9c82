from typing import Literal

Meshy6TextTo3DRequestSymmetryMode = Literal["auto", "off", "on"]

MESHY_6_TEXT_TO_3D_REQUEST_SYMMETRY_MODE_VALUES: set[
    Meshy6TextTo3DRequestSymmetryMode
] = {
    "auto",
    "off",
    "on",
}


def check_meshy_6_text_to_3d_request_symmetry_mode(
    value: str,
) -> Meshy6TextTo3DRequestSymmetryMode:
    if value in MESHY_6_TEXT_TO_3D_REQUEST_SYMMETRY_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESHY_6_TEXT_TO_3D_REQUEST_SYMMETRY_MODE_VALUES!r}"
    )
