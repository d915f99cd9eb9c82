from typing import Literal

RhartVideoV31FastOfficialReferenceToVideoRequestAspectRatio = Literal["16:9", "9:16"]

RHART_VIDEO_V31_FAST_OFFICIAL_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartVideoV31FastOfficialReferenceToVideoRequestAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_rhart_video_v31_fast_official_reference_to_video_request_aspect_ratio(
    value: str,
) -> RhartVideoV31FastOfficialReferenceToVideoRequestAspectRatio:
    if (
        value
        in RHART_VIDEO_V31_FAST_OFFICIAL_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_V31_FAST_OFFICIAL_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
