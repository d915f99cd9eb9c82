from typing import Literal

SkyreelsV3VideoRestylingRequestStyleName = Literal[
    "amigurumi",
    "animal_crossing",
    "lego",
    "paper_cutting",
    "pixel_art",
    "simpsons",
    "van_gogh",
]

SKYREELS_V3_VIDEO_RESTYLING_REQUEST_STYLE_NAME_VALUES: set[
    SkyreelsV3VideoRestylingRequestStyleName
] = {
    "amigurumi",
    "animal_crossing",
    "lego",
    "paper_cutting",
    "pixel_art",
    "simpsons",
    "van_gogh",
}


def check_skyreels_v3_video_restyling_request_style_name(
    value: str,
) -> SkyreelsV3VideoRestylingRequestStyleName:
    if value in SKYREELS_V3_VIDEO_RESTYLING_REQUEST_STYLE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V3_VIDEO_RESTYLING_REQUEST_STYLE_NAME_VALUES!r}"
    )
