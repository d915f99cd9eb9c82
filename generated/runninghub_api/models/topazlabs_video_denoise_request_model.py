from typing import Literal

TopazlabsVideoDenoiseRequestModel = Literal["nxf-1", "nxhf-1", "nxl-1", "nyx-3"]

TOPAZLABS_VIDEO_DENOISE_REQUEST_MODEL_VALUES: set[TopazlabsVideoDenoiseRequestModel] = {
    "nxf-1",
    "nxhf-1",
    "nxl-1",
    "nyx-3",
}


def check_topazlabs_video_denoise_request_model(
    value: str,
) -> TopazlabsVideoDenoiseRequestModel:
    if value in TOPAZLABS_VIDEO_DENOISE_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_VIDEO_DENOISE_REQUEST_MODEL_VALUES!r}"
    )
