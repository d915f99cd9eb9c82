from typing import Literal

KlingV30StdMotionControlRequestCharacterOrientation = Literal["image", "video"]

KLING_V30_STD_MOTION_CONTROL_REQUEST_CHARACTER_ORIENTATION_VALUES: set[
    KlingV30StdMotionControlRequestCharacterOrientation
] = {
    "image",
    "video",
}


def check_kling_v30_std_motion_control_request_character_orientation(
    value: str,
) -> KlingV30StdMotionControlRequestCharacterOrientation:
    if value in KLING_V30_STD_MOTION_CONTROL_REQUEST_CHARACTER_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V30_STD_MOTION_CONTROL_REQUEST_CHARACTER_ORIENTATION_VALUES!r}"
    )
