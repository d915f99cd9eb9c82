from typing import Literal

Hunyuan3DV31TextTo3DRequestGenerateType = Literal["Geometry", "Normal", "Sketch"]

HUNYUAN_3DV31_TEXT_TO_3D_REQUEST_GENERATE_TYPE_VALUES: set[
    Hunyuan3DV31TextTo3DRequestGenerateType
] = {
    "Geometry",
    "Normal",
    "Sketch",
}


def check_hunyuan_3dv31_text_to_3d_request_generate_type(
    value: str,
) -> Hunyuan3DV31TextTo3DRequestGenerateType:
    if value in HUNYUAN_3DV31_TEXT_TO_3D_REQUEST_GENERATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_3DV31_TEXT_TO_3D_REQUEST_GENERATE_TYPE_VALUES!r}"
    )
