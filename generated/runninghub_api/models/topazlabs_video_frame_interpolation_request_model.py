from typing import Literal

TopazlabsVideoFrameInterpolationRequestModel = Literal[
    "aion-1", "apf-2", "apo-8", "chf-3", "chr-2"
]

TOPAZLABS_VIDEO_FRAME_INTERPOLATION_REQUEST_MODEL_VALUES: set[
    TopazlabsVideoFrameInterpolationRequestModel
] = {
    "aion-1",
    "apf-2",
    "apo-8",
    "chf-3",
    "chr-2",
}


def check_topazlabs_video_frame_interpolation_request_model(
    value: str,
) -> TopazlabsVideoFrameInterpolationRequestModel:
    if value in TOPAZLABS_VIDEO_FRAME_INTERPOLATION_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOPAZLABS_VIDEO_FRAME_INTERPOLATION_REQUEST_MODEL_VALUES!r}"
    )
