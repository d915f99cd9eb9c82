from typing import Literal

TopazlabsVideoStarlightRequestModel = Literal[
    "slf-2", "slhq-1", "slm-1", "slp-2.5", "wonder-1"
]

TOPAZLABS_VIDEO_STARLIGHT_REQUEST_MODEL_VALUES: set[
    TopazlabsVideoStarlightRequestModel
] = {
    "slf-2",
    "slhq-1",
    "slm-1",
    "slp-2.5",
    "wonder-1",
}


def check_topazlabs_video_starlight_request_model(
    value: str,
) -> TopazlabsVideoStarlightRequestModel:
    if value in TOPAZLABS_VIDEO_STARLIGHT_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_VIDEO_STARLIGHT_REQUEST_MODEL_VALUES!r}"
    )
