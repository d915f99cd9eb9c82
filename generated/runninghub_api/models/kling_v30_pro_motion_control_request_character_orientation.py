from typing import Literal

KlingV30ProMotionControlRequestCharacterOrientation = Literal["image", "video"]

KLING_V30_PRO_MOTION_CONTROL_REQUEST_CHARACTER_ORIENTATION_VALUES: set[
    KlingV30ProMotionControlRequestCharacterOrientation
] = {
    "image",
    "video",
}


def check_kling_v30_pro_motion_control_request_character_orientation(
    value: str,
) -> KlingV30ProMotionControlRequestCharacterOrientation:
    if value in KLING_V30_PRO_MOTION_CONTROL_REQUEST_CHARACTER_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V30_PRO_MOTION_CONTROL_REQUEST_CHARACTER_ORIENTATION_VALUES!r}"
    )
