from typing import Literal

SkyreelsV4OmniReferenceRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

SKYREELS_V4_OMNI_REFERENCE_REQUEST_ASPECT_RATIO_VALUES: set[
    SkyreelsV4OmniReferenceRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_skyreels_v4_omni_reference_request_aspect_ratio(
    value: str,
) -> SkyreelsV4OmniReferenceRequestAspectRatio:
    if value in SKYREELS_V4_OMNI_REFERENCE_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V4_OMNI_REFERENCE_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
