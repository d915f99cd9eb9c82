from typing import Literal

Hitem3DPortraitV15ImageTo3DRequestRequestType = Literal["both", "mesh"]

HITEM_3D_PORTRAIT_V15_IMAGE_TO_3D_REQUEST_REQUEST_TYPE_VALUES: set[
    Hitem3DPortraitV15ImageTo3DRequestRequestType
] = {
    "both",
    "mesh",
}


def check_hitem_3d_portrait_v15_image_to_3d_request_request_type(
    value: str,
) -> Hitem3DPortraitV15ImageTo3DRequestRequestType:
    if value in HITEM_3D_PORTRAIT_V15_IMAGE_TO_3D_REQUEST_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HITEM_3D_PORTRAIT_V15_IMAGE_TO_3D_REQUEST_REQUEST_TYPE_VALUES!r}"
    )
