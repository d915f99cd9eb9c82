from typing import Literal

PixverseV55ImageToVideoRequestGenerateMultiClipSwitch = Literal["false", "true"]

PIXVERSE_V55_IMAGE_TO_VIDEO_REQUEST_GENERATE_MULTI_CLIP_SWITCH_VALUES: set[
    PixverseV55ImageToVideoRequestGenerateMultiClipSwitch
] = {
    "false",
    "true",
}


def check_pixverse_v55_image_to_video_request_generate_multi_clip_switch(
    value: str,
) -> PixverseV55ImageToVideoRequestGenerateMultiClipSwitch:
    if value in PIXVERSE_V55_IMAGE_TO_VIDEO_REQUEST_GENERATE_MULTI_CLIP_SWITCH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_IMAGE_TO_VIDEO_REQUEST_GENERATE_MULTI_CLIP_SWITCH_VALUES!r}"
    )
