from typing import Literal

SkyreelsV4OmniReferenceStdRequestResolution = Literal["1080p", "480p", "720p"]

SKYREELS_V4_OMNI_REFERENCE_STD_REQUEST_RESOLUTION_VALUES: set[
    SkyreelsV4OmniReferenceStdRequestResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_skyreels_v4_omni_reference_std_request_resolution(
    value: str,
) -> SkyreelsV4OmniReferenceStdRequestResolution:
    if value in SKYREELS_V4_OMNI_REFERENCE_STD_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V4_OMNI_REFERENCE_STD_REQUEST_RESOLUTION_VALUES!r}"
    )
