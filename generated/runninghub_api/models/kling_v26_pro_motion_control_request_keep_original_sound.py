from typing import Literal

KlingV26ProMotionControlRequestKeepOriginalSound = Literal["no", "yes"]

KLING_V26_PRO_MOTION_CONTROL_REQUEST_KEEP_ORIGINAL_SOUND_VALUES: set[
    KlingV26ProMotionControlRequestKeepOriginalSound
] = {
    "no",
    "yes",
}


def check_kling_v26_pro_motion_control_request_keep_original_sound(
    value: str,
) -> KlingV26ProMotionControlRequestKeepOriginalSound:
    if value in KLING_V26_PRO_MOTION_CONTROL_REQUEST_KEEP_ORIGINAL_SOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V26_PRO_MOTION_CONTROL_REQUEST_KEEP_ORIGINAL_SOUND_VALUES!r}"
    )
