from typing import Literal

SkyreelsV3ShotSwitchingVideoExtensionRequestCutType = Literal[
    "Auto", "Cut Away", "Cut-In", "Cut-Out", "Multi-Angle", "Shot/Reverse Shot"
]

SKYREELS_V3_SHOT_SWITCHING_VIDEO_EXTENSION_REQUEST_CUT_TYPE_VALUES: set[
    SkyreelsV3ShotSwitchingVideoExtensionRequestCutType
] = {
    "Auto",
    "Cut Away",
    "Cut-In",
    "Cut-Out",
    "Multi-Angle",
    "Shot/Reverse Shot",
}


def check_skyreels_v3_shot_switching_video_extension_request_cut_type(
    value: str,
) -> SkyreelsV3ShotSwitchingVideoExtensionRequestCutType:
    if value in SKYREELS_V3_SHOT_SWITCHING_VIDEO_EXTENSION_REQUEST_CUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V3_SHOT_SWITCHING_VIDEO_EXTENSION_REQUEST_CUT_TYPE_VALUES!r}"
    )
