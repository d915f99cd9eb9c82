from typing import Literal

SkyreelsV4OmniReferenceStdRequestAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16"
]

SKYREELS_V4_OMNI_REFERENCE_STD_REQUEST_ASPECT_RATIO_VALUES: set[
    SkyreelsV4OmniReferenceStdRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_skyreels_v4_omni_reference_std_request_aspect_ratio(
    value: str,
) -> SkyreelsV4OmniReferenceStdRequestAspectRatio:
    if value in SKYREELS_V4_OMNI_REFERENCE_STD_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V4_OMNI_REFERENCE_STD_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
