from typing import Literal

RhartVideoRGen4TurboOfficialImageToVideoRequestDuration = Literal["10", "5"]

RHART_VIDEO_R_GEN_4_TURBO_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES: set[
    RhartVideoRGen4TurboOfficialImageToVideoRequestDuration
] = {
    "10",
    "5",
}


def check_rhart_video_r_gen_4_turbo_official_image_to_video_request_duration(
    value: str,
) -> RhartVideoRGen4TurboOfficialImageToVideoRequestDuration:
    if (
        value
        in RHART_VIDEO_R_GEN_4_TURBO_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_R_GEN_4_TURBO_OFFICIAL_IMAGE_TO_VIDEO_REQUEST_DURATION_VALUES!r}"
    )
