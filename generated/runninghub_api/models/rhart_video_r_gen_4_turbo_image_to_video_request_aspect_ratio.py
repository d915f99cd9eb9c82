from typing import Literal

RhartVideoRGen4TurboImageToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16"
]

RHART_VIDEO_R_GEN_4_TURBO_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    RhartVideoRGen4TurboImageToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_rhart_video_r_gen_4_turbo_image_to_video_request_aspect_ratio(
    value: str,
) -> RhartVideoRGen4TurboImageToVideoRequestAspectRatio:
    if value in RHART_VIDEO_R_GEN_4_TURBO_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RHART_VIDEO_R_GEN_4_TURBO_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
