from typing import Literal

Hitem3DPortraitV20MultiImageTo3DRequestResolution = Literal["1536pro"]

HITEM_3D_PORTRAIT_V20_MULTI_IMAGE_TO_3D_REQUEST_RESOLUTION_VALUES: set[
    Hitem3DPortraitV20MultiImageTo3DRequestResolution
] = {
    "1536pro",
}


def check_hitem_3d_portrait_v20_multi_image_to_3d_request_resolution(
    value: str,
) -> Hitem3DPortraitV20MultiImageTo3DRequestResolution:
    if value in HITEM_3D_PORTRAIT_V20_MULTI_IMAGE_TO_3D_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HITEM_3D_PORTRAIT_V20_MULTI_IMAGE_TO_3D_REQUEST_RESOLUTION_VALUES!r}"
    )
