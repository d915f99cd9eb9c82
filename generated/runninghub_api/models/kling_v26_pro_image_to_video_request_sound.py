from typing import Literal

KlingV26ProImageToVideoRequestSound = Literal["false", "true"]

KLING_V26_PRO_IMAGE_TO_VIDEO_REQUEST_SOUND_VALUES: set[
    KlingV26ProImageToVideoRequestSound
] = {
    "false",
    "true",
}


def check_kling_v26_pro_image_to_video_request_sound(
    value: str,
) -> KlingV26ProImageToVideoRequestSound:
    if value in KLING_V26_PRO_IMAGE_TO_VIDEO_REQUEST_SOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V26_PRO_IMAGE_TO_VIDEO_REQUEST_SOUND_VALUES!r}"
    )
