from typing import Literal

KlingV26ProMotionControlRequestCharacterOrientation = Literal["image", "video"]

KLING_V26_PRO_MOTION_CONTROL_REQUEST_CHARACTER_ORIENTATION_VALUES: set[
    KlingV26ProMotionControlRequestCharacterOrientation
] = {
    "image",
    "video",
}


def check_kling_v26_pro_motion_control_request_character_orientation(
    value: str,
) -> KlingV26ProMotionControlRequestCharacterOrientation:
    if value in KLING_V26_PRO_MOTION_CONTROL_REQUEST_CHARACTER_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V26_PRO_MOTION_CONTROL_REQUEST_CHARACTER_ORIENTATION_VALUES!r}"
    )
