from typing import Literal

SeedanceV1LiteReferenceToVideoRequestResolution = Literal["480p", "720p"]

SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES: set[
    SeedanceV1LiteReferenceToVideoRequestResolution
] = {
    "480p",
    "720p",
}


def check_seedance_v1_lite_reference_to_video_request_resolution(
    value: str,
) -> SeedanceV1LiteReferenceToVideoRequestResolution:
    if value in SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEEDANCE_V1_LITE_REFERENCE_TO_VIDEO_REQUEST_RESOLUTION_VALUES!r}"
    )
