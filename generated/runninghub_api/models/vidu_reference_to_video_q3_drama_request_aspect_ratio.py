from typing import Literal

ViduReferenceToVideoQ3DramaRequestAspectRatio = Literal[
    "16:9", "1:1", "3:4", "4:3", "9:16", "auto"
]

VIDU_REFERENCE_TO_VIDEO_Q3_DRAMA_REQUEST_ASPECT_RATIO_VALUES: set[
    ViduReferenceToVideoQ3DramaRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_vidu_reference_to_video_q3_drama_request_aspect_ratio(
    value: str,
) -> ViduReferenceToVideoQ3DramaRequestAspectRatio:
    if value in VIDU_REFERENCE_TO_VIDEO_Q3_DRAMA_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_REFERENCE_TO_VIDEO_Q3_DRAMA_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
