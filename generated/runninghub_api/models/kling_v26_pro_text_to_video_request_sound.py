from typing import Literal

KlingV26ProTextToVideoRequestSound = Literal["false", "true"]

KLING_V26_PRO_TEXT_TO_VIDEO_REQUEST_SOUND_VALUES: set[
    KlingV26ProTextToVideoRequestSound
] = {
    "false",
    "true",
}


def check_kling_v26_pro_text_to_video_request_sound(
    value: str,
) -> KlingV26ProTextToVideoRequestSound:
    if value in KLING_V26_PRO_TEXT_TO_VIDEO_REQUEST_SOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V26_PRO_TEXT_TO_VIDEO_REQUEST_SOUND_VALUES!r}"
    )
