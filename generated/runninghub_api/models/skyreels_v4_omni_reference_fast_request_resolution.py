from typing import Literal

SkyreelsV4OmniReferenceFastRequestResolution = Literal["1080p", "480p", "720p"]

SKYREELS_V4_OMNI_REFERENCE_FAST_REQUEST_RESOLUTION_VALUES: set[
    SkyreelsV4OmniReferenceFastRequestResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_skyreels_v4_omni_reference_fast_request_resolution(
    value: str,
) -> SkyreelsV4OmniReferenceFastRequestResolution:
    if value in SKYREELS_V4_OMNI_REFERENCE_FAST_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKYREELS_V4_OMNI_REFERENCE_FAST_REQUEST_RESOLUTION_VALUES!r}"
    )
