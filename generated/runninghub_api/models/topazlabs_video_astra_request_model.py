from typing import Literal

TopazlabsVideoAstraRequestModel = Literal["ast-2"]

TOPAZLABS_VIDEO_ASTRA_REQUEST_MODEL_VALUES: set[TopazlabsVideoAstraRequestModel] = {
    "ast-2",
}


def check_topazlabs_video_astra_request_model(
    value: str,
) -> TopazlabsVideoAstraRequestModel:
    if value in TOPAZLABS_VIDEO_ASTRA_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_VIDEO_ASTRA_REQUEST_MODEL_VALUES!r}"
    )
